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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SQLite 3 from the pragma functions {@code table_info / index_list / index_xinfo / foreign_key_list} and the
 * stored SQL in {@code sqlite_master} (names, CHECK bodies, index expressions, partial predicates).
 * Tables come in {@code sqlite_master} order, which is creation order. Constraints the text leaves
 * unnamed get a {@code ck_/uq_/fk_<table>_…} name and a warning. Comments and enum types do not
 * exist in SQLite; an enum comes back as its string column and CHECK, as the stored form says.
 */
public final class SqliteIntrospector implements DatabaseIntrospector {

    // each pragma read once for the whole database through its table-valued function joined over
    // sqlite_master, grouped by table in Java, instead of one PRAGMA statement per table and index (audit H3)
    private static final String TABLES_WITH_PRAGMAS = "FROM sqlite_master m JOIN %s WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%%' "
            + "AND m.sql NOT LIKE 'CREATE VIRTUAL%%' ORDER BY m.rowid, %s";
    private static final String TABLE_INFO = "SELECT m.name AS tbl, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
            + TABLES_WITH_PRAGMAS.formatted("pragma_table_info(m.name) p", "p.cid");
    private static final String INDEX_KEYS = "SELECT m.name AS tbl, il.seq, il.name AS index_name, il.\"unique\", il.origin, "
            + "x.cid, x.name AS column_name, x.\"key\" "
            + TABLES_WITH_PRAGMAS.formatted("pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) x", "il.seq DESC, x.seqno");
    private static final String FOREIGN_KEYS = "SELECT m.name AS tbl, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
            + TABLES_WITH_PRAGMAS.formatted("pragma_foreign_key_list(m.name) f", "f.id DESC, f.seq");

    /** The pragma rows of a whole database, each list keyed by table name, every row without its table column. */
    private record Catalogue(Map<String, List<String[]>> columns, Map<String, List<String[]>> indexKeys,
                             Map<String, List<String[]>> foreignKeys, Map<String, String> indexSql,
                             Map<String, List<String>> primaryKeys) {
        static List<String[]> of(Map<String, List<String[]>> rows, String table) { return rows.getOrDefault(table, List.of()); }
    }

    @Override
    public IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException {
        List<String> warnings = new ArrayList<>();
        Map<String, String> tableSql = new LinkedHashMap<>();
        Map<String, String> indexSql = new HashMap<>();
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
                } else if (sql != null) {
                    indexSql.put(rs.getString("name"), sql);
                }
            }
        }
        Map<String, List<String[]>> columns = byTable(rows(connection, TABLE_INFO, "tbl", "name", "type", "notnull", "dflt_value", "pk"));
        // a foreign key naming no columns refers to the primary key; table names match case-insensitively there
        Map<String, List<String>> primaryKeys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String[]>> e : columns.entrySet()) primaryKeys.putIfAbsent(e.getKey(), primaryKey(e.getValue()));
        Catalogue catalogue = new Catalogue(columns,
                byTable(rows(connection, INDEX_KEYS, "tbl", "seq", "index_name", "unique", "origin", "cid", "column_name", "key")),
                byTable(rows(connection, FOREIGN_KEYS, "tbl", "id", "table", "from", "to", "on_update", "on_delete")),
                indexSql, primaryKeys);
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> e : tableSql.entrySet()) {
            IntrospectedTables.orSkip(e.getKey(), warnings, () -> table(catalogue, e.getKey(), e.getValue(), warnings)).ifPresent(tables::add);
        }
        return new IntrospectionResult(new Schema(tables, List.of()), warnings);
    }

    private static Table table(Catalogue catalogue, String name, String sql, List<String> warnings) {
        SqliteSchemaText.TableText text = SqliteSchemaText.table(sql);
        List<String[]> info = Catalogue.of(catalogue.columns(), name);
        List<String> pk = primaryKey(info);
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
        Map<String, List<String[]>> indexes = byFirstTwo(Catalogue.of(catalogue.indexKeys(), name));
        return new Table(name, columns, pk.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(pk)),
                foreignKeys(catalogue, name, text, warnings), indexes(catalogue, indexes),
                checks(name, text, warnings), uniques(name, indexes, text, warnings), List.of(), Optional.empty());
    }

    private static List<String> primaryKey(List<String[]> tableInfo) {
        TreeMap<Integer, String> pkByPosition = new TreeMap<>();
        for (String[] row : tableInfo) if (Integer.parseInt(row[4]) > 0) pkByPosition.put(Integer.parseInt(row[4]), row[0]);
        return List.copyOf(pkByPosition.values());
    }

    private static List<ForeignKey> foreignKeys(Catalogue catalogue, String table, SqliteSchemaText.TableText text, List<String> warnings) {
        // foreign_key_list numbers the keys in reverse declaration order; the query sorts them back
        Map<String, List<String[]>> byId = byFirst(Catalogue.of(catalogue.foreignKeys(), table));
        List<SqliteSchemaText.NamedForeignKey> declared = new ArrayList<>(text.foreignKeys());
        List<ForeignKey> fks = new ArrayList<>();
        for (List<String[]> rows : byId.values()) {
            String referenced = rows.get(0)[0];
            List<String> columns = rows.stream().map(r -> r[1]).toList();
            List<String> referencedColumns = rows.stream().map(r -> r[2]).toList();
            if (referencedColumns.stream().anyMatch(c -> c == null)) referencedColumns = catalogue.primaryKeys().getOrDefault(referenced, List.of());
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
                    FkAction.parse(rows.get(0)[4]), FkAction.parse(rows.get(0)[3])));
        }
        return fks;
    }

    /**
     * @param keysByIndex index name → its xinfo rows ({@code unique, origin, cid, column name, key}), indexes in
     *                    declaration order (index_list numbers them in reverse)
     */
    private static List<Index> indexes(Catalogue catalogue, Map<String, List<String[]>> keysByIndex) {
        List<Index> indexes = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : keysByIndex.entrySet()) {
            String indexName = e.getKey();
            List<String[]> rows = e.getValue();
            if (!rows.get(0)[1].equals("c") || indexName.startsWith("sqlite_autoindex_")) continue;
            SqliteSchemaText.IndexText text = SqliteSchemaText.index(catalogue.indexSql().getOrDefault(indexName, ""));
            List<IndexKey> keys = new ArrayList<>();
            int position = 0;
            for (String[] key : rows) {
                if (!key[4].equals("1")) continue;
                if (key[2].equals("-2")) keys.add(IndexKey.expression(position < text.keys().size() ? text.keys().get(position) : "?"));
                else keys.add(IndexKey.column(key[3]));
                position++;
            }
            indexes.add(new Index(indexName, keys, rows.get(0)[0].equals("1"), text.where(), List.of(), Optional.empty()));
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

    private static List<Unique> uniques(String table, Map<String, List<String[]>> keysByIndex, SqliteSchemaText.TableText text,
                                        List<String> warnings) {
        List<SqliteSchemaText.NamedUnique> declared = new ArrayList<>(text.uniques());
        List<Unique> uniques = new ArrayList<>();
        for (List<String[]> rows : keysByIndex.values()) {
            if (!rows.get(0)[1].equals("u")) continue;
            List<String> columns = rows.stream().filter(r -> r[4].equals("1")).map(r -> r[3]).toList();
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

    /** Rows grouped by their first column, in order of appearance, without it. */
    private static Map<String, List<String[]>> byFirst(List<String[]> rows) {
        Map<String, List<String[]>> grouped = new LinkedHashMap<>();
        for (String[] row : rows) grouped.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Arrays.copyOfRange(row, 1, row.length));
        return grouped;
    }

    private static Map<String, List<String[]>> byTable(List<String[]> rows) { return byFirst(rows); }

    /** Index rows ({@code seq, name, …}) grouped by index name, without the two. */
    private static Map<String, List<String[]>> byFirstTwo(List<String[]> rows) {
        Map<String, List<String[]>> grouped = new LinkedHashMap<>();
        for (String[] row : rows) grouped.computeIfAbsent(row[1], k -> new ArrayList<>()).add(Arrays.copyOfRange(row, 2, row.length));
        return grouped;
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

}
