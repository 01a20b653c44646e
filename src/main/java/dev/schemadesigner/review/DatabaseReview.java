package dev.schemadesigner.review;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.importer.IntrospectionResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reviews a live database: introspects one schema, samples its rows to measure functional
 * dependencies ({@link DataSample}) and runs the rules on the result, as a schema that exists with
 * data. Only reads: the caller decides whether the connection is also made read-only.
 */
public final class DatabaseReview {
    private final Reviewer reviewer;

    public DatabaseReview(Reviewer reviewer) { this.reviewer = Objects.requireNonNull(reviewer, "reviewer"); }

    /** The findings and what could not be read exactly (introspection warnings, tables that could not be sampled). */
    public record Outcome(List<Finding> findings, List<String> warnings, MeasuredDependencies measured) {
        public Outcome {
            findings = List.copyOf(findings);
            warnings = List.copyOf(warnings);
        }
    }

    /** With the default rules. */
    public static Outcome review(Connection connection, String schemaName, ReviewInput options) throws SQLException {
        return new DatabaseReview(new Reviewer()).run(connection, schemaName, options);
    }

    /**
     * @param schemaName the PostgreSQL schema or MariaDB database; ignored for SQLite
     * @param options ignores, suppressions and query patterns to apply; its schema, dialect and
     *                existence are replaced by the database's
     */
    public Outcome run(Connection connection, String schemaName, ReviewInput options) throws SQLException {
        String dialectName = dialectOf(connection);
        Dialect dialect = Dialects.byName(dialectName);
        IntrospectionResult introspected = DatabaseImporter.introspectWithWarnings(connection, schemaName);
        MeasuredDependencies measured = DataSample.measure(connection, schemaName, introspected.schema(), dialect);
        ReviewInput input = options.withSchema(introspected.schema()).withDialect(dialect.name()).withExisting(true)
                .withMeasuredDependencies(measured);
        List<String> warnings = new ArrayList<>(introspected.warnings());
        warnings.addAll(measured.warnings());
        return new Outcome(reviewer.review(input), warnings, measured);
    }

    /** {@code postgresql}, {@code mariadb} or {@code sqlite}, from the connection's product name. */
    public static String dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) return "postgresql";
        if (product.contains("mariadb") || product.contains("mysql")) return "mariadb";
        if (product.contains("sqlite")) return "sqlite";
        throw new IllegalArgumentException("cannot review " + product + ": supported are PostgreSQL, MariaDB, MySQL and SQLite");
    }
}
