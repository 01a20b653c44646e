import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "restaurants")
public class Restaurant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "price_level", nullable = false)
    private Integer priceLevel;

    @Column(name = "popularity_score")
    private Integer popularityScore;

    private Double latitude;
    private Double longitude;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;
}
