package dev.schemadesigner.surface.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code review} run in process through {@link Cli#run}: formats, detection by content, exit codes and usage errors. */
class CliReviewTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return Json.tree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static final String NOT_NULL_IN_ONE_STEP = "ALTER TABLE users ADD COLUMN email text NOT NULL;\n";

    private static final String ALEMBIC = """
            revision = "a1"
            down_revision = None

            def upgrade():
                op.add_column("users", sa.Column("nickname", sa.Text(), nullable=False))

            def downgrade():
                op.drop_column("users", "nickname")
            """;

    private static final String SQLALCHEMY = """
            from sqlalchemy import Column, Integer, String, ForeignKey
            from sqlalchemy.orm import declarative_base

            Base = declarative_base()

            class Parent(Base):
                __tablename__ = "parent"
                id = Column(Integer, primary_key=True)

            class Child(Base):
                __tablename__ = "child"
                id = Column(Integer, primary_key=True)
                parent_id = Column(Integer, ForeignKey("parent.id"), nullable=False)
            """;

    private static final String JPA = """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Purchase {
                @Id @GeneratedValue Long id;
                @ManyToOne Customer customer;
            }

            @Entity
            class Customer {
                @Id @GeneratedValue Long id;
            }
            """;

    @Test
    void exitsOneWhenAMigrationHasAnErrorAndNamesFileAndRule() throws Exception {
        Path migration = file("V2__email.sql", NOT_NULL_IN_ONE_STEP);

        Run run = cli("review", migration.toString());

        assertThat(run.code()).isEqualTo(Cli.FINDINGS);
        assertThat(run.out()).contains(migration + ": error add-not-null-column-without-default users.email");
        assertThat(run.out()).containsPattern("1 error|[1-9]\\d* error");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOnDecidesWhichSeverityFailsTheRun() throws Exception {
        Path migration = file("V3__index.sql", "CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at);\n");
        JsonNode report = cli("review", "--format", "json", migration.toString()).json();
        List<String> severities = new ArrayList<>();
        report.path("files").get(0).path("findings").forEach(f -> severities.add(f.path("severity").asText()));

        // given: what the review finds in this file decides each threshold's exit code
        int expectedForInfo = severities.isEmpty() ? Cli.CLEAN : Cli.FINDINGS;
        int expectedForError = severities.stream().anyMatch(s -> s.equalsIgnoreCase("error")) ? Cli.FINDINGS : Cli.CLEAN;

        assertThat(cli("review", "--fail-on", "info", migration.toString()).code()).isEqualTo(expectedForInfo);
        assertThat(cli("review", "--fail-on", "error", migration.toString()).code()).isEqualTo(expectedForError);
        assertThat(severities).as("an index built concurrently outside a transaction is not an error").noneMatch(s -> s.equalsIgnoreCase("error"));
    }

    @Test
    void aFileWithNothingAtTheFailOnLevelExitsZero() throws Exception {
        Path migration = file("V4__nullable.sql", "ALTER TABLE users ADD COLUMN nickname text;\n");

        Run run = cli("review", "--fail-on", "error", migration.toString());

        assertThat(run.code()).isEqualTo(Cli.CLEAN);
        assertThat(run.out()).contains("0 error");
    }

    @Test
    void tellsEachKindOfFileByItsContentNotItsName() throws Exception {
        Path alembic = file("one.txt", ALEMBIC);
        Path models = file("two.txt", SQLALCHEMY);
        Path entities = file("three.txt", JPA);
        Path sql = file("four", NOT_NULL_IN_ONE_STEP);

        Run run = cli("review", "--format", "json", "--fail-on", "info", alembic.toString(), models.toString(), entities.toString(), sql.toString());

        JsonNode files = run.json().path("files");
        assertThat(files).hasSize(4);
        assertThat(files.get(0).path("format").asText()).isEqualTo("alembic");
        assertThat(files.get(1).path("format").asText()).isEqualTo("sqlalchemy");
        assertThat(files.get(2).path("format").asText()).isEqualTo("jpa");
        assertThat(files.get(3).path("format").asText()).isEqualTo("sql");
        // a NOT NULL column added without a default fails on a table with rows, in Alembic as in SQL
        assertThat(rules(files.get(0))).isNotEmpty();
        // a foreign key without an index on the referencing column, in models and in entities
        assertThat(rules(files.get(1))).contains("fk-missing-index");
        assertThat(rules(files.get(2))).contains("fk-missing-index");
        assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void assumeInTransactionChangesHowAConcurrentIndexIsJudged() throws Exception {
        Path migration = file("V5__concurrent.sql", "CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at);\n");

        List<String> alone = rules(cli("review", "--format", "json", migration.toString()).json().path("files").get(0));
        List<String> inTransaction = rules(cli("review", "--format", "json", "--assume-in-transaction", migration.toString()).json().path("files").get(0));

        assertThat(inTransaction).contains("concurrently-in-transaction");
        assertThat(alone).doesNotContain("concurrently-in-transaction");
    }

    @Test
    void usageAndInputErrorsExitTwoNamingTheProblem() throws Exception {
        Path sql = file("ok.sql", NOT_NULL_IN_ONE_STEP);
        Path prose = file("notes.md", "Some notes about the release.\n");

        assertUsage(cli("review"), "review needs at least one FILE");
        assertUsage(cli("review", "--format", "xml", sql.toString()), "--format must be one of text, json, sarif, was 'xml'");
        assertUsage(cli("review", "--fail-on", "fatal", sql.toString()), "--fail-on must be one of error, warning, info");
        assertUsage(cli("review", "--bogus", sql.toString()), "unknown option '--bogus'");
        assertUsage(cli("review", "--dialect", "oracle", sql.toString()), "--dialect");
        assertUsage(cli("review", dir.resolve("missing.sql").toString()), "missing.sql: no such file");
        assertUsage(cli("review", prose.toString()), "notes.md: cannot tell what this file is");
        assertUsage(cli("review", dir.toString()), "is a directory");
        assertUsage(cli("frobnicate"), "unknown command 'frobnicate'");
        assertUsage(cli(), "usage: schema-designer review");
    }

    @Test
    void anUnparseableMigrationIsAnInputErrorNamingTheFile() throws Exception {
        Path broken = file("V9__broken.py", """
                def upgrade():
                    op.add_column("users", sa.Column("x", sa.Text()
                """);

        Run run = cli("review", broken.toString());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("V9__broken.py (read as alembic)").contains("never closed");
    }

    @Test
    void optionsMayBeGivenWithEqualsSigns() throws Exception {
        Path migration = file("V6__email.sql", NOT_NULL_IN_ONE_STEP);

        Run run = cli("review", "--format=json", "--dialect=postgresql", migration.toString());

        assertThat(run.json().path("files").get(0).path("path").asText()).isEqualTo(migration.toString());
    }

    private static void assertUsage(Run run, String message) {
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    static List<String> rules(JsonNode file) {
        List<String> ids = new ArrayList<>();
        file.path("findings").forEach(f -> ids.add(f.path("rule").asText()));
        return ids;
    }
}
