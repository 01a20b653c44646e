package dev.schemadesigner.verify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a throw-away, however big. PostgreSQL's {@code DROP SCHEMA … CASCADE} takes a lock per
 * object in one transaction and fails with "out of shared memory" once a schema holds a few thousand
 * tables (the lock table is {@code max_locks_per_transaction} × connections, 64 × 100 by default;
 * audit H4, 8.8); then the tables go in batches, each its own transaction, and the schema after them.
 */
final class ThrowawayDrop {
    private ThrowawayDrop() {}

    private static final Logger LOG = LoggerFactory.getLogger(ThrowawayDrop.class);

    /** Tables per DROP TABLE: each takes a handful of locks (table, indexes, sequences, toast), well under 64 × 100. */
    static final int TABLES_PER_BATCH = 100;

    private static final String TABLES = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.oid""";

    /** Drops {@code name} through {@code admin}, which must not be in a transaction; nothing happens if it is gone already. */
    static void drop(ThrowawayDatabase.Kind kind, Connection admin, String name) throws SQLException {
        if (!ThrowawayNames.isThrowaway(name)) throw new IllegalArgumentException("not a throw-away name: " + name);
        switch (kind) {
            case POSTGRESQL -> dropPostgresSchema(admin, name);
            case MARIADB -> execute(admin, "DROP DATABASE IF EXISTS " + name);
            case SQLITE -> { } // in memory: gone with its connection
        }
    }

    private static void dropPostgresSchema(Connection admin, String name) throws SQLException {
        String cascade = "DROP SCHEMA IF EXISTS " + name + " CASCADE";
        try {
            execute(admin, cascade);
        } catch (SQLException tooManyLocks) {
            LOG.info("{} failed ({}); dropping its tables in batches of {}", cascade, tooManyLocks.getMessage(), TABLES_PER_BATCH);
            try {
                dropTablesInBatches(admin, name);
                execute(admin, cascade);
            } catch (SQLException e) {
                e.addSuppressed(tooManyLocks);
                throw e;
            }
        }
    }

    private static void dropTablesInBatches(Connection admin, String schema) throws SQLException {
        admin.setAutoCommit(true);
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement(TABLES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tables.add(rs.getString(1));
            }
        }
        for (int from = 0; from < tables.size(); from += TABLES_PER_BATCH) {
            List<String> batch = tables.subList(from, Math.min(tables.size(), from + TABLES_PER_BATCH));
            // CASCADE reaches foreign keys of tables in later batches; IF EXISTS covers a table an earlier batch took along
            StringBuilder sql = new StringBuilder("DROP TABLE IF EXISTS ");
            for (int i = 0; i < batch.size(); i++) sql.append(i == 0 ? "" : ", ").append(schema).append('.').append(quote(batch.get(i)));
            execute(admin, sql.append(" CASCADE").toString());
        }
    }

    private static void execute(Connection admin, String sql) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    private static String quote(String identifier) { return "\"" + identifier.replace("\"", "\"\"") + "\""; }
}
