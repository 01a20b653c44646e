package dev.schemadesigner.review;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.IdentifierException;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a bounded sample of each table of a live database — at most {@link #MAX_ROWS} rows, in
 * primary key order so the same data gives the same sample — and measures functional dependencies
 * on it ({@link DependencyAnalysis}). Only SELECTs run, each with a query timeout; identifiers go
 * through the dialect's {@code quote}. Binary and JSON columns are not compared; long values are
 * compared by a digest. A table that cannot be read is left out with a warning.
 */
public final class DataSample {
    public static final int MAX_ROWS = 1000;
    public static final int MIN_ROWS = 20;
    public static final int MIN_DISTINCT = 5;
    static final int MAX_COLUMNS = 64;
    static final int QUERY_TIMEOUT_SECONDS = 10;
    private static final int LONG_VALUE = 256;

    private DataSample() {}

    /**
     * @param schemaName the PostgreSQL schema or MariaDB database the tables are in; ignored for SQLite
     */
    public static MeasuredDependencies measure(Connection connection, String schemaName, Schema schema, Dialect dialect) {
        List<TableSample> samples = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Table table : schema.tables()) {
            try {
                sample(connection, schemaName, table, dialect).ifPresent(samples::add);
            } catch (SQLException | IdentifierException e) {
                warnings.add("could not sample " + table.name() + ": " + e.getMessage());
                recover(connection);
            }
        }
        return MeasuredDependencies.of(samples, warnings);
    }

    private static Optional<TableSample> sample(Connection connection, String schemaName, Table table, Dialect dialect) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> key = table.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        columns.addAll(key);
        for (Column c : table.columns()) {
            if (columns.size() >= MAX_COLUMNS) break;
            if (!columns.contains(c.name()) && comparable(c.type())) columns.add(c.name());
        }
        if (columns.size() < 2) return Optional.empty();
        String sql = select(schemaName, table.name(), columns, key, dialect);
        List<String[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            s.setMaxRows(MAX_ROWS);
            s.setFetchSize(MAX_ROWS);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next() && rows.size() < MAX_ROWS) {
                    String[] row = new String[columns.size()];
                    for (int i = 0; i < row.length; i++) row[i] = value(rs.getString(i + 1));
                    rows.add(row);
                }
            }
        }
        return Optional.of(DependencyAnalysis.analyse(table, columns, rows));
    }

    static String select(String schemaName, String table, List<String> columns, List<String> key, Dialect dialect) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) sql.append(i == 0 ? "" : ", ").append(dialect.quote(columns.get(i)));
        sql.append(" FROM ");
        if (schemaName != null && !schemaName.isBlank() && !dialect.name().equals("sqlite")) sql.append(dialect.quote(schemaName)).append('.');
        sql.append(dialect.quote(table));
        if (!key.isEmpty()) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < key.size(); i++) sql.append(i == 0 ? "" : ", ").append(dialect.quote(key.get(i)));
        }
        return sql.append(" LIMIT ").append(MAX_ROWS).toString();
    }

    private static boolean comparable(LogicalType type) {
        return !(type instanceof LogicalType.Binary) && !(type instanceof LogicalType.Json);
    }

    /** Long values are kept as length, hash and prefix: enough to tell values apart, bounded in memory. */
    private static String value(String raw) {
        if (raw == null || raw.length() <= LONG_VALUE) return raw;
        return "\u0002" + raw.length() + ":" + raw.hashCode() + ":" + raw.substring(0, 64);
    }

    /** After a failed SELECT inside a transaction (PostgreSQL aborts it), roll back so the next table can be read. */
    private static void recover(Connection connection) {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
        } catch (SQLException ignored) {
            // the next table reports its own failure
        }
    }
}
