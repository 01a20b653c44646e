package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MariaDB 10.11 (and MySQL) from {@code information_schema}. Tables come by name, in code-point order (the
 * catalog keeps no creation order finer than a second). Unique constraints are unique indexes
 * there, so they come back as {@link Index}es; a {@code LONGTEXT} column with MariaDB's
 * {@code json_valid} check is {@code Json}; each ENUM column gets its own {@code <table>_<column>}
 * enum type; expression index keys, prefix lengths and FULLTEXT/SPATIAL are not in the stored form,
 * nor is the index MariaDB creates for a foreign key under the key's own name.
 */
public final class MariaDbIntrospector implements DatabaseIntrospector {

    private final boolean quotedDefaults;

    /** @param quotedDefaults true for MariaDB ≥ 10.2.7, which prints string defaults quoted; false for MySQL */
    public MariaDbIntrospector(boolean quotedDefaults) { this.quotedDefaults = quotedDefaults; }

    private static final String TABLES = "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
    // one query per catalogue view for the whole database, each filtered by the schema with a constant
    // (which MariaDB uses to open only that database's tables), grouped by table in Java: the per-table
    // queries and the unfiltered REFERENTIAL_CONSTRAINTS join made introspection O(tables²) (audit H3, 8.7)
    private static final String COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT "
            + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String STATISTICS = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, INDEX_TYPE, SUB_PART "
            + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, SEQ_IN_INDEX";
    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE
            FROM information_schema.KEY_COLUMN_USAGE k
            JOIN information_schema.REFERENTIAL_CONSTRAINTS r
              ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
            WHERE k.TABLE_SCHEMA = ? AND r.CONSTRAINT_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";
    private static final String CHECKS = "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
            + "WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME";
    private static final String CHECKS_MYSQL = """
            SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS c
            JOIN information_schema.TABLE_CONSTRAINTS t ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
            WHERE c.CONSTRAINT_SCHEMA = ? AND t.TABLE_SCHEMA = ? AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME""";

    /** The catalogue rows of one database, each list keyed by table name, every row without its table column. */
    private record Catalogue(Map<String, List<String[]>> columns, Map<String, List<String[]>> statistics,
                             Map<String, List<String[]>> foreignKeys, Map<String, List<String[]>> checks) {
        List<String[]> of(Map<String, List<String[]>> rows, String table) { return rows.getOrDefault(table, List.of()); }
    }

    @Override
    public IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException {
        List<String> warnings = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<EnumType> enums = new ArrayList<>();
        List<String> schema = List.of(schemaName);
        List<String[]> tableRows = rows(connection, TABLES, schema, "TABLE_NAME", "TABLE_COMMENT");
        tableRows.sort(java.util.Comparator.comparing((String[] r) -> r[0])); // by code point, not by the catalog's collation
        Catalogue catalogue = new Catalogue(
                byTable(rows(connection, COLUMNS, schema, "TABLE_NAME", "COLUMN_NAME", "COLUMN_TYPE", "DATA_TYPE", "IS_NULLABLE",
                        "COLUMN_DEFAULT", "EXTRA", "COLUMN_COMMENT")),
                byTable(rows(connection, STATISTICS, schema, "TABLE_NAME", "INDEX_NAME", "NON_UNIQUE", "SEQ_IN_INDEX", "COLUMN_NAME",
                        "INDEX_TYPE", "SUB_PART")),
                byTable(rows(connection, FOREIGN_KEYS, List.of(schemaName, schemaName), "TABLE_NAME", "CONSTRAINT_NAME", "COLUMN_NAME",
                        "REFERENCED_TABLE_NAME", "REFERENCED_COLUMN_NAME", "DELETE_RULE", "UPDATE_RULE")),
                byTable(checkRows(connection, schemaName)));
        for (String[] row : tableRows) {
            IntrospectedTables.orSkip(row[0], warnings, () -> table(catalogue, row[0], row[1], enums, warnings)).ifPresent(tables::add);
        }
        return new IntrospectionResult(new Schema(tables, enums), warnings);
    }

    private Table table(Catalogue catalogue, String name, String comment, List<EnumType> enums, List<String> warnings) {
        Map<String, String> checkClauses = new LinkedHashMap<>();
        // MariaDB stores LENGTH() as its synonym OCTET_LENGTH(); read it back as written
        for (String[] row : catalogue.of(catalogue.checks(), name)) {
            checkClauses.put(row[0], row[1].replaceAll("(?i)\\boctet_length\\s*\\(", "length("));
        }
        List<Column> columns = new ArrayList<>();
        for (String[] row : catalogue.of(catalogue.columns(), name)) {
            String where = "table " + name + ": column " + row[0];
            String jsonCheck = checkClauses.get(row[0]);
            boolean json = jsonCheck != null && isJsonValid(jsonCheck, row[0]);
            if (json) checkClauses.remove(row[0]);
            LogicalType type = type(name, row[0], row[1], row[2], json, enums, where, warnings);
            String extra = row[5] == null ? "" : row[5].toLowerCase(Locale.ROOT);
            boolean identity = extra.contains("auto_increment");
            if (extra.contains("generated")) warnings.add(where + ": generated column read as a plain column");
            if (extra.contains("on update")) warnings.add(where + ": " + row[5] + " is not in the model and was left out");
            Optional<DefaultValue> defaultValue = row[4] == null || identity ? Optional.empty() : defaultValue(row[4], extra, type);
            columns.add(new Column(row[0], type, row[3].equals("YES"), defaultValue, identity,
                    row[6] == null || row[6].isEmpty() ? Optional.empty() : Optional.of(row[6])));
        }
        List<Check> checks = checkClauses.entrySet().stream().map(e -> new Check(e.getKey(), MariaDbLiterals.ansi(e.getValue()))).toList();
        Optional<PrimaryKey> primaryKey = Optional.empty();
        List<Index> indexes = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : byFirst(catalogue.of(catalogue.statistics(), name)).entrySet()) {
            List<String[]> parts = e.getValue();
            List<String> cols = parts.stream().map(p -> p[2]).filter(c -> c != null).toList();
            if (e.getKey().equals("PRIMARY")) {
                primaryKey = Optional.of(new PrimaryKey(cols));
                continue;
            }
            String where = "table " + name + ": index " + e.getKey();
            if (cols.size() < parts.size()) warnings.add(where + ": expression keys are not in the stored form and were left out");
            if (parts.stream().anyMatch(p -> p[4] != null)) warnings.add(where + ": prefix lengths were left out");
            if (!parts.get(0)[3].equalsIgnoreCase("BTREE")) warnings.add(where + ": " + parts.get(0)[3] + " read as a plain index");
            if (cols.isEmpty()) continue;
            indexes.add(new Index(e.getKey(), cols.stream().map(IndexKey::column).toList(), parts.get(0)[0].equals("0"),
                    Optional.empty(), List.of(), Optional.empty()));
        }
        List<ForeignKey> foreignKeys = foreignKeys(catalogue.of(catalogue.foreignKeys(), name));
        // the index MariaDB adds for a foreign key without a leading index shares the key's name; it backs
        // the key the way a primary key's index does, and the model keeps one namespace for both
        indexes.removeIf(ix -> !ix.unique() && foreignKeys.stream()
                .anyMatch(fk -> fk.name().equals(ix.name()) && fk.columns().equals(ix.columnNames())));
        return new Table(name, columns, primaryKey, foreignKeys, indexes, checks, List.of(), List.of(),
                comment == null || comment.isEmpty() ? Optional.empty() : Optional.of(comment));
    }

    private static boolean isJsonValid(String clause, String column) {
        return clause.replace("`", "").replace(" ", "").equalsIgnoreCase("json_valid(" + column + ")");
    }

    private static LogicalType type(String table, String column, String columnType, String dataType, boolean json,
                                    List<EnumType> enums, String where, List<String> warnings) {
        String lower = columnType.toLowerCase(Locale.ROOT);
        if (json) return LogicalType.JSON;
        if (dataType.equalsIgnoreCase("enum")) {
            String enumName = table + "_" + column;
            enums.add(new EnumType(enumName, MariaDbTypes.enumValues(columnType)));
            return LogicalType.enumOf(enumName);
        }
        if (lower.startsWith("tinyint(1)")) return LogicalType.BOOLEAN;
        return MariaDbTypes.map(lower, dataType, where, warnings);
    }

    private Optional<DefaultValue> defaultValue(String printed, String extra, LogicalType type) {
        if (quotedDefaults || extra.contains("default_generated")) return ColumnDefaults.parse(printed, type);
        // MySQL prints string defaults bare: 'open' comes back as open
        if (!(type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double || type instanceof LogicalType.Bool)) {
            return Optional.of(DefaultValue.text(printed));
        }
        return ColumnDefaults.parse(printed, type);
    }

    /** Rows of one table grouped by their first column (index or constraint name), in order of appearance, without it. */
    private static Map<String, List<String[]>> byFirst(List<String[]> rows) {
        Map<String, List<String[]>> grouped = new LinkedHashMap<>();
        for (String[] row : rows) grouped.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Arrays.copyOfRange(row, 1, row.length));
        return grouped;
    }

    private static Map<String, List<String[]>> byTable(List<String[]> rows) { return byFirst(rows); }

    private static List<ForeignKey> foreignKeys(List<String[]> tableRows) {
        List<ForeignKey> fks = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : byFirst(tableRows).entrySet()) {
            List<String[]> rows = e.getValue();
            fks.add(new ForeignKey(e.getKey(), rows.stream().map(r -> r[0]).toList(), rows.get(0)[1], rows.stream().map(r -> r[2]).toList(),
                    FkAction.parse(rows.get(0)[3]), FkAction.parse(rows.get(0)[4])));
        }
        return fks;
    }

    private static List<String[]> checkRows(Connection connection, String schemaName) throws SQLException {
        try {
            return rows(connection, CHECKS, List.of(schemaName), "TABLE_NAME", "CONSTRAINT_NAME", "CHECK_CLAUSE");
        } catch (SQLException mysqlHasNoTableNameThere) {
            return rows(connection, CHECKS_MYSQL, List.of(schemaName, schemaName), "TABLE_NAME", "CONSTRAINT_NAME", "CHECK_CLAUSE");
        }
    }

    private static List<String[]> rows(Connection connection, String sql, List<String> parameters, String... columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) ps.setString(i + 1, parameters.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[columns.length];
                    for (int i = 0; i < columns.length; i++) row[i] = rs.getString(columns[i]);
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
