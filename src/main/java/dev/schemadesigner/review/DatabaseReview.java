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
    public record LiveSchema(Schema schema, String dialect, MeasuredDependencies measured, List<String> warnings, java.util.Map<String, TableSize> sizes) {
        public LiveSchema {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(dialect, "dialect");
            Objects.requireNonNull(measured, "measured");
            warnings = List.copyOf(warnings);
            sizes = sizes == null ? java.util.Map.of() : java.util.Map.copyOf(sizes);
        }

        public LiveSchema(Schema schema, String dialect, MeasuredDependencies measured, List<String> warnings) {
            this(schema, dialect, measured, warnings, java.util.Map.of());
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
        return new LiveSchema(introspected.schema(), dialect.name(), measured, warnings, statistics(connection, schemaName, dialect.name()));
    }

    /** Where a size read from the database's own statistics says it came from. */
    public static final String STATISTICS = "database statistics";

    /**
     * The rows each table holds by the database's statistics, without counting them: PostgreSQL's
     * {@code pg_class.reltuples} (a table never analysed or vacuumed, -1 or 0 pages, is left out: its size is unknown),
     * MariaDB's {@code information_schema.TABLES.TABLE_ROWS}. SQLite keeps none.
     */
    static java.util.Map<String, TableSize> statistics(Connection connection, String schemaName, String dialect) throws SQLException {
        String sql = switch (dialect) {
            case "postgresql" -> "SELECT c.relname, c.reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.reltuples >= 0 AND (c.relpages > 0 OR c.reltuples > 0)";
            case "mariadb" -> "SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' AND TABLE_ROWS IS NOT NULL";
            default -> null;
        };
        java.util.Map<String, TableSize> out = new java.util.LinkedHashMap<>();
        if (sql == null) return out;
        try (java.sql.PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, schemaName);
            try (java.sql.ResultSet r = p.executeQuery()) {
                while (r.next()) out.put(r.getString(1), new TableSize(Math.max(0, r.getLong(2)), STATISTICS));
            }
        }
        return out;
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
