package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

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
 * PostgreSQL 15+ from {@code pg_catalog}: tables in creation order (by oid), columns by attnum,
 * constraints and indexes in creation order, enum types of the schema in {@code enumsortorder}.
 * Expressions come from {@code pg_get_constraintdef / pg_get_indexdef / pg_get_expr} with
 * pretty-printing on; indexes backing a primary key, unique or exclusion constraint are left out.
 */
public final class PostgresIntrospector implements DatabaseIntrospector {

    private static final String TABLES = """
            SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.oid""";

    // constraints and indexes of the whole schema, one query each, grouped by table in Java: a query per
    // table per kind made a verification step cost three round trips per table (audit H3)
    private static final String TABLE_OIDS = """
            SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition""";

    private static final String CONSTRAINTS = """
            SELECT con.conrelid, tc.relname AS table_name, con.conname, con.contype, fc.relname AS ref_table, con.confdeltype, con.confupdtype,
                   pg_get_constraintdef(con.oid, true) AS definition,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_cols
            FROM pg_constraint con JOIN pg_class tc ON tc.oid = con.conrelid LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            WHERE con.conrelid IN (""" + TABLE_OIDS + """
            )
            ORDER BY con.oid""";

    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indnkeyatts, i.indkey::text AS indkey, am.amname,
                   pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k ORDER BY k) AS keydefs
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
            WHERE i.indrelid IN (""" + TABLE_OIDS + """
            )
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                              WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
            ORDER BY ic.oid""";

    private static final String ENUMS = """
            SELECT t.typname, e.enumlabel
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE n.nspname = ?
            ORDER BY t.oid, e.enumsortorder""";

    private record TableRow(long oid, String name, Optional<String> comment) {}

    @Override
    public IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException {
        List<TableRow> tableRows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(TABLES)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tableRows.add(new TableRow(rs.getLong("oid"), rs.getString("relname"), Optional.ofNullable(rs.getString("comment"))));
                }
            }
        }
        // warnings per table, so they come out table by table as they did when each table was read on its own
        Map<Long, List<String>> warningsByTable = new HashMap<>();
        PostgresColumns.SchemaColumns columns = PostgresColumns.read(connection, schemaName, warningsByTable);
        Map<Long, TableConstraints> constraints = constraints(connection, schemaName, warningsByTable);
        Map<Long, List<Index>> indexes = indexes(connection, schemaName, columns, warningsByTable);
        List<Table> tables = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (TableRow t : tableRows) {
            TableConstraints c = constraints.getOrDefault(t.oid(), new TableConstraints());
            IntrospectedTables.orSkip(t.name(), warnings, () -> {
                if (c.refused.isPresent()) throw c.refused.get();
                return new Table(t.name(), columns.of(t.oid()), c.primaryKey, c.foreignKeys,
                    indexes.getOrDefault(t.oid(), List.of()), c.checks, c.uniques, List.of(), t.comment());
            }).ifPresent(tables::add);
            warnings.addAll(warningsByTable.getOrDefault(t.oid(), List.of()));
        }
        return new IntrospectionResult(new Schema(tables, enums(connection, schemaName)), warnings);
    }

    /** What {@code pg_constraint} says about one table, filled row by row. */
    private static final class TableConstraints {
        Optional<PrimaryKey> primaryKey = Optional.empty();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<Unique> uniques = new ArrayList<>();
        /** A constraint the model cannot hold (an odd name): the table is left out, as for an odd column. */
        Optional<IllegalArgumentException> refused = Optional.empty();
    }

    private static Map<Long, TableConstraints> constraints(Connection connection, String schemaName,
                                                          Map<Long, List<String>> warningsByTable) throws SQLException {
        Map<Long, TableConstraints> byTable = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(CONSTRAINTS)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long table = rs.getLong("conrelid");
                    TableConstraints t = byTable.computeIfAbsent(table, k -> new TableConstraints());
                    String conname = rs.getString("conname");
                    List<String> cols = strings(rs, "cols");
                    try {
                        switch (rs.getString("contype")) {
                            case "p" -> t.primaryKey = Optional.of(new PrimaryKey(cols));
                            case "u" -> t.uniques.add(new Unique(conname, cols));
                            case "f" -> t.foreignKeys.add(new ForeignKey(conname, cols, rs.getString("ref_table"), strings(rs, "ref_cols"),
                                    action(rs.getString("confdeltype")), action(rs.getString("confupdtype"))));
                            case "c" -> t.checks.add(new Check(conname, checkBody(rs.getString("definition"))));
                            default -> warningsByTable.computeIfAbsent(table, k -> new ArrayList<>()).add("table " + rs.getString("table_name")
                                    + ": constraint " + conname + " (" + rs.getString("definition") + ") has no place in the model and was left out");
                        }
                    } catch (IllegalArgumentException e) {
                        if (t.refused.isEmpty()) t.refused = Optional.of(e);
                    }
                }
            }
        }
        return byTable;
    }

    private static Map<Long, List<Index>> indexes(Connection connection, String schemaName, PostgresColumns.SchemaColumns columns,
                                                  Map<Long, List<String>> warningsByTable) throws SQLException {
        Map<Long, List<Index>> indexes = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long table = rs.getLong("indrelid");
                    Map<Integer, String> columnNames = columns.names(table);
                    String[] attnums = rs.getString("indkey").trim().split("\\s+");
                    List<String> definitions = strings(rs, "keydefs");
                    int keyCount = rs.getInt("indnkeyatts");
                    List<IndexKey> keys = new ArrayList<>();
                    List<String> include = new ArrayList<>();
                    for (int k = 0; k < definitions.size(); k++) {
                        int attnum = Integer.parseInt(attnums[k]);
                        String column = attnum == 0 ? null : columnNames.get(attnum);
                        if (k >= keyCount) include.add(column == null ? definitions.get(k) : column);
                        else keys.add(column == null ? IndexKey.expression(definitions.get(k)) : IndexKey.column(column));
                    }
                    try {
                        indexes.computeIfAbsent(table, k -> new ArrayList<>()).add(new Index(rs.getString("relname"), keys, rs.getBoolean("indisunique"),
                                Optional.ofNullable(rs.getString("predicate")), include, Optional.of(rs.getString("amname"))));
                    } catch (IllegalArgumentException notModelled) {
                        // e.g. pgvector's hnsw: the rest of the table is still reviewed
                        warningsByTable.computeIfAbsent(table, k -> new ArrayList<>()).add("index " + rs.getString("relname")
                                + " has no place in the model and was left out: " + notModelled.getMessage());
                    }
                }
            }
        }
        return indexes;
    }

    private static List<EnumType> enums(Connection connection, String schemaName) throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(ENUMS)) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) values.computeIfAbsent(rs.getString("typname"), k -> new ArrayList<>()).add(rs.getString("enumlabel"));
            }
        }
        return values.entrySet().stream().map(e -> new EnumType(e.getKey(), e.getValue())).toList();
    }

    /** {@code CHECK ((a > 0)) NOT VALID} → {@code (a > 0)}: the text between the wrapper's parentheses. */
    static String checkBody(String definition) {
        String body = definition.trim();
        if (body.endsWith(" NOT VALID")) body = body.substring(0, body.length() - " NOT VALID".length()).trim();
        if (body.endsWith(" NO INHERIT")) body = body.substring(0, body.length() - " NO INHERIT".length()).trim();
        if (body.startsWith("CHECK ")) body = body.substring("CHECK ".length()).trim();
        return ColumnDefaults.withoutOuterParentheses(body);
    }

    private static FkAction action(String code) {
        return switch (code) {
            case "r" -> FkAction.RESTRICT;
            case "c" -> FkAction.CASCADE;
            case "n" -> FkAction.SET_NULL;
            case "d" -> FkAction.SET_DEFAULT;
            default -> FkAction.NO_ACTION;
        };
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) return List.of();
        return List.of((String[]) array.getArray());
    }
}
