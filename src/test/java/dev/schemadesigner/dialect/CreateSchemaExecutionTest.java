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
    void storesForeignKeyActionsAsTheStoredFormSays(Kind kind) throws Exception {
        Dialect dialect = Fixtures.dialect(kind);
        Schema schema = Fixtures.rich();
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(schema));
            DatabaseState state = new DatabaseState(db);

            for (var table : dialect.storedForm(schema).tables()) {
                for (var fk : table.foreignKeys()) {
                    assertThat(state.foreignKeyRules(table.name())).as("%s %s", table.name(), fk.name())
                            .containsEntry(fk.name(), "ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql());
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void keepsIncludePredicateMethodAndCommentsOnPostgres() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
            db.execute(new PostgresDialect().createSchema(Fixtures.rich()));
            DatabaseState state = new DatabaseState(db);

            assertThat(state.string("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_users_created_at'"))
                    .contains("INCLUDE (display_name)").contains("WHERE (score > (0)::numeric)");
            assertThat(state.string("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_users_settings'")).contains("USING gin (settings)");
            assertThat(state.string("SELECT obj_description('users'::regclass, 'pg_class')")).isEqualTo("people who log in");
            assertThat(state.string("SELECT col_description('\"group\"'::regclass, 3)")).isEqualTo("what people see");
            assertThat(state.string("SELECT data_type FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'settings'"))
                    .isEqualTo("jsonb");
            assertThat(state.string("SELECT is_identity FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'id'"))
                    .isEqualTo("YES");
        }
    }

    @org.junit.jupiter.api.Test
    void prefixesTextIndexKeysAndKeepsCommentsOnMariaDb() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(Kind.MARIADB)) {
            db.execute(new MariaDbDialect().createSchema(Fixtures.rich()));
            DatabaseState state = new DatabaseState(db);
            String where = " WHERE TABLE_SCHEMA = '" + db.name() + "'";

            assertThat(state.string("SELECT SUB_PART FROM information_schema.STATISTICS" + where + " AND INDEX_NAME = 'idx_users_settings'"))
                    .isEqualTo("255");
            assertThat(state.string("SELECT TABLE_COMMENT FROM information_schema.TABLES" + where + " AND TABLE_NAME = 'users'"))
                    .isEqualTo("people who log in");
            assertThat(state.string("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS" + where + " AND COLUMN_NAME = 'Label'"))
                    .isEqualTo("what people see");
            assertThat(state.string("SELECT COLUMN_TYPE FROM information_schema.COLUMNS" + where + " AND TABLE_NAME = 'tickets' AND COLUMN_NAME = 'status'"))
                    .isEqualTo("enum('open','pending','closed')");
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

            assertThat(state.string("SELECT display_name FROM users")).isEqualTo("it's me \\o/");
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
