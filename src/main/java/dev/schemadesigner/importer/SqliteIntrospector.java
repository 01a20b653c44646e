package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SQLite 3 from {@code PRAGMA table_info / index_list / index_xinfo / foreign_key_list} and the
 * stored SQL in {@code sqlite_master} (names, CHECK bodies, index expressions, partial predicates).
 * Tables come in {@code sqlite_master} order, which is creation order. Constraints the text leaves
 * unnamed get a {@code ck_/uq_/fk_<table>_…} name and a warning. Comments and enum types do not
 * exist in SQLite; an enum comes back as its string column and CHECK, as the stored form says.
 */
public final class SqliteIntrospector implements DatabaseIntrospector {

    @Override
    public IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException {
        List<String> warnings = new ArrayList<>();
        Map<String, String> tableSql = new LinkedHashMap<>();
        Map<String, List<String>> indexSql = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master "
                     + "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rs.next()) {
                String sql = rs.getString("sql");
                if (rs.getString("type").equals("table")) {
                    if (sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, 14)) {
                        warnings.add("virtual table " + rs.getString("name") + " left out");
                    } else {
                        tableSql.put(rs.getString("name"), sql);
                    }
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> e : tableSql.entrySet()) {
            IntrospectedTables.orSkip(e.getKey(), warnings, () -> table(connection, e.getKey(), e.getValue(), warnings)).ifPresent(tables::add);
        }
        return new IntrospectionResult(new Schema(tables, List.of()), warnings);
    }

    private static Table table(Connection connection, String name, String sql, List<String> warnings) throws SQLException {
        SqliteSchemaText.TableText text = SqliteSchemaText.table(sql);
        List<String[]> info = rows(connection, "PRAGMA table_info(" + quote(name) + ")", "name", "type", "notnull", "dflt_value", "pk");
        TreeMap<Integer, String> pkByPosition = new TreeMap<>();
        for (String[] row : info) if (Integer.parseInt(row[4]) > 0) pkByPosition.put(Integer.parseInt(row[4]), row[0]);
        List<String> pk = List.copyOf(pkByPosition.values());
        // only a rowid table's single INTEGER PRIMARY KEY is the rowid alias
        boolean withoutRowid = sql.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").matches("(?s).*\\)\\s*WITHOUT ROWID.*");
        List<Column> columns = new ArrayList<>();
        for (String[] row : info) {
            String where = "table " + name + ": column " + row[0];
            LogicalType type = DeclaredTypes.map(row[1], where, warnings);
            boolean identity = pk.size() == 1 && pk.get(0).equals(row[0]) && row[1].trim().equalsIgnoreCase("INTEGER") && !withoutRowid;
            boolean nullable = !row[2].equals("1") && !pk.contains(row[0]);
            Optional<DefaultValue> defaultValue = row[3] == null ? Optional.empty() : ColumnDefaults.parse(row[3], type);
            columns.add(new Column(row[0], type, nullable, defaultValue, identity, Optional.empty()));
        }
        return new Table(name, columns, pk.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(pk)),
                foreignKeys(connection, name, text, warnings), indexes(connection, name, warnings),
                checks(name, text, warnings), uniques(connection, name, text, warnings), List.of(), Optional.empty());
    }

    private static List<ForeignKey> foreignKeys(Connection connection, String table, SqliteSchemaText.TableText text,
                                                List<String> warnings) throws SQLException {
        // foreign_key_list numbers the keys in reverse declaration order
        TreeMap<Integer, List<String[]>> byId = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (String[] row : rows(connection, "PRAGMA foreign_key_list(" + quote(table) + ")", "id", "table", "from", "to", "on_update", "on_delete")) {
            byId.computeIfAbsent(Integer.parseInt(row[0]), k -> new ArrayList<>()).add(row);
        }
        List<SqliteSchemaText.NamedForeignKey> declared = new ArrayList<>(text.foreignKeys());
        List<ForeignKey> fks = new ArrayList<>();
        for (List<String[]> rows : byId.values()) {
            String referenced = rows.get(0)[1];
            List<String> columns = rows.stream().map(r -> r[2]).toList();
            List<String> referencedColumns = rows.stream().map(r -> r[3]).toList();
            if (referencedColumns.stream().anyMatch(c -> c == null)) referencedColumns = primaryKeyOf(connection, referenced);
            Optional<String> name = Optional.empty();
            for (SqliteSchemaText.NamedForeignKey d : declared) {
                if (d.columns().equals(columns) && d.referencedTable().equalsIgnoreCase(referenced)) {
                    name = d.name();
                    declared.remove(d);
                    break;
                }
            }
            String fkName = name.orElseGet(() -> synthetic(warnings, table, "foreign key", "fk_" + table + "_" + String.join("_", columns)));
            fks.add(new ForeignKey(fkName, columns, referenced, referencedColumns,
                    FkAction.parse(rows.get(0)[5]), FkAction.parse(rows.get(0)[4])));
        }
        return fks;
    }

    private static List<Index> indexes(Connection connection, String table, List<String> warnings) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        List<String[]> list = rows(connection, "PRAGMA index_list(" + quote(table) + ")", "seq", "name", "unique", "origin");
        list.sort(java.util.Comparator.comparingInt((String[] r) -> Integer.parseInt(r[0])).reversed());
        for (String[] row : list) {
            if (!row[3].equals("c") || row[1].startsWith("sqlite_autoindex_")) continue;
            String sql = single(connection, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '" + row[1].replace("'", "''") + "'");
            SqliteSchemaText.IndexText text = SqliteSchemaText.index(sql);
            List<IndexKey> keys = new ArrayList<>();
            int position = 0;
            for (String[] key : rows(connection, "PRAGMA index_xinfo(" + quote(row[1]) + ")", "seqno", "cid", "name", "key")) {
                if (!key[3].equals("1")) continue;
                if (key[1].equals("-2")) keys.add(IndexKey.expression(position < text.keys().size() ? text.keys().get(position) : "?"));
                else keys.add(IndexKey.column(key[2]));
                position++;
            }
            indexes.add(new Index(row[1], keys, row[2].equals("1"), text.where(), List.of(), Optional.empty()));
        }
        return indexes;
    }

    private static List<Check> checks(String table, SqliteSchemaText.TableText text, List<String> warnings) {
        List<Check> checks = new ArrayList<>();
        int n = 0;
        for (SqliteSchemaText.NamedCheck c : text.checks()) {
            n++;
            int number = n;
            checks.add(new Check(c.name().orElseGet(() -> synthetic(warnings, table, "check", "ck_" + table + "_" + number)), c.expression()));
        }
        return checks;
    }

    private static List<Unique> uniques(Connection connection, String table, SqliteSchemaText.TableText text, List<String> warnings)
            throws SQLException {
        List<SqliteSchemaText.NamedUnique> declared = new ArrayList<>(text.uniques());
        List<Unique> uniques = new ArrayList<>();
        List<String[]> list = rows(connection, "PRAGMA index_list(" + quote(table) + ")", "seq", "name", "unique", "origin");
        list.sort(java.util.Comparator.comparingInt((String[] r) -> Integer.parseInt(r[0])).reversed());
        for (String[] row : list) {
            if (!row[3].equals("u")) continue;
            List<String> columns = rows(connection, "PRAGMA index_info(" + quote(row[1]) + ")", "name").stream().map(r -> r[0]).toList();
            Optional<String> name = Optional.empty();
            for (SqliteSchemaText.NamedUnique d : declared) {
                if (d.columns().equals(columns)) {
                    name = d.name();
                    declared.remove(d);
                    break;
                }
            }
            uniques.add(new Unique(name.orElseGet(() -> synthetic(warnings, table, "unique constraint", "uq_" + table + "_" + String.join("_", columns))), columns));
        }
        return uniques;
    }

    private static String synthetic(List<String> warnings, String table, String what, String name) {
        warnings.add("table " + table + ": unnamed " + what + " named " + name);
        return name;
    }

    private static List<String> primaryKeyOf(Connection connection, String table) throws SQLException {
        TreeMap<Integer, String> pk = new TreeMap<>();
        for (String[] row : rows(connection, "PRAGMA table_info(" + quote(table) + ")", "name", "pk")) {
            if (Integer.parseInt(row[1]) > 0) pk.put(Integer.parseInt(row[1]), row[0]);
        }
        return List.copyOf(pk.values());
    }

    private static List<String[]> rows(Connection connection, String sql, String... columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String[] row = new String[columns.length];
                for (int i = 0; i < columns.length; i++) row[i] = rs.getString(columns[i]);
                rows.add(row);
            }
        }
        return rows;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static String quote(String identifier) { return "\"" + identifier.replace("\"", "\"\"") + "\""; }
}
