package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One expectation line of a corpus case ({@code fk pets.owner_id -> owners}, {@code check reviews.stars 1..5}, …),
 * parsed once and evaluated on a plan and the schema it produces. {@link #unmet} says what was there
 * instead, so a failing line reads {@code id: expectation — what was there instead}.
 */
public record CorpusExpectation(String line, Kind kind, String table, List<String> columns, String argument) {

    public enum Kind { TABLE, NO_TABLE, COLUMN, NOT_NULL, NULLABLE, UNIQUE, PK, FK, CHECK, ENUM, DEFAULT, TYPE, INDEX, PARTIAL_INDEX, QUESTION, NO_QUESTION }

    static final Set<String> TYPE_FAMILIES = Set.of("integer", "bigint", "smallint", "numeric", "money-ish", "text", "varchar", "string",
            "boolean", "timestamp", "date", "time", "json", "uuid", "float");

    /** {@code fk T.* -> P}: some foreign key of T points to P, whatever its column is called (the request did not name it). */
    static final String ANY_COLUMN = "*";
    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    private static final Pattern TABLE_LINE = Pattern.compile("(table|no-table) " + NAME);
    private static final Pattern COLUMN_LINE = Pattern.compile("(column|not-null|nullable|unique) " + NAME + "\\." + NAME);
    private static final Pattern COLUMNS_LINE = Pattern.compile("(unique|pk|index|partial-index) " + NAME + " ?\\(([^)]*)\\)( where)?");
    private static final Pattern QUALIFIED_UNIQUE = Pattern.compile("unique \\(([^)]*)\\)");
    private static final Pattern FK_LINE = Pattern.compile("fk " + NAME + "\\.(\\*|[A-Za-z_][A-Za-z0-9_]*) -> " + NAME);
    private static final Pattern VALUE_LINE = Pattern.compile("(?:(check|type) " + NAME + "\\." + NAME + " |(enum|default) " + NAME + "\\." + NAME + " = )(.+)");
    private static final Pattern RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)?\\.\\.(-?\\d+(?:\\.\\d+)?)?|>0");

    public CorpusExpectation {
        columns = List.copyOf(columns);
    }

    /** Reads one line; a line that is not in the format is an error of the corpus, not an unmet expectation. */
    public static CorpusExpectation parse(String line) {
        String l = line.strip();
        if (l.equals("question")) return new CorpusExpectation(l, Kind.QUESTION, "", List.of(), "");
        if (l.equals("no-question")) return new CorpusExpectation(l, Kind.NO_QUESTION, "", List.of(), "");
        Matcher m = TABLE_LINE.matcher(l);
        if (m.matches()) return new CorpusExpectation(l, m.group(1).equals("table") ? Kind.TABLE : Kind.NO_TABLE, m.group(2), List.of(), "");
        m = COLUMN_LINE.matcher(l);
        if (m.matches()) return new CorpusExpectation(l, kind(m.group(1)), m.group(2), List.of(m.group(3)), "");
        m = QUALIFIED_UNIQUE.matcher(l);
        if (m.matches()) {
            List<String> qualified = names(m.group(1));
            String table = qualified.get(0).substring(0, Math.max(0, qualified.get(0).indexOf('.')));
            List<String> columns = new ArrayList<>();
            for (String q : qualified) {
                if (!q.startsWith(table + ".") || table.isEmpty()) throw new IllegalArgumentException("'" + line + "': write unique (t.a, t.b) with one table");
                columns.add(q.substring(table.length() + 1));
            }
            return new CorpusExpectation(l, Kind.UNIQUE, table, columns, "");
        }
        m = COLUMNS_LINE.matcher(l);
        if (m.matches()) {
            Kind kind = kind(m.group(1));
            if ((m.group(4) != null) != (kind == Kind.PARTIAL_INDEX)) throw new IllegalArgumentException("'" + line + "': only partial-index ends in 'where'");
            return new CorpusExpectation(l, kind, m.group(2), names(m.group(3)), "");
        }
        m = FK_LINE.matcher(l);
        if (m.matches()) return new CorpusExpectation(l, Kind.FK, m.group(1), List.of(m.group(2)), m.group(3));
        m = VALUE_LINE.matcher(l);
        if (m.matches()) {
            boolean assigned = m.group(1) == null;
            Kind kind = kind(assigned ? m.group(4) : m.group(1));
            String table = assigned ? m.group(5) : m.group(2);
            String column = assigned ? m.group(6) : m.group(3);
            String argument = m.group(7).strip();
            if (kind == Kind.CHECK && !RANGE.matcher(argument).matches()) throw new IllegalArgumentException("'" + line + "': a check is MIN..MAX, MIN.., ..MAX or >0");
            if (kind == Kind.TYPE && !TYPE_FAMILIES.contains(argument)) throw new IllegalArgumentException("'" + line + "': type family is one of " + TYPE_FAMILIES);
            if (kind == Kind.ENUM && enumValues(argument).isEmpty()) throw new IllegalArgumentException("'" + line + "': an enum needs values");
            return new CorpusExpectation(l, kind, table, List.of(column), argument);
        }
        throw new IllegalArgumentException("'" + line + "' is not an expectation line (see plan/requests/README.md)");
    }

    private static Kind kind(String word) { return Kind.valueOf(word.toUpperCase(java.util.Locale.ROOT).replace('-', '_')); }

    private static List<String> names(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> enumValues(String argument) { return names(argument); }

    /** Empty when met; otherwise what the plan produced instead. */
    public Optional<String> unmet(Plan plan, Schema result) {
        switch (kind) {
            case QUESTION: return plan.isQuestion() ? Optional.empty() : Optional.of("a plan of " + plan.changes().ops().size() + " changes, tables " + tableNames(result));
            case NO_QUESTION: return plan.isQuestion() ? Optional.of("a question: " + plan.question().get().text()) : Optional.empty();
            case NO_TABLE: return result.hasTable(table) ? Optional.of("table " + table + " was created") : Optional.empty();
            default: break;
        }
        Optional<Table> t = result.table(table);
        if (t.isEmpty()) return Optional.of(plan.isQuestion() ? "a question: " + plan.question().get().text() : "no table " + table + "; tables " + tableNames(result));
        if (kind == Kind.TABLE) return Optional.empty();
        Table tab = t.get();
        if (kind == Kind.FK && columns.equals(List.of(ANY_COLUMN))) {
            return tab.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(argument)) ? Optional.empty()
                    : Optional.of("foreign keys " + tab.foreignKeys().stream().map(CorpusExpectation::describe).toList());
        }
        for (String c : columns) {
            if (!tab.hasColumn(c)) return Optional.of("no column " + table + "." + c + "; columns " + tab.columns().stream().map(Column::name).toList());
        }
        Column column = tab.column(columns.get(0)).orElseThrow();
        return switch (kind) {
            case COLUMN -> Optional.empty();
            case NOT_NULL -> column.nullable() ? Optional.of("nullable") : Optional.empty();
            case NULLABLE -> column.nullable() ? Optional.empty() : Optional.of("NOT NULL");
            case UNIQUE -> isUnique(tab, columns) ? Optional.empty() : Optional.of("unique sets " + uniqueSets(tab));
            case PK -> tab.primaryKey().filter(p -> p.columns().equals(columns)).isPresent() ? Optional.empty()
                    : Optional.of("primary key " + tab.primaryKey().map(p -> p.columns().toString()).orElse("none"));
            case FK -> tab.foreignKeys().stream().anyMatch(f -> f.columns().equals(columns) && f.referencedTable().equals(argument)) ? Optional.empty()
                    : Optional.of("foreign keys " + tab.foreignKeys().stream().map(CorpusExpectation::describe).toList());
            case CHECK -> CheckProbe.unmet(result, tab, column, argument);
            case ENUM -> enumUnmet(result, tab, column);
            case DEFAULT -> defaultUnmet(column);
            case TYPE -> typeMatches(column.type(), argument) ? Optional.empty() : Optional.of(column.type().describe());
            case INDEX -> leadingIndex(tab, columns, false) ? Optional.empty() : Optional.of("indexes " + indexes(tab));
            case PARTIAL_INDEX -> leadingIndex(tab, columns, true) ? Optional.empty() : Optional.of("indexes " + indexes(tab));
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private static List<String> tableNames(Schema s) { return s.tables().stream().map(Table::name).toList(); }

    private static String describe(ForeignKey f) { return f.columns() + " -> " + f.referencedTable(); }

    private static boolean isUnique(Table t, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        return uniqueColumnSets(t).stream().anyMatch(s -> s.size() == columns.size() && new HashSet<>(s).equals(wanted));
    }

    private static List<List<String>> uniqueColumnSets(Table t) {
        List<List<String>> sets = new ArrayList<>();
        t.primaryKey().ifPresent(p -> sets.add(p.columns()));
        t.uniques().stream().map(Unique::columns).forEach(sets::add);
        t.indexes().stream().filter(i -> i.unique() && i.where().isEmpty() && !i.hasExpressions()).map(Index::columnNames).forEach(sets::add);
        return sets;
    }

    private static String uniqueSets(Table t) { return uniqueColumnSets(t).toString(); }

    private static boolean leadingIndex(Table t, List<String> columns, boolean partial) {
        if (partial) return t.indexes().stream().anyMatch(i -> i.where().isPresent() && i.leadsWith(columns));
        if (t.indexes().stream().anyMatch(i -> i.leadsWith(columns))) return true;
        return uniqueColumnSets(t).stream().anyMatch(s -> s.size() >= columns.size() && s.subList(0, columns.size()).equals(columns));
    }

    private static List<String> indexes(Table t) {
        List<String> out = new ArrayList<>();
        t.indexes().forEach(i -> out.add("(" + i.describeKeys() + ")" + (i.unique() ? " unique" : "") + i.where().map(w -> " where " + w).orElse("")));
        t.uniques().forEach(u -> out.add(u.columns() + " unique"));
        t.primaryKey().ifPresent(p -> out.add(p.columns() + " pk"));
        return out;
    }

    private Optional<String> enumUnmet(Schema result, Table t, Column column) {
        Set<String> wanted = new HashSet<>(enumValues(argument));
        List<List<String>> found = new ArrayList<>();
        if (column.type() instanceof LogicalType.EnumRef ref) result.enumType(ref.enumName()).ifPresent(e -> found.add(e.values()));
        Pattern in = Pattern.compile("(?i)(?:^|[^A-Za-z0-9_])[\"`]?" + Pattern.quote(column.name()) + "[\"`]?\\s+IN\\s*\\(([^)]*)\\)");
        for (var check : t.checks()) {
            Matcher m = in.matcher(check.expression());
            while (m.find()) found.add(literals(m.group(1)));
        }
        for (List<String> values : found) if (values.size() == wanted.size() && new HashSet<>(values).equals(wanted)) return Optional.empty();
        return Optional.of(found.isEmpty() ? column.type().describe() + " without an enum or IN check" : "values " + found);
    }

    private static List<String> literals(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'((?:[^']|'')*)'").matcher(list);
        while (m.find()) out.add(m.group(1).replace("''", "'"));
        return out;
    }

    private Optional<String> defaultUnmet(Column column) {
        if (column.defaultValue().isEmpty()) return Optional.of("no default");
        DefaultValue d = column.defaultValue().get();
        boolean met = switch (argument) {
            case "now" -> d instanceof DefaultValue.CurrentTimestamp;
            case "true", "false" -> d instanceof DefaultValue.Bool b && b.value() == Boolean.parseBoolean(argument);
            default -> isNumber(argument) ? d instanceof DefaultValue.Number n && new BigDecimal(n.value()).compareTo(new BigDecimal(argument)) == 0
                    : d instanceof DefaultValue.Text s && s.value().equals(argument);
        };
        return met ? Optional.empty() : Optional.of("default " + d.describe());
    }

    private static boolean isNumber(String s) { return s.matches("-?\\d+(\\.\\d+)?"); }

    static boolean typeMatches(LogicalType type, String family) {
        return switch (family) {
            case "integer" -> type.isInteger();
            case "bigint" -> type instanceof LogicalType.BigInt;
            case "smallint" -> type instanceof LogicalType.SmallInt;
            case "numeric" -> type instanceof LogicalType.Decimal;
            case "money-ish" -> type instanceof LogicalType.Decimal || type.isInteger();
            case "text" -> type instanceof LogicalType.Text;
            case "varchar" -> type instanceof LogicalType.Varchar;
            case "string" -> type instanceof LogicalType.Text || type instanceof LogicalType.Varchar;
            case "boolean" -> type instanceof LogicalType.Bool;
            case "timestamp" -> type instanceof LogicalType.Timestamp;
            case "date" -> type instanceof LogicalType.Date;
            case "time" -> type instanceof LogicalType.Time;
            case "json" -> type instanceof LogicalType.Json;
            case "uuid" -> type instanceof LogicalType.Uuid;
            case "float" -> type instanceof LogicalType.Double;
            default -> throw new IllegalArgumentException(family);
        };
    }

    @Override
    public String toString() { return line; }
}
