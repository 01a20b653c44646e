package edu.northfield.registrar.model;

import jakarta.persistence.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/*
 * Course registration for the registrar office: students, instructors, courses, the sections
 * offered each term, and enrollments in sections. Spring Data JPA, Hibernate 6, PostgreSQL.
 */

enum EnrollmentStatus { ENROLLED, WAITLISTED, DROPPED, COMPLETED }

@Entity
@Table(name = "students")
class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Matriculation number printed on the student card, e.g. S2024-00417. */
    @Column(name = "student_number", nullable = false, length = 12)
    private String studentNumber;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "program", nullable = false, length = 80)
    private String program;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "instructors")
class Instructor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "department", nullable = false, length = 80)
    private String department;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "courses")
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 12)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "credits", nullable = false)
    private Integer credits;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "sections",
       uniqueConstraints = @UniqueConstraint(name = "uq_sections_course_id_term_section_code",
                                             columnNames = {"course_id", "term", "section_code"}),
       indexes = {
           @Index(name = "idx_sections_term", columnList = "term"),
           @Index(name = "idx_sections_instructor_id", columnList = "instructor_id")
       })
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    /** NULL while the timetable shows the section as taught by "Staff". */
    @ManyToOne(fetch = FetchType.LAZY, optional = true)
    @JoinColumn(name = "instructor_id")
    private Instructor instructor;

    /** e.g. 2025-FA */
    @Column(name = "term", nullable = false, length = 7)
    private String term;

    @Column(name = "section_code", nullable = false, length = 4)
    private String sectionCode;

    @Column(name = "capacity", nullable = false)
    private Integer capacity;

    @Column(name = "room", length = 20)
    private String room;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Embeddable
class EnrollmentId implements Serializable {

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "section_id")
    private Long sectionId;

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof EnrollmentId other)) return false;
        return Objects.equals(studentId, other.studentId) && Objects.equals(sectionId, other.sectionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, sectionId);
    }
}

@Entity
@Table(name = "enrollments", indexes = @Index(name = "idx_enrollments_section_id", columnList = "section_id"))
class Enrollment {

    @EmbeddedId
    private EnrollmentId id;

    @MapsId("studentId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @MapsId("sectionId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    /** Copied from the course at enrollment, so the transcript query needs no join. */
    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private EnrollmentStatus status = EnrollmentStatus.ENROLLED;

    @Column(name = "final_score_percent", precision = 5, scale = 2)
    private BigDecimal finalScorePercent;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}
