import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "spaces", uniqueConstraints = @UniqueConstraint(name = "uq_spaces_space_key", columnNames = "space_key"))
public class Space {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_key", nullable = false, length = 20)
    private String spaceKey;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;
}

@Entity
@Table(name = "pages", indexes = @Index(name = "idx_pages_space_id", columnList = "space_id"),
        uniqueConstraints = @UniqueConstraint(name = "uq_pages_space_id_slug", columnNames = {"space_id", "slug"}))
class Page {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "space_id", nullable = false)
    @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
    private Space space;

    @Column(nullable = false, length = 200)
    private String slug;

    @Lob
    private String content;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;
}
