import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "customers")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "zendesk_id")
    private Long zendeskId;

    @Column(nullable = false)
    private String email;

    @OneToMany(mappedBy = "customer")
    private List<SupportCase> cases;

    private Instant createdAt;
    private Instant updatedAt;
}

@Entity
@Table(name = "support_cases", indexes = @Index(name = "idx_support_cases_customer_id", columnList = "customer_id"))
class SupportCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false)
    private String caseNumber;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "severity")
    private Integer severity;

    @Column(name = "satisfaction_rating")
    private Integer satisfactionRating;

    private Instant createdAt;
    private Instant updatedAt;
}
