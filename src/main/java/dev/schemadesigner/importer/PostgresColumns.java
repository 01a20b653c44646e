package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one PostgreSQL table: type from {@code format_type}, enums by type name,
 * identity from {@code attidentity} or a {@code nextval} default (serial), defaults through
 * {@link ColumnDefaults#parsePostgres}.
 */
final class PostgresColumns {
    private PostgresColumns() {}

    private static final String COLUMNS = """
            SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type_name, a.attnotnull, a.attidentity,
                   a.attgenerated, pg_get_expr(d.adbin, d.adrelid, true) AS default_sql, col_description(a.attrelid, a.attnum) AS comment,
                   t.typtype, t.typname, tn.nspname AS type_schema,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS domain_base
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";

    /** Reads the columns and fills {@code namesByAttnum}, which index keys refer to. */
    static List<Column> read(Connection connection, String schemaName, long tableOid, String table,
                             Map<Integer, String> namesByAttnum, List<String> warnings) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setLong(1, tableOid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("attname");
                    namesByAttnum.put(rs.getInt("attnum"), name);
                    columns.add(column(rs, schemaName, "table " + table + ": column " + name, warnings));
                }
            }
        }
        return columns;
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
