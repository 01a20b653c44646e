// Adapted from jhipster/jhipster-sample-app (Apache-2.0 licence), src/main/java/io/github/jhipster/sample/domain/:
// AbstractAuditingEntity.java @e6d4716e41e2a4a94de02673f5c74e4537cb62cf, Authority.java @fbc55bc9b165a05edbc70f2bab4c3f2dc53cf172,
// User.java @30db72e585afc0c80388b98ec0c23943434adfbe, BankAccount.java @57ef6172bffa6439bb68e9f397ee85b14de2afc9,
// Label.java @9c98d63b2f43f5f8a99e0beac5ad467b261c4827, Operation.java @ec5e44129248188c8b639190f1154c892d6fe695.
// The fields and their annotations as published, gathered in one source; accessors and methods left out.
package io.github.jhipster.sample.domain;

import javax.persistence.*;
import javax.validation.constraints.*;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@MappedSuperclass
abstract class AbstractAuditingEntity implements Serializable {
    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_date", nullable = false, updatable = false)
    private Instant createdDate = Instant.now();

    @Column(name = "last_modified_by", length = 50)
    private String lastModifiedBy;

    @Column(name = "last_modified_date")
    private Instant lastModifiedDate = Instant.now();
}

@Entity
@Table(name = "jhi_authority")
class Authority implements Serializable {
    @NotNull
    @Size(max = 50)
    @Id
    @Column(length = 50)
    private String name;
}

@Entity
@Table(name = "jhi_user")
class User extends AbstractAuditingEntity implements Serializable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = 1, max = 50)
    @Column(length = 50, unique = true, nullable = false)
    private String login;

    @NotNull
    @Size(min = 60, max = 60)
    @Column(name = "password_hash", length = 60, nullable = false)
    private String password;

    @Size(max = 50)
    @Column(name = "first_name", length = 50)
    private String firstName;

    @Size(max = 50)
    @Column(name = "last_name", length = 50)
    private String lastName;

    @Email
    @Size(min = 5, max = 254)
    @Column(length = 254, unique = true)
    private String email;

    @NotNull
    @Column(nullable = false)
    private boolean activated = false;

    @Size(min = 2, max = 6)
    @Column(name = "lang_key", length = 6)
    private String langKey;

    @Size(max = 256)
    @Column(name = "image_url", length = 256)
    private String imageUrl;

    @Size(max = 20)
    @Column(name = "activation_key", length = 20)
    private String activationKey;

    @Size(max = 20)
    @Column(name = "reset_key", length = 20)
    private String resetKey;

    @Column(name = "reset_date")
    private Instant resetDate = null;

    @ManyToMany
    @JoinTable(
        name = "jhi_user_authority",
        joinColumns = {@JoinColumn(name = "user_id", referencedColumnName = "id")},
        inverseJoinColumns = {@JoinColumn(name = "authority_name", referencedColumnName = "name")})
    private Set<Authority> authorities = new HashSet<>();
}

@Entity
@Table(name = "bank_account")
class BankAccount implements Serializable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "name", nullable = false)
    private String name;

    @NotNull
    @Column(name = "balance", precision = 21, scale = 2, nullable = false)
    private BigDecimal balance;

    @ManyToOne(fetch = FetchType.LAZY)
    private User user;

    @OneToMany(mappedBy = "bankAccount")
    private Set<Operation> operations = new HashSet<>();
}

@Entity
@Table(name = "label")
class Label implements Serializable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(min = 3)
    @Column(name = "jhi_label", nullable = false)
    private String label;

    @ManyToMany(mappedBy = "labels")
    private Set<Operation> operations = new HashSet<>();
}

@Entity
@Table(name = "operation")
class Operation implements Serializable {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "jhi_date", nullable = false)
    private Instant date;

    @Column(name = "description")
    private String description;

    @NotNull
    @Column(name = "amount", precision = 10, scale = 2, nullable = false)
    private BigDecimal amount;

    @ManyToOne
    private BankAccount bankAccount;

    @ManyToMany
    @JoinTable(name = "operation_label",
               joinColumns = @JoinColumn(name = "operations_id", referencedColumnName = "id"),
               inverseJoinColumns = @JoinColumn(name = "labels_id", referencedColumnName = "id"))
    private Set<Label> labels = new HashSet<>();
}
