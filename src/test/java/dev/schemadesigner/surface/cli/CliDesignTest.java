package dev.schemadesigner.surface.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.schemadesigner.surface.cli.CliReviewTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code design} run in process: it writes the runnable project, builds on a given project, and names its usage errors. */
class CliDesignTest {

    @TempDir
    Path dir;

    @Test
    void writesTheProjectOfARequestOnTheBundledProject() throws Exception {
        Path out = dir.resolve("out");

        CliReviewTest.Run run = cli("design", "Add new table for customer notes linked to feedback_analysis", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.CLEAN);
        List<String> files = files(out);
        assertThat(files).anyMatch(f -> f.contains("/versions/") && f.endsWith(".py"));
        assertThat(files).anyMatch(f -> f.contains("/models/"));
        assertThat(files).anyMatch(f -> f.contains("/tests/"));
        assertThat(run.out()).contains("wrote " + files.size() + " files to " + out);
    }

    @Test
    void buildsOnAProjectGivenAsDdlInTheClassicStyle() throws Exception {
        Path ddl = Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
                """);
        Path out = dir.resolve("out");

        CliReviewTest.Run run = cli("design", "add a table books with a title and a foreign key to authors", "--project", ddl.toString(),
                "--style", "classic", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.CLEAN);
        String models = files(out).stream().filter(f -> f.contains("/models/") && f.endsWith(".py")).map(f -> read(out.resolve(f)))
                .reduce("", String::concat);
        assertThat(models).contains("authors").contains("Column(");
        assertThat(models).doesNotContain("mapped_column(");
    }

    @Test
    void namesItsUsageErrors() {
        assertUsage(cli("design", "--out", dir.toString()), "design needs a request");
        assertUsage(cli("design", "add a table"), "design needs --out DIR");
        assertUsage(cli("design", "add a table", "--style", "typed", "--out", dir.toString()), "--style must be one of sqlalchemy2, classic");
        assertUsage(cli("design", "add a table", "--project", dir.resolve("nope.sql").toString(), "--out", dir.toString()), "nope.sql: no such file");
        assertUsage(cli("design", "add", "a", "table", "--out", dir.toString()), "quote it");
    }

    private static void assertUsage(CliReviewTest.Run run, String message) {
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains(message);
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
