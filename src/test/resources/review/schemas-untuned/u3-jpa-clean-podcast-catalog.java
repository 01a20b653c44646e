package io.castbox.catalog.persistence;

import jakarta.persistence.*;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@MappedSuperclass
public abstract class CatalogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "podcasts")
class Podcast extends CatalogEntity {

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "feed_url", nullable = false, unique = true, length = 2048)
    private String feedUrl;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "explicit", nullable = false)
    private boolean explicit;

    @OneToMany(mappedBy = "podcast", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("publishedAt DESC")
    private List<Episode> episodes = new ArrayList<>();
}

@Entity
@Table(name = "episodes",
       uniqueConstraints = @UniqueConstraint(name = "uq_episodes_podcast_id_guid",
                                             columnNames = {"podcast_id", "guid"}),
       indexes = @Index(name = "idx_episodes_podcast_id_published_at",
                        columnList = "podcast_id, published_at"))
class Episode extends CatalogEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "podcast_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Podcast podcast;

    /** the feed's <guid>, unique only within its podcast */
    @Column(name = "guid", nullable = false, length = 512)
    private String guid;

    @Column(name = "title", nullable = false)
    private String title;

    /** trailers and bonus episodes carry no season/episode number */
    @Column(name = "season_number")
    private Integer seasonNumber;

    @Column(name = "episode_number")
    private Integer episodeNumber;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "audio_url", nullable = false, length = 2048)
    private String audioUrl;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;
}

@Entity
@Table(name = "subscriptions",
       uniqueConstraints = @UniqueConstraint(name = "uq_subscriptions_listener_id_podcast_id",
                                             columnNames = {"listener_id", "podcast_id"}),
       indexes = @Index(name = "idx_subscriptions_podcast_id", columnList = "podcast_id"))
class Subscription extends CatalogEntity {

    /** listener accounts live in the identity service; no FK across services */
    @Column(name = "listener_id", nullable = false)
    private UUID listenerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "podcast_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Podcast podcast;
}
