import javax.persistence.*;
import java.time.LocalDate;
import java.util.Set;

@Entity
public class Book {
    @Id @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String isbn;

    @Column(nullable = false)
    private String title;

    private String authorNames;

    private Integer rating;

    @OneToMany(mappedBy = "book")
    private Set<Review> reviews;

    private LocalDate createdAt;
    private LocalDate updatedAt;
}

@Entity
class Review {
    @Id @GeneratedValue
    private Long id;

    @ManyToOne
    private Book book;

    private Integer stars;

    private String text;

    private LocalDate createdAt;
    private LocalDate updatedAt;
}
