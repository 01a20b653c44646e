package dev.schemadesigner.review;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.importer.IntrospectionResult;
import dev.schemadesigner.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        LiveSchema live = read(connection, schemaName);
        return new Outcome(reviewer.review(live.input(options)), live.warnings(), live.measured());
    }

    /** A live database's schema as read, with its dialect and the dependencies measured on its rows. */
    public record LiveSchema(Schema schema, String dialect, MeasuredDependencies measured, List<String> warnings) {
        public LiveSchema {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(dialect, "dialect");
            Objects.requireNonNull(measured, "measured");
            warnings = List.copyOf(warnings);
        }

        /** {@code options} for this database: its schema, dialect and measurements, as a schema that exists with data. */
        public ReviewInput input(ReviewInput options) {
            return options.withSchema(schema).withDialect(dialect).withExisting(true).withMeasuredDependencies(measured);
        }
    }

    /** Introspects {@code schemaName} and samples its tables; only SELECTs and catalogue reads run. */
    public static LiveSchema read(Connection connection, String schemaName) throws SQLException {
        Dialect dialect = Dialects.byName(dialectOf(connection));
        IntrospectionResult introspected = DatabaseImporter.introspectWithWarnings(connection, schemaName);
        MeasuredDependencies measured = DataSample.measure(connection, schemaName, introspected.schema(), dialect);
        List<String> warnings = new ArrayList<>(introspected.warnings());
        warnings.addAll(measured.warnings());
        return new LiveSchema(introspected.schema(), dialect.name(), measured, warnings);
    }

    /** The schema a connection reads by default: PostgreSQL's current schema, MariaDB's current database. */
    public static String currentSchema(Connection connection) throws SQLException {
        String name = dialectOf(connection).equals("postgresql") ? connection.getSchema() : connection.getCatalog();
        if (name == null || name.isBlank()) {
            throw new SQLException("the connection has no current schema or database: name one in the JDBC URL (currentSchema= for PostgreSQL, the database for MariaDB)");
        }
        return name;
    }

    /** {@code postgresql}, {@code mariadb} or {@code sqlite}, from the connection's product name. */
    public static String dialectOf(Connection connection) throws SQLException {
        return dev.schemadesigner.dialect.Dialects.of(connection).name();
    }
}
