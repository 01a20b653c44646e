package com.brightcart.loyalty.domain;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/*
 * Loyalty programme of a retail chain: members, their points account, the points ledger,
 * the rewards catalogue and redemptions. Hibernate 6 on PostgreSQL.
 */

enum MemberTier { BRONZE, SILVER, GOLD }

enum PointsReason { PURCHASE, REFUND, REDEMPTION, EXPIRY, GOODWILL }

enum RedemptionStatus { PENDING, ISSUED, USED, CANCELLED }

@MappedSuperclass
abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "members",
       uniqueConstraints = {
           @UniqueConstraint(name = "uq_members_card_number", columnNames = "card_number"),
           @UniqueConstraint(name = "uq_members_email", columnNames = "email")
       })
class Member extends BaseEntity {

    @Column(name = "card_number", nullable = false, length = 16)
    private String cardNumber;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 8)
    private MemberTier tier = MemberTier.BRONZE;

    /** Set when the member closes the account; the ledger is kept for the auditors. */
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
}

@Entity
@Table(name = "points_accounts",
       uniqueConstraints = @UniqueConstraint(name = "uq_points_accounts_member_id", columnNames = "member_id"))
@Check(constraints = "balance >= 0")
class PointsAccount extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Member member;

    /** Maintained with every ledger insert, so the app and the tills never sum the ledger. */
    @Column(name = "balance", nullable = false)
    private long balance;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    @OrderBy("occurredAt DESC")
    private List<PointsTransaction> transactions = new ArrayList<>();
}

@Entity
@Table(name = "points_transactions", indexes = {
        @Index(name = "idx_points_transactions_account_id_occurred_at", columnList = "account_id, occurred_at")
})
@Check(constraints = "points <> 0")
class PointsTransaction extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private PointsAccount account;

    @Column(name = "points", nullable = false)
    private int points;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 12)
    private PointsReason reason;

    /** Receipt number of the purchase or refund; NULL for expiry and goodwill entries. */
    @Column(name = "receipt_number", length = 32)
    private String receiptNumber;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
}

@Entity
@Table(name = "rewards",
       uniqueConstraints = @UniqueConstraint(name = "uq_rewards_code", columnNames = "code"))
@Check(constraints = "points_cost > 0")
class Reward extends BaseEntity {

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @Column(name = "points_cost", nullable = false)
    private int pointsCost;

    @Column(name = "active", nullable = false)
    private boolean active = true;
}

@Entity
@Table(name = "redemptions", indexes = {
        @Index(name = "idx_redemptions_member_id_created_at", columnList = "member_id, created_at"),
        @Index(name = "idx_redemptions_reward_id", columnList = "reward_id")
})
class Redemption extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reward_id", nullable = false)
    @OnDelete(action = OnDeleteAction.RESTRICT)
    private Reward reward;

    /** Points actually charged; rewards are repriced, the redemption keeps what was paid. */
    @Column(name = "points_spent", nullable = false)
    private int pointsSpent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RedemptionStatus status = RedemptionStatus.PENDING;

    @Column(name = "voucher_code", nullable = false, unique = true, length = 24)
    private String voucherCode;
}
