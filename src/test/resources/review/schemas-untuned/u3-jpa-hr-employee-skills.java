package de.firma.personal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.MappedSuperclass;
import javax.persistence.Table;
import javax.persistence.Version;
import java.time.Instant;

@MappedSuperclass
public abstract class AbstractAuditable {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
}

@Entity
@Table(name = "departments")
class Department extends AbstractAuditable {

    @Column(name = "name", nullable = false, unique = true)
    private String name;

    @Column(name = "cost_center", nullable = false, unique = true, length = 10)
    private String costCenter;

    @Column(name = "address_line1")
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;
}

@Entity
@Table(name = "employees")
class Employee extends AbstractAuditable {

    @Column(name = "employee_number", nullable = false, unique = true, length = 12)
    private String employeeNumber;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "work_email", unique = true)
    private String workEmail;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    // shown on the badge and in the phone list
    @Column(name = "department_name")
    private String departmentName;

    @Column(name = "skill_1")
    private String skill1;

    @Column(name = "skill_2")
    private String skill2;

    @Column(name = "skill_3")
    private String skill3;

    // surcharge paid for overtime hours, e.g. 25 or 50
    @Column(name = "overtime_rate_percent")
    private Integer overtimeRatePercent;
}
