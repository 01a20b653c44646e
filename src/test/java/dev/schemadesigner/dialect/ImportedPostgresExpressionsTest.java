package dev.schemadesigner.dialect;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CHECKs and defaults as pg_dump writes them ({@code ::text} casts, {@code = ANY (ARRAY[…])},
 * {@code char_length}) run on every database once imported: casts that only restate a type are
 * left out elsewhere, array comparisons become IN lists, functions take the local name, and the
 * constraints still hold on the real database.
 */
class ImportedPostgresExpressionsTest {

    private static final String PG_DUMP = """
            CREATE TABLE public.film (
                film_id integer NOT NULL,
                title character varying(255) NOT NULL,
                rating character varying(5) DEFAULT 'G'::character varying,
                price numeric(4,2) DEFAULT 4.99 NOT NULL,
                code text DEFAULT ''::text,
                CONSTRAINT film_rating_check CHECK (((rating)::text = ANY ((ARRAY['G'::character varying, 'PG'::character varying, 'R'::character varying])::text[]))),
                CONSTRAINT film_price_check CHECK ((price >= (0)::numeric)),
                CONSTRAINT film_title_check CHECK ((char_length((title)::text) <= 20)),
                CONSTRAINT film_code_check CHECK ((code <> ALL (ARRAY['x'::text, 'y'::text])))
            );""";

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void pgDumpChecksRunAndStillHoldOnEachDatabase(ThrowawayDatabase.Kind kind) throws SQLException {
        Schema schema = new SqlDdlImporter().importSql(PG_DUMP, "postgresql").schema();
        Dialect dialect = Dialects.byName(kind.name().toLowerCase(java.util.Locale.ROOT));

        List<String> ddl = dialect.createSchema(schema);

        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(ddl);
            insert(db, "1, 'Alien', 'R', 1.00, 'a'");
            assertThatThrownBy(() -> insert(db, "2, 'Brazil', 'NC-17', 1.00, 'a'")).as("rating outside the list").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insert(db, "3, 'Casablanca', 'G', -1.00, 'a'")).as("negative price").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insert(db, "4, 'Dr. Strangelove or: How I Learned', 'G', 1.00, 'a'")).as("title too long").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insert(db, "5, 'Eraserhead', 'G', 1.00, 'x'")).as("code in the excluded list").isInstanceOf(SQLException.class);
        }
        if (kind != ThrowawayDatabase.Kind.POSTGRESQL) assertThat(String.join("\n", ddl)).doesNotContain("ARRAY").doesNotContain("::");
    }

    @org.junit.jupiter.api.Test
    void aGenRandomUuidDefaultIsMariaDbsUuid() throws SQLException {
        Schema schema = new SqlDdlImporter().importSql("CREATE TABLE public.token (id uuid DEFAULT public.gen_random_uuid() NOT NULL, n integer);",
                "postgresql").schema();
        List<String> ddl = Dialects.byName("mariadb").createSchema(schema);

        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB); Statement s = db.connection().createStatement()) {
            db.execute(ddl);
            s.executeUpdate("INSERT INTO token (n) VALUES (1), (2)");
            try (var rs = s.executeQuery("SELECT COUNT(DISTINCT id) FROM token")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        assertThat(String.join("\n", ddl)).contains("uuid()").doesNotContain("gen_random_uuid");
    }

    @org.junit.jupiter.api.Test
    void aGenRandomUuidDefaultOnSqliteIsRandomTextInTheUuidShape() throws SQLException {
        Schema schema = new SqlDdlImporter().importSql("CREATE TABLE public.token (id uuid DEFAULT public.gen_random_uuid() NOT NULL, n integer);",
                "postgresql").schema();
        Dialect sqlite = Dialects.byName("sqlite");

        assertThat(sqlite.portable(schema).leftOut()).isEmpty();
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.SQLITE); Statement s = db.connection().createStatement()) {
            db.execute(sqlite.createSchema(schema));
            s.executeUpdate("INSERT INTO token (n) VALUES (1)");
            s.executeUpdate("INSERT INTO token (n) VALUES (2)");
            try (var rs = s.executeQuery("SELECT id FROM token")) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                while (rs.next()) ids.add(rs.getString(1));
                assertThat(ids).hasSize(2).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void whatSqliteCannotRunIsLeftOutAndNamedAndTheRestRuns() throws SQLException {
        Schema schema = new SqlDdlImporter().importSql("""
                CREATE TABLE public.events (
                    id uuid NOT NULL,
                    seen timestamp with time zone DEFAULT clock_timestamp(),
                    data jsonb NOT NULL,
                    kind character varying(10) NOT NULL,
                    CONSTRAINT events_data_check CHECK ((jsonb_typeof(data) = 'object'::text)),
                    CONSTRAINT events_kind_check CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))
                );
                CREATE INDEX events_data_idx ON public.events USING btree (jsonb_typeof(data));""", "postgresql").schema();
        Dialect sqlite = Dialects.byName("sqlite");

        Dialect.Portable portable = sqlite.portable(schema);

        assertThat(portable.leftOut()).satisfiesExactly(
                m -> assertThat(m).startsWith("table events: check events_data_check left out on SQLite").contains("jsonb_typeof"),
                m -> assertThat(m).startsWith("table events: default clock_timestamp() of column seen left out on SQLite"),
                m -> assertThat(m).startsWith("table events: index events_data_idx left out on SQLite"));
        assertThat(portable.schema().requireTable("events").checks()).extracting(c -> c.name()).containsExactly("events_kind_check");
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.SQLITE); Statement s = db.connection().createStatement()) {
            db.execute(sqlite.createSchema(portable.schema()));
            s.executeUpdate("INSERT INTO events (id, data, kind) VALUES ('x', '{}', 'a')");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO events (id, data, kind) VALUES ('y', '{}', 'c')")).isInstanceOf(SQLException.class);
        }
        assertThat(Dialects.byName("postgresql").portable(schema).leftOut()).isEmpty();
    }

    private static void insert(ThrowawayDatabase db, String values) throws SQLException {
        try (Statement s = db.connection().createStatement()) {
            s.executeUpdate("INSERT INTO film (film_id, title, rating, price, code) VALUES (" + values + ")");
        }
    }
}
