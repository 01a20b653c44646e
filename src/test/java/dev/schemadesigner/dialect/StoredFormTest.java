package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StoredFormTest {

    private final Schema rich = Fixtures.rich();

    @Test
    void postgresKeepsEnumsCommentsAndUniquesAndDropsRelationships() {
        Schema withRelationship = rich.replaceTable("tickets", t -> t.withRelationships(List.of(
                new Relationship("user", "users", false, Optional.empty(), Optional.empty(), Optional.empty()))));

        Schema stored = new PostgresDialect().storedForm(withRelationship);

        assertThat(stored.enums()).isEqualTo(rich.enums());
        assertThat(stored.requireTable("tickets").relationships()).isEmpty();
        assertThat(stored.requireTable("users").uniques()).isEqualTo(rich.requireTable("users").uniques());
        assertThat(stored.requireTable("users").comment()).contains("people who log in");
        assertThat(stored.requireTable("users").indexes()).isEqualTo(rich.requireTable("users").indexes());
    }

    @Test
    void sqliteTurnsEnumsIntoCheckedVarcharsAndDropsComments() {
        Schema stored = new SqliteDialect().storedForm(rich);

        Table tickets = stored.requireTable("tickets");
        assertThat(stored.enums()).isEmpty();
        assertThat(tickets.column("status").orElseThrow().type()).isEqualTo(LogicalType.varchar(7));
        assertThat(tickets.check("ck_tickets_status_enum")).map(Check::expression).contains("status IN ('open', 'pending', 'closed')");
        assertThat(tickets.comment()).isEmpty();
        assertThat(stored.requireTable("group").column("Label").orElseThrow().comment()).isEmpty();
    }

    @Test
    void sqliteDropsIncludeAndMethodAndMakesTheIntegerKeyTheRowid() {
        Schema stored = new SqliteDialect().storedForm(rich);

        Table users = stored.requireTable("users");
        assertThat(users.index("idx_users_created_at").orElseThrow().include()).isEmpty();
        assertThat(users.index("idx_users_created_at").orElseThrow().where()).contains("score > 0");
        assertThat(users.index("idx_users_settings").orElseThrow().method()).isEmpty();
        assertThat(users.column("id").orElseThrow()).satisfies(c -> {
            assertThat(c.type()).isEqualTo(LogicalType.INTEGER);
            assertThat(c.identity()).isTrue();
        });
        Table plainKey = Table.of("plain", List.of(Column.required("id", LogicalType.INTEGER)), dev.schemadesigner.schema.PrimaryKey.of("id"));
        assertThat(new SqliteDialect().storedForm(Schema.of(plainKey)).requireTable("plain").column("id").orElseThrow().identity()).isTrue();
    }

    @Test
    void mariaDbNamesEnumsAfterTheirColumnAndStoresUniquesAsIndexes() {
        Schema stored = new MariaDbDialect().storedForm(rich);

        assertThat(stored.enums()).containsExactly(new EnumType("tickets_status", List.of("open", "pending", "closed")));
        assertThat(stored.requireTable("tickets").column("status").orElseThrow().type()).isEqualTo(LogicalType.enumOf("tickets_status"));
        Table users = stored.requireTable("users");
        assertThat(users.uniques()).isEmpty();
        assertThat(users.index("uq_users_email")).contains(Index.uniqueOn("uq_users_email", "email"));
        assertThat(users.column("created_at").orElseThrow().type()).isEqualTo(LogicalType.TIMESTAMP);
    }

    @Test
    void mariaDbDropsExpressionIndexesPredicatesIncludeAndMethod() {
        Table users = new MariaDbDialect().storedForm(rich).requireTable("users");

        assertThat(users.index("idx_users_lower_email")).isEmpty();
        assertThat(users.index("idx_users_created_at")).contains(Index.on("idx_users_created_at", "created_at"));
        assertThat(users.index("idx_users_settings")).contains(Index.on("idx_users_settings", "settings"));
    }

    @Test
    void mariaDbStoresNoActionAsRestrict() {
        Table employees = new MariaDbDialect().storedForm(rich).requireTable("employees");

        assertThat(employees.foreignKey("fk_employees_department").orElseThrow().onDelete()).isEqualTo(FkAction.RESTRICT);
        assertThat(employees.foreignKey("fk_employees_department").orElseThrow().onUpdate()).isEqualTo(FkAction.RESTRICT);
        assertThat(employees.indexes()).as("MariaDB's own index for the key is not listed").isEmpty();
    }
}
