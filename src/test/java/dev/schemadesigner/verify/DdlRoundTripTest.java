package dev.schemadesigner.verify;

import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import DDL → model → render → execute → introspect gives the model back (in each database's
 * stored form) for the bundled project and every fixture under {@code src/test/resources/ddl},
 * on SQLite, PostgreSQL and MariaDB. A fixture may say in its first lines
 * {@code -- dialects: postgresql} (its defaults call that database's own functions, so it runs
 * there only) or {@code -- refused-on: mariadb} (it uses what that database cannot do, and the
 * dialect must refuse it with a message naming the database, before running anything).
 */
class DdlRoundTripTest {

    private static final Path FIXTURES = Path.of("src/test/resources/ddl");
    private static final Path BUNDLED = Path.of("src/main/resources/projects/ddl");

    private static final VerifiedTally TALLY = new VerifiedTally("round-trip verified (import DDL → model → render → execute → introspect → diff empty)");

    @AfterAll
    static void printTally() { TALLY.print(); }

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (VerifyTarget target : VerifyTargets.all()) {
            for (Path ddl : ddlFiles()) {
                String dialect = ddl.getParent().getFileName().toString();
                if (ddl.getParent().equals(BUNDLED)) dialect = ddl.getFileName().toString().split("\\.")[1];
                cases.add(Arguments.of(Named.of(target.dialect().name(), target), Named.of(dialect + "/" + ddl.getFileName(), ddl), dialect));
            }
        }
        return cases.stream();
    }

    private static List<Path> ddlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            s.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(BUNDLED)) {
            s.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
        }
        return files;
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("fixtures")
    void importedSchemaComesBackFromTheDatabaseUnchanged(VerifyTarget target, Path ddl, String sourceDialect) throws IOException {
        String sql = Files.readString(ddl, StandardCharsets.UTF_8);
        String dialect = target.dialect().name();
        Assumptions.assumeTrue(header(sql, "dialects").map(d -> d.contains(dialect)).orElse(true),
                () -> ddl.getFileName() + " uses functions only " + header(sql, "dialects").orElse("") + " has");
        Schema imported = new SqlDdlImporter().importSql(sql, sourceDialect).schema();

        Verification verification = Verifier.verify(target, imported, dev.schemadesigner.change.ChangeSet.of());

        assertThat(imported.tables()).isNotEmpty();
        if (header(sql, "refused-on").map(d -> d.contains(dialect)).orElse(false)) {
            assertThat(verification.steps()).singleElement().satisfies(step -> {
                assertThat(step.ok()).isFalse();
                assertThat(step.error()).get().asString().startsWith(target.dialect().displayName() + " does not support");
            });
            TALLY.refused(dialect);
        } else {
            assertThat(verification.ok()).as(verification.summary() + "\n" + String.join("\n", verification.diff())
                    + "\n" + verification.steps()).isTrue();
            TALLY.passed(dialect);
        }
    }

    /** The words after {@code -- name:} in the fixture's leading comments. */
    private static Optional<String> header(String sql, String name) {
        return sql.lines().takeWhile(l -> l.startsWith("--")).map(l -> l.substring(2).trim())
                .filter(l -> l.startsWith(name + ":")).map(l -> l.substring(name.length() + 1).trim().split("\\(")[0]).findFirst();
    }
}
