import javax.persistence.*;
import java.util.Date;

@Entity
@Table(name = "staff")
public class Staff {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @Column(name = "staff_id")
    private Long id;

    @Column(name = "badge_number", nullable = false)
    private String badgeNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @Column(name = "office_city")
    private String officeCity;

    @Column(name = "office_name")
    private String officeName;

    @Column(name = "skills")
    private String skills;

    @Temporal(TemporalType.TIMESTAMP)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    private Date updatedAt;
}

@Entity
@Table(name = "office")
class Office {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @Column(name = "office_id")
    private Long id;

    private String name;
    private String city;

    @Temporal(TemporalType.TIMESTAMP)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    private Date updatedAt;
}
