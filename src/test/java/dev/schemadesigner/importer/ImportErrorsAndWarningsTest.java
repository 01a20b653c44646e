package dev.schemadesigner.importer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImportErrorsAndWarningsTest {
    private final SqlDdlImporter importer = new SqlDdlImporter();

    @Test
    void warnsAboutStatementsOutsideTheModelWithTheirLinesAndImportsTheRest() {
        // given
        String sql = """
                BEGIN;
                SET search_path = public;
                CREATE EXTENSION IF NOT EXISTS pgcrypto;
                CREATE TABLE a (id int PRIMARY KEY);
                CREATE VIEW v AS
                  SELECT id FROM a;
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
                INSERT INTO a VALUES (1);
                GRANT SELECT ON a TO reporting;
                CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
                COMMIT;
                """;

        // when
        ImportResult result = importer.importSql(sql, "postgresql");

        // then
        assertThat(result.schema().tables()).extracting(t -> t.name()).containsExactly("a", "b");
        assertThat(result.warnings()).extracting(ImportWarning::line).containsExactly(1, 2, 3, 5, 7, 8, 9, 11);
        assertThat(result.warnings().get(3).statement()).isEqualTo("CREATE VIEW v AS SELECT id FROM a");
        assertThat(result.warnings().get(3).message()).contains("CREATE VIEW v statement", "line 5", "skipped");
        assertThat(result.warnings().get(4).message()).contains("CREATE FUNCTION");
        assertThat(result.warnings().get(6).message()).contains("GRANT");
    }

    /** pagila's schema (pgvector) has {@code USING hnsw}: the rest of the file is still read. */
    @Test
    void skipsAnIndexWithAnAccessMethodTheModelDoesNotHoldWithAWarning() {
        ImportResult result = importer.importSql("""
                CREATE TABLE film_embedding (id int PRIMARY KEY, embedding text);
                CREATE INDEX film_embedding_hnsw_idx ON public.film_embedding USING hnsw (embedding);
                CREATE INDEX film_embedding_gin_idx ON film_embedding USING gin (embedding);
                """, "postgresql");

        assertThat(result.schema().requireTable("film_embedding").indexes()).extracting(dev.schemadesigner.schema.Index::name)
                .containsExactly("film_embedding_gin_idx");
        assertThat(result.warnings()).extracting(ImportWarning::line, ImportWarning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "index film_embedding_hnsw_idx uses the access method hnsw, which the model does not hold "
                        + "(btree, hash, gin, gist, brin, spgist); skipped"));
    }

    @Test
    void warnsAboutUnknownTypesAndImportsThemAsText() {
        ImportResult result = importer.importSql("CREATE TABLE t (\n  id int,\n  tags text[],\n  spot point\n);", "postgresql");

        assertThat(result.schema().requireTable("t").column("spot").orElseThrow().type().describe()).isEqualTo("text");
        assertThat(result.warnings()).extracting(ImportWarning::line, ImportWarning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "column t.tags: array type text[] has no logical type in the model; imported as text"),
                org.assertj.core.groups.Tuple.tuple(4, "column t.spot: type point has no logical type in the model; imported as text"));
    }

    @Test
    void warnsAboutClausesItDropsButKeepsTheTable() {
        ImportResult result = importer.importSql("""
                CREATE TABLE t (
                  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  name varchar(50),
                  updated_at datetime ON UPDATE CURRENT_TIMESTAMP,
                  FULLTEXT KEY ft_name (name),
                  INDEX idx_t_name (name(10))
                );
                ALTER TABLE t ENGINE = InnoDB;""", "mariadb");

        assertThat(result.schema().requireTable("t").columns()).hasSize(3);
        assertThat(result.warnings()).extracting(ImportWarning::message).satisfiesExactly(
                m -> assertThat(m).contains("ON UPDATE CURRENT_TIMESTAMP"),
                m -> assertThat(m).contains("FULLTEXT KEY ft_name"),
                m -> assertThat(m).contains("prefix length"),
                m -> assertThat(m).contains("ENGINE = InnoDB"));
    }

    @Test
    void reportsASyntaxErrorAtItsLineAndColumnInTheWholeInput() {
        // given
        String sql = """
                CREATE TABLE a (id int PRIMARY KEY);
                CREATE VIEW v AS SELECT 1;
                CREATE TABLE b (
                  id int,
                  name text,
                );
                CREATE TABLE c (id int);""";

        // when
        DdlSyntaxException e = catchThrowableOfType(DdlSyntaxException.class, () -> importer.importSql(sql, "postgresql"));

        // then
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e).hasMessageStartingWith("syntax error at line 6, column 1: unexpected token ')'")
                .hasMessageContaining("CREATE TABLE b");
    }

    @Test
    void reportsTheColumnOfAnErrorInsideALine() {
        String sql = "CREATE TABLE a (id int PRIMARY KEY);\n\n  CREATE TABLE b (a_id int REFERENCES a ON DELETE EXPLODE);";

        DdlSyntaxException e = catchThrowableOfType(DdlSyntaxException.class, () -> importer.importSql(sql, "postgresql"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(51);
        assertThat(e).hasMessageContaining("'EXPLODE'").hasMessageContaining("CASCADE");
    }

    @Test
    void reportsAnUnclosedParenthesisAndAnUnterminatedString() {
        DdlSyntaxException open = catchThrowableOfType(DdlSyntaxException.class,
                () -> importer.importSql("CREATE TABLE a (id int;\nCREATE TABLE b (id int);", "sqlite"));
        assertThat(open.line()).isEqualTo(1);
        assertThat(open).hasMessageContaining("missing ')'");

        DdlSyntaxException string = catchThrowableOfType(DdlSyntaxException.class,
                () -> importer.importSql("CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'oops;", "postgresql"));
        assertThat(string.line()).isEqualTo(2);
        assertThat(string.column()).isEqualTo(23);
        assertThat(string).hasMessageContaining("unterminated string");
    }

    @Test
    void refusesTenMegabytesQuicklyNamingTheLimit() {
        String huge = "-- x\n".repeat(2 * 1024 * 1024);

        assertTimeoutPreemptively(Duration.ofMillis(500), () ->
                assertThatThrownBy(() -> importer.importSql(huge, "postgresql"))
                        .isInstanceOf(InputTooLargeException.class)
                        .hasMessageContaining("10,485,760")
                        .hasMessageContaining("8,000,000"));
    }

    @Test
    void refusesBinaryInput() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        String garbage = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importSql(garbage, "sqlite"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not SQL text");
        assertThatThrownBy(() -> importer.importSql("CREATE TABLE a (id int);\0\0", "sqlite"))
                .isInstanceOf(ImportException.class).hasMessageContaining("NUL");
    }

    @Test
    void importsEmptyInputAsAnEmptySchema() {
        ImportResult result = importer.importSql("  -- nothing here\n", "mariadb");
        assertThat(result.schema().tables()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }
}
