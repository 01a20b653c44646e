package dev.schemadesigner.importer;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JpaImporterTest {

    private static final String SHOP = """
            package shop;

            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.*;
            import org.hibernate.annotations.OnDelete;
            import org.hibernate.annotations.OnDeleteAction;

            @MappedSuperclass
            abstract class BaseEntity {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;
                @Version
                private Integer version;
                private Instant createdAt;
            }

            enum OrderStatus { NEW, PAID, SHIPPED }

            @Embeddable
            class Address {
                private String street;
                @Column(name = "zip", length = 10)
                private String postalCode;
            }

            @Entity
            @Table(name = "customers", uniqueConstraints = @UniqueConstraint(name = "uq_customers_email", columnNames = {"email"}))
            public class Customer extends BaseEntity {
                @Column(nullable = false, length = 320)
                private String email;
                @Lob
                private String notes;
                @Embedded
                private Address address;
                private boolean active;
                @Transient
                private String displayName;
                private static final long serialVersionUID = 1L;
                @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
                private List<PurchaseOrder> orders = new ArrayList<>();
            }

            @Entity
            @Table(indexes = @Index(name = "idx_purchase_order_placed_on", columnList = "placedOn, total"))
            public class PurchaseOrder extends BaseEntity {
                @ManyToOne(fetch = FetchType.LAZY, optional = false)
                @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_order_customer"))
                @OnDelete(action = OnDeleteAction.CASCADE)
                private Customer customer;
                @Enumerated(EnumType.STRING)
                private OrderStatus status;
                @Column(precision = 12, scale = 2)
                private BigDecimal total;
                private BigDecimal discount;
                private LocalDate placedOn;
                private LocalTime placedAt;
                private LocalDateTime shippedAt;
                private OffsetDateTime paidAt;
                private UUID reference;
                private byte[] receipt;
                private double weight;
                private Short priority;
                @Column(unique = true)
                private String code;
            }
            """;

    private final JpaImporter importer = new JpaImporter();

    @Test
    void readsColumnsOfEntitiesMappedSuperclassesAndEmbeddables() {
        Table customers = importer.importEntities(SHOP).schema().requireTable("customers");

        assertThat(customers.columns()).extracting(c -> c.name() + " " + c.type().describe() + (c.nullable() ? "" : " not null") + (c.identity() ? " identity" : ""))
                .containsExactly("id bigint not null identity", "version integer", "created_at timestamptz", "email string(320) not null",
                        "notes text", "street string(255)", "zip string(10)", "active boolean not null");
        assertThat(customers.primaryKey().orElseThrow().columns()).containsExactly("id");
        assertThat(customers.uniques()).extracting(u -> u.name() + " " + u.columns()).containsExactly("uq_customers_email [email]");
    }

    @Test
    void mapsJavaTypesAsHibernateDoes() {
        Table orders = importer.importEntities(SHOP).schema().requireTable("purchase_order");

        assertThat(orders.columns()).extracting(c -> c.name() + " " + c.type().describe()).contains("status enum(order_status)",
                "total numeric(12,2)", "discount numeric(19,2)", "placed_on date", "placed_at time", "shipped_at timestamp",
                "paid_at timestamptz", "reference uuid", "receipt binary", "weight double", "priority smallint", "code string(255)");
        assertThat(orders.uniques()).extracting(u -> u.columns()).containsExactly(List.of("code"));
    }

    @Test
    void readsStringEnumsWithTheirConstants() {
        Schema schema = importer.importEntities(SHOP).schema();

        assertThat(schema.enums()).containsExactly(new EnumType("order_status", List.of("NEW", "PAID", "SHIPPED")));
    }

    @Test
    void readsManyToOneAsForeignKeyWithOnDeleteAndTheTargetKeyType() {
        Table orders = importer.importEntities(SHOP).schema().requireTable("purchase_order");

        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("fk_order_customer", List.of("customer_id"), "customers", List.of("id"),
                FkAction.CASCADE, FkAction.NO_ACTION));
        assertThat(orders.column("customer_id").orElseThrow().type()).isEqualTo(LogicalType.BIGINT);
        assertThat(orders.column("customer_id").orElseThrow().nullable()).isFalse();
        assertThat(orders.column("customer_id").orElseThrow().identity()).isFalse();
    }

    @Test
    void readsBothSidesOfAnAssociationAsRelationships() {
        Schema schema = importer.importEntities(SHOP).schema();

        assertThat(schema.requireTable("customers").relationships()).containsExactly(
                new Relationship("orders", "purchase_order", true, Optional.of("customer"), Optional.of("all, delete-orphan"), Optional.of("select")));
        assertThat(schema.requireTable("purchase_order").relationships()).containsExactly(
                new Relationship("customer", "customers", false, Optional.of("orders"), Optional.empty(), Optional.of("select")));
    }

    @Test
    void readsTableIndexesNamingFieldsOrColumns() {
        Table orders = importer.importEntities(SHOP).schema().requireTable("purchase_order");

        assertThat(orders.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("idx_purchase_order_placed_on");
            assertThat(i.columnNames()).containsExactly("placed_on", "total");
            assertThat(i.unique()).isFalse();
        });
    }

    @Test
    void readsUniqueIndexesAndJavaxAnnotationsWithoutImports() {
        String source = """
                @javax.persistence.Entity
                @javax.persistence.Table(name = "users", indexes = {@javax.persistence.Index(columnList = "email", unique = true)})
                class User {
                    @javax.persistence.Id @javax.persistence.GeneratedValue private Integer id;
                    private String email;
                }
                """;

        Table users = importer.importEntities(source).schema().requireTable("users");

        assertThat(users.column("id").orElseThrow().identity()).isTrue();
        assertThat(users.column("id").orElseThrow().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(users.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("idx_users_email");
            assertThat(i.unique()).isTrue();
        });
    }

    @Test
    void readsNestedEntitiesAndDefaultJoinColumnNames() {
        String source = """
                import jakarta.persistence.*;
                public class Model {
                    @Entity public static class BlogPost {
                        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                    }
                    @Entity public static class PostComment {
                        @Id @GeneratedValue(strategy = GenerationType.AUTO) Long id;
                        @ManyToOne BlogPost blogPost;
                    }
                }
                """;

        Schema schema = importer.importEntities(source).schema();

        assertThat(schema.tables()).extracting(Table::name).containsExactly("blog_post", "post_comment");
        Table comments = schema.requireTable("post_comment");
        assertThat(comments.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("blog_post_id");
            assertThat(fk.referencedTable()).isEqualTo("blog_post");
            assertThat(fk.onDelete()).isEqualTo(FkAction.NO_ACTION);
        });
        assertThat(comments.column("blog_post_id").orElseThrow().nullable()).isTrue();
        assertThat(comments.relationships()).singleElement().satisfies(r -> assertThat(r.lazy()).contains("joined"));
    }

    @Test
    void readsManyToManyJoinTableAsAssociationTable() {
        String source = """
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity class Student {
                    @Id @GeneratedValue Long id;
                    @ManyToMany
                    @JoinTable(name = "enrollment", joinColumns = @JoinColumn(name = "student_id"), inverseJoinColumns = @JoinColumn(name = "course_id"))
                    Set<Course> courses;
                }
                @Entity class Course {
                    @Id @GeneratedValue Integer id;
                    @ManyToMany(mappedBy = "courses") Set<Student> students;
                }
                """;

        Schema schema = importer.importEntities(source).schema();

        Table enrollment = schema.requireTable("enrollment");
        assertThat(enrollment.columns()).extracting(c -> c.name() + " " + c.type().describe() + (c.nullable() ? "" : " not null"))
                .containsExactly("student_id bigint not null", "course_id integer not null");
        assertThat(enrollment.primaryKey().orElseThrow().columns()).containsExactly("student_id", "course_id");
        assertThat(enrollment.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("student", "course");
        assertThat(schema.requireTable("course").relationships()).singleElement()
                .satisfies(r -> assertThat(r.backPopulates()).contains("courses"));
        assertThat(schema.requireTable("student").relationships()).singleElement()
                .satisfies(r -> assertThat(r.backPopulates()).contains("students"));
    }

    @Test
    void defaultJoinTableFollowsSpringNaming() {
        String source = """
                @Entity class Student {
                    @Id Long id;
                    @ManyToMany Set<Course> courses;
                }
                @Entity class Course { @Id Long id; }
                """;

        Table join = importer.importEntities(source).schema().requireTable("student_courses");

        assertThat(join.columns()).extracting(c -> c.name()).containsExactly("student_id", "courses_id");
    }

    @Test
    void storesOrdinalEnumsAsIntegerWithAWarning() {
        String source = """
                enum Level { LOW, HIGH }
                @Entity class Alert {
                    @Id Long id;
                    @Enumerated(EnumType.ORDINAL) Level level;
                    Level other;
                }
                """;

        ImportResult result = importer.importEntities(source);

        Table alert = result.schema().requireTable("alert");
        assertThat(alert.column("level").orElseThrow().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(alert.column("other").orElseThrow().type()).isEqualTo(LogicalType.INTEGER);
        assertThat(result.warnings()).extracting(ImportWarning::line).contains(4, 5);
        assertThat(result.schema().enums()).isEmpty();
    }

    @Test
    void explicitColumnNamesWinAndColumnDefinitionIsRead() {
        String source = """
                @Entity(name = "AuditEntry") class Audit {
                    @Id Long id;
                    @Column(name = "payloadJson", columnDefinition = "jsonb not null") String payload;
                    @Column(name = "createdAt") java.time.Instant createdAt;
                }
                """;

        Table audit = importer.importEntities(source).schema().requireTable("audit_entry");

        assertThat(audit.columns()).extracting(c -> c.name() + " " + c.type().describe())
                .containsExactly("id bigint", "payloadJson json", "createdAt timestamptz");
    }

    @Test
    void warnsOnUnknownAnnotationsWithTheirLine() {
        String source = """
                @Entity
                @Inheritance
                class Thing {
                    @Id Long id;
                    @Convert(converter = X.class)
                    String name;
                    @Getter String ok;
                }
                """;

        ImportResult result = importer.importEntities(source);

        assertThat(result.warnings()).extracting(w -> w.line() + ": " + w.message())
                .containsExactly("2: thing: @Inheritance is not read; ignored", "5: thing.name: @Convert is not read; ignored");
        assertThat(result.schema().requireTable("thing").hasColumn("name")).isTrue();
    }

    @Test
    void warnsWhenNoEntityIsPresent() {
        ImportResult result = importer.importEntities("class Plain { int x; }");

        assertThat(result.schema().tables()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("no @Entity"));
    }

    @Test
    void refusesJavaSyntaxErrorsWithLineAndColumn() {
        String source = "@Entity\nclass Broken {\n    @Id Long id\n    String name;\n}\n";

        assertThatThrownBy(() -> importer.importEntities(source)).isInstanceOfSatisfying(JavaSyntaxException.class, e -> {
            assertThat(e.code()).isEqualTo(ImportException.Code.SYNTAX_ERROR);
            assertThat(e.line()).isBetween(3, 4);
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith("Java syntax error at line " + e.line() + ", column " + e.column());
        });
    }

    @Test
    void refusesBinaryAndTooLargeInput() {
        assertThatThrownBy(() -> importer.importEntities("class A {}\0")).isInstanceOf(ImportException.class).hasMessageContaining("NUL byte");
        assertThatThrownBy(() -> importer.importEntities("a".repeat(ImportLimits.MAX_SQL_CHARS + 1))).isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void leavesKeyAndTimestampRulesUncheckedForAnEntityWhoseBaseIsInAnotherSource() {
        ImportResult result = importer.importEntities("""
                import com.example.common.AuditedEntity;
                import jakarta.persistence.*;

                @Entity @Table(name = "hotels")
                class Hotel extends AuditedEntity {
                    @Column(nullable = false) private String name;
                }

                @Entity @Table(name = "rooms")
                class Room {
                    @Id @GeneratedValue private Long id;
                    @ManyToOne(optional = false) @JoinColumn(name = "hotel_id", nullable = false) private Hotel hotel;
                    @Column(name = "created_at", nullable = false) private java.time.Instant createdAt;
                    @Column(name = "updated_at", nullable = false) private java.time.Instant updatedAt;
                }
                """);

        assertThat(result.unchecked()).containsOnlyKeys("hotels", "rooms.hotel_id");
        assertThat(result.unchecked().get("hotels")).containsExactlyInAnyOrder("missing-primary-key", "missing-timestamps");
        assertThat(result.unchecked().get("rooms.hotel_id")).containsExactly("fk-target-missing");
        // the key column is still read, typed as the usual id
        assertThat(result.schema().requireTable("rooms").column("hotel_id").orElseThrow().type()).isEqualTo(LogicalType.BIGINT);
        assertThat(result.warnings()).extracting(ImportWarning::message).anyMatch(m -> m.contains("AuditedEntity") && m.contains("missing-primary-key"));
    }

    @Test
    void readsNaturalIdFieldsAsOneUniqueKey() {
        Table suppliers = importer.importEntities("""
                import jakarta.persistence.*;
                import org.hibernate.annotations.NaturalId;

                @Entity @Table(name = "suppliers")
                class Supplier {
                    @Id @GeneratedValue private Long id;
                    @NaturalId @Column(name = "supplier_code", nullable = false) private String supplierCode;
                    @Column(nullable = false) private String name;
                }
                """).schema().requireTable("suppliers");

        assertThat(suppliers.uniques()).extracting(u -> u.columns()).containsExactly(List.of("supplier_code"));
    }
}
