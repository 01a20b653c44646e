package dev.schemadesigner.dialect;

import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What a throw-away database holds, read with plain JDBC metadata and queries. */
final class DatabaseState {
    private final ThrowawayDatabase db;

    DatabaseState(ThrowawayDatabase db) { this.db = db; }

    private String catalog() { return db.kind() == ThrowawayDatabase.Kind.MARIADB ? db.name() : null; }

    private String schema() { return db.kind() == ThrowawayDatabase.Kind.POSTGRESQL ? db.name() : null; }

    private DatabaseMetaData meta() throws SQLException { return db.connection().getMetaData(); }

    Set<String> tables() throws SQLException {
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = meta().getTables(catalog(), schema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_")) out.add(name);
            }
        }
        return out;
    }

    List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = meta().getColumns(catalog(), schema(), table, "%")) {
            while (rs.next()) out.add(rs.getString("COLUMN_NAME"));
        }
        return out;
    }

    /** Index names, without the primary key's and SQLite's automatic ones. */
    Set<String> indexes(String table) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = meta().getIndexInfo(catalog(), schema(), table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || name.equals("PRIMARY") || name.endsWith("_pkey") || name.startsWith("sqlite_autoindex_")) continue;
                out.add(name);
            }
        }
        return out;
    }

    Set<String> foreignKeys(String table) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (ResultSet rs = meta().getImportedKeys(catalog(), schema(), table)) {
            while (rs.next()) out.add(rs.getString("FK_NAME"));
        }
        return out;
    }

    /** Foreign key name → "ON DELETE x ON UPDATE y", as the JDBC driver reports the rules. */
    java.util.Map<String, String> foreignKeyRules(String table) throws SQLException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (ResultSet rs = meta().getImportedKeys(catalog(), schema(), table)) {
            while (rs.next()) out.put(rs.getString("FK_NAME"), "ON DELETE " + rule(rs.getShort("DELETE_RULE")) + " ON UPDATE " + rule(rs.getShort("UPDATE_RULE")));
        }
        return out;
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    long count(String table) throws SQLException {
        String quoted = db.kind() == ThrowawayDatabase.Kind.MARIADB ? "`" + table + "`" : "\"" + table + "\"";
        try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quoted)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String string(String sql) throws SQLException {
        try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** PostgreSQL reports the index behind a unique constraint under the constraint's name; SQLite names it sqlite_autoindex_…. */
    boolean listsUniqueConstraintIndexes() { return db.kind() == ThrowawayDatabase.Kind.POSTGRESQL; }

    boolean foreignKeysEnforced() throws SQLException {
        return db.kind() != ThrowawayDatabase.Kind.SQLITE || "1".equals(string("PRAGMA foreign_keys"));
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
