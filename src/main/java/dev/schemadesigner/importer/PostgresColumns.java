package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the tables of one PostgreSQL schema, read in one query: type from {@code format_type}, enums by type name,
 * identity from {@code attidentity} or a {@code nextval} default (serial), defaults through
 * {@link ColumnDefaults#parsePostgres}.
 */
final class PostgresColumns {
    private PostgresColumns() {}

    private static final String COLUMNS = """
            SELECT a.attrelid, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type_name, a.attnotnull, a.attidentity,
                   a.attgenerated, pg_get_expr(d.adbin, d.adrelid, true) AS default_sql, col_description(a.attrelid, a.attnum) AS comment,
                   t.typtype, t.typname, tn.nspname AS type_schema,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS domain_base
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    /** The columns of every table of a schema, by table oid, with the names index keys refer to by attnum. */
    record SchemaColumns(Map<Long, List<Column>> columns, Map<Long, Map<Integer, String>> namesByAttnum,
                         Map<Long, IllegalArgumentException> refused) {
        /** The table's columns; fails as the model did when one of them cannot be held (the table is then left out). */
        List<Column> of(long table) {
            IllegalArgumentException refusal = refused.get(table);
            if (refusal != null) throw refusal;
            return columns.getOrDefault(table, List.of());
        }

        Map<Integer, String> names(long table) { return namesByAttnum.getOrDefault(table, Map.of()); }
    }

    /** Reads the columns of all tables of {@code schemaName} in one query; warnings go to the list of their table. */
    static SchemaColumns read(Connection connection, String schemaName, Map<Long, List<String>> warningsByTable) throws SQLException {
        Map<Long, List<Column>> columns = new HashMap<>();
        Map<Long, Map<Integer, String>> names = new HashMap<>();
        Map<Long, IllegalArgumentException> refused = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long table = rs.getLong("attrelid");
                    String name = rs.getString("attname");
                    names.computeIfAbsent(table, k -> new LinkedHashMap<>()).put(rs.getInt("attnum"), name);
                    List<String> warnings = warningsByTable.computeIfAbsent(table, k -> new ArrayList<>());
                    try {
                        columns.computeIfAbsent(table, k -> new ArrayList<>())
                                .add(column(rs, schemaName, "table " + rs.getString("relname") + ": column " + name, warnings));
                    } catch (IllegalArgumentException e) {
                        refused.putIfAbsent(table, e);
                    }
                }
            }
        }
        return new SchemaColumns(columns, names, refused);
    }

    private static Column column(ResultSet rs, String schemaName, String where, List<String> warnings) throws SQLException {
        String name = rs.getString("attname");
        LogicalType type = type(rs, schemaName, where, warnings);
        boolean nullable = !rs.getBoolean("attnotnull");
        boolean identity = !rs.getString("attidentity").isEmpty();
        Optional<DefaultValue> defaultValue = Optional.empty();
        String defaultSql = rs.getString("default_sql");
        if (!rs.getString("attgenerated").isEmpty()) {
            warnings.add(where + ": generated column (" + defaultSql + ") read as a plain column");
        } else if (defaultSql != null) {
            if (defaultSql.startsWith("nextval(") && type.isInteger() && !nullable) identity = true;
            else defaultValue = ColumnDefaults.parsePostgres(defaultSql, type);
        }
        if (identity && (!type.isInteger() || nullable)) {
            warnings.add(where + ": identity on a " + (nullable ? "nullable " : "") + type.describe() + " column read as no identity");
            identity = false;
        }
        return new Column(name, type, nullable, defaultValue, identity, Optional.ofNullable(rs.getString("comment")));
    }

    private static LogicalType type(ResultSet rs, String schemaName, String where, List<String> warnings) throws SQLException {
        String typtype = rs.getString("typtype");
        if (typtype.equals("e")) {
            if (!rs.getString("type_schema").equals(schemaName)) {
                warnings.add(where + ": enum type " + rs.getString("type_schema") + "." + rs.getString("typname")
                        + " belongs to another schema; its values are not imported");
            }
            return LogicalType.enumOf(rs.getString("typname"));
        }
        if (typtype.equals("d")) {
            warnings.add(where + ": domain " + rs.getString("typname") + " read as its base type " + rs.getString("domain_base"));
            return DeclaredTypes.map(rs.getString("domain_base"), where, warnings);
        }
        return DeclaredTypes.map(rs.getString("type_name"), where, warnings);
    }
}
