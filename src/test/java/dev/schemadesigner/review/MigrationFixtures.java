package dev.schemadesigner.review;

import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.AlembicImporter;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a migration fixture ({@code .py} Alembic revision or {@code .sql} migration) into a
 * {@link ReviewInput}. The before-schema is the bundled Customer Feedback Analyzer
 * ({@code projects/ddl/customer-feedback-analyzer.postgresql.sql}) unless a header comment says
 * {@code @before empty}; {@code @dialect sqlite} (or mariadb) sets the dialect, PostgreSQL otherwise. {@code @observe}
 * runs the migration on the real PostgreSQL over 1,000 seeded rows a table and reviews it with the observations.
 */
final class MigrationFixtures {
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(?:#|--)\\s*@(\\w+)\\s*(.*)$", Pattern.MULTILINE);

    private MigrationFixtures() {}

    static ReviewInput read(Path file) {
        try {
            return input(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReviewInput input(String text, String name) {
        MigrationImport imported = imported(text, name);
        ReviewInput input = ReviewInput.of(Schema.EMPTY).withDialect(dialect(text)).withMigration(imported.script(), before(text));
        return observed(text) ? input.withObservations(observations(imported, before(text))) : input;
    }

    private static boolean observed(String text) {
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) if (m.group(1).equals("observe")) return true;
        return false;
    }

    private static java.util.List<Observation> observations(MigrationImport imported, Schema before) {
        try {
            return dev.schemadesigner.verify.locks.MigrationObserver.observe(
                    dev.schemadesigner.verify.VerifyTarget.postgres(dev.schemadesigner.TestDatabases.postgresVerifyUrl()), before, imported.script(), 1_000);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static MigrationImport imported(String text, String name) {
        Schema before = before(text);
        return name.endsWith(".py") ? new AlembicImporter().importRevision(text, name, before)
                : new SqlMigrationImporter().importScript(text, name, dialect(text), before);
    }

    private static Schema before(String text) {
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) if (m.group(1).equals("before") && m.group(2).trim().equals("empty")) return Schema.EMPTY;
        return bundled();
    }

    /** The skill's Customer Feedback Analyzer as its bundled PostgreSQL DDL declares it. */
    static Schema bundled() {
        try (InputStream in = MigrationFixtures.class.getResourceAsStream("/projects/ddl/customer-feedback-analyzer.postgresql.sql")) {
            return new SqlDdlImporter().importSql(new String(in.readAllBytes(), StandardCharsets.UTF_8), "postgresql").schema();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dialect(String text) {
        Matcher m = DIRECTIVE.matcher(text);
        while (m.find()) if (m.group(1).equals("dialect")) return m.group(2).trim();
        return ReviewInput.DEFAULT_DIALECT;
    }
}
