package dev.schemadesigner.dialect;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.ThrowawayDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateSchemaExecutionTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createsTheRichSchemaWithEveryTableIndexAndForeignKey(Kind kind) throws Exception {
        Dialect dialect = Fixtures.dialect(kind);
        Schema schema = Fixtures.rich();
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(schema));

            Map<String, Long> empty = Map.of();
            OperationExecutionTest.assertMatches(new DatabaseState(db), dialect, schema, empty);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void fillsDefaultsOfEveryKind(Kind kind) throws Exception {
        Dialect dialect = Fixtures.dialect(kind);
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(Fixtures.rich()));
            String users = dialect.quote("users");
            db.execute(List.of("INSERT INTO " + users + " (email) VALUES ('a@example.org')",
                    "INSERT INTO tags (name) VALUES ('urgent')",
                    "INSERT INTO tickets (user_id, title) VALUES (1, 'broken')"));
            DatabaseState state = new DatabaseState(db);

            assertThat(state.string("SELECT display_name FROM users")).isEqualTo("it's me");
            assertThat(state.string("SELECT CASE WHEN is_active THEN 'yes' ELSE 'no' END FROM users")).isEqualTo("yes");
            assertThat(Double.parseDouble(state.string("SELECT score FROM users"))).isZero();
            assertThat(state.string("SELECT created_at FROM users")).isNotBlank();
            assertThat(state.string("SELECT slug FROM tags")).isEqualTo("x");
            assertThat(state.string("SELECT status FROM tickets")).isEqualTo("open");
            assertThat(state.string("SELECT priority FROM tickets")).isEqualTo("3");
            assertThat(state.string("SELECT opened_at FROM tickets")).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void enforcesEnumsChecksAndForeignKeys(Kind kind) throws Exception {
        Dialect dialect = Fixtures.dialect(kind);
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(Fixtures.rich()));
            db.execute(List.of("INSERT INTO users (email) VALUES ('a@example.org')"));

            assertThatThrownBy(() -> db.execute(List.of("INSERT INTO tickets (user_id, title, status) VALUES (1, 't', 'bogus')")))
                    .as("enum").isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> db.execute(List.of("INSERT INTO tickets (user_id, title, priority) VALUES (1, 't', 9)")))
                    .as("check").isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> db.execute(List.of("INSERT INTO tickets (user_id, title) VALUES (42, 't')")))
                    .as("foreign key").isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> db.execute(List.of("INSERT INTO users (email) VALUES ('a@example.org')")))
                    .as("unique").isInstanceOf(java.sql.SQLException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createsTablesThatReferenceEachOtherAndCascades(Kind kind) throws Exception {
        Dialect dialect = Fixtures.dialect(kind);
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(Fixtures.rich()));
            db.execute(List.of(
                    "INSERT INTO departments (id, name) VALUES (1, 'support')",
                    "INSERT INTO employees (id, department_id) VALUES (7, 1)",
                    "UPDATE departments SET head_id = 7 WHERE id = 1",
                    "INSERT INTO users (id, email) VALUES (1, 'boss@example.org')",
                    "INSERT INTO users (id, email, manager_id) VALUES (2, 'me@example.org', 1)",
                    "INSERT INTO tickets (id, user_id, title) VALUES (1, 2, 't')",
                    "INSERT INTO tags (id, name) VALUES (1, 'urgent')",
                    "INSERT INTO ticket_tags (ticket_id, tag_id) VALUES (1, 1)",
                    "DELETE FROM users WHERE id = 2"));
            DatabaseState state = new DatabaseState(db);

            assertThat(state.count("tickets")).isZero();
            assertThat(state.count("ticket_tags")).isZero();
            assertThat(state.foreignKeys("departments")).containsExactly("fk_departments_head");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void quotesReservedAndMixedCaseNamesSoTheyRun(Kind kind) throws Exception {
        Dialect dialect = Fixtures.dialect(kind);
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(Fixtures.rich()));
            db.execute(List.of("INSERT INTO " + dialect.quote("group") + " (" + dialect.quote("key") + ", " + dialect.quote("Label")
                    + ") VALUES ('k', 'L')"));

            assertThat(new DatabaseState(db).columns("group")).containsExactly("id", "key", "Label");
        }
    }
}
