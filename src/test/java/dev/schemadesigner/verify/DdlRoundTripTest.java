package dev.schemadesigner.verify;

import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import DDL → model → render → execute → introspect gives the model back (in each database's
 * stored form) for the bundled project and every fixture under {@code src/test/resources/ddl},
 * on SQLite, PostgreSQL and MariaDB.
 */
class DdlRoundTripTest {

    private static final Path FIXTURES = Path.of("src/test/resources/ddl");
    private static final Path BUNDLED = Path.of("src/main/resources/projects/customer-feedback-analyzer");

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
        Schema imported = SqlDdlImporter.importSql(Files.readString(ddl, StandardCharsets.UTF_8), sourceDialect).schema();

        Verification verification = Verifier.verify(target, imported, dev.schemadesigner.change.ChangeSet.of());

        assertThat(imported.tables()).isNotEmpty();
        assertThat(verification.ok()).as(verification.summary() + "\n" + String.join("\n", verification.diff())
                + "\n" + verification.steps()).isTrue();
    }
}
