package dev.schemadesigner.review;

import dev.schemadesigner.schema.*;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny reader for the review fixtures' PostgreSQL DDL (CREATE TABLE / INDEX / TYPE … AS ENUM,
 * COMMENT ON COLUMN), naming unnamed constraints as the SQL importer does ({@code fk_}, {@code uq_},
 * {@code ck_<table>_<column>}). Temporary: replace with {@code SqlDdlImporter} once it is on main.
 */
final class FixtureDdl {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\"[^\"]*\"|'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_$]*|\\d+(?:\\.\\d+)?|::|->>|->|@>|<=|>=|<>|!=|\\S)");
    private static final Set<String> COLUMN_WORDS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "DEFAULT", "REFERENCES", "CHECK",
            "GENERATED", "CONSTRAINT", "COLLATE");

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<EnumType> enums = new ArrayList<>();
    private List<String> tokens;
    private int at;

    static Schema read(String sql) {
        FixtureDdl reader = new FixtureDdl();
        for (String statement : statements(sql.replaceAll("--[^\\n]*", ""))) reader.statement(statement);
        return new Schema(new ArrayList<>(reader.tables.values()), reader.enums);
    }

    private void statement(String sql) {
        tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sql);
        while (m.find()) tokens.add(m.group(1));
        at = 0;
        if (tokens.isEmpty()) return;
        if (accept("COMMENT")) { comment(); return; }
        expect("CREATE");
        if (accept("TABLE")) createTable();
        else if (accept("TYPE")) createEnum();
        else createIndex();
    }

    private void createTable() {
        String name = ident();
        expect("(");
        List<Column> columns = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<Unique> uniques = new ArrayList<>();
        do {
            String constraint = accept("CONSTRAINT") ? ident() : null;
            if (accept("PRIMARY")) { expect("KEY"); pk.addAll(identList()); }
            else if (accept("UNIQUE")) { List<String> c = identList(); uniques.add(new Unique(or(constraint, "uq_" + name + "_" + String.join("_", c)), c)); }
            else if (accept("CHECK")) checks.add(new Check(or(constraint, "ck_" + name + "_" + (checks.size() + 1)), parenthesized()));
            else if (accept("FOREIGN")) { expect("KEY"); List<String> c = identList(); expect("REFERENCES"); fks.add(references(or(constraint, "fk_" + name + "_" + String.join("_", c)), c)); }
            else columns.add(column(name, pk, fks, checks, uniques));
        } while (accept(","));
        expect(")");
        tables.put(name, new Table(name, columns, pk.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKey(pk)), fks, List.of(), checks, uniques, List.of(), Optional.empty()));
    }

    private Column column(String table, List<String> pk, List<ForeignKey> fks, List<Check> checks, List<Unique> uniques) {
        String name = ident();
        LogicalType type = type();
        boolean nullable = true;
        boolean identity = type == null;
        if (identity) type = LogicalType.INTEGER;
        Optional<DefaultValue> def = Optional.empty();
        while (!peek(",") && !peek(")")) {
            String constraint = accept("CONSTRAINT") ? ident() : null;
            if (accept("NOT")) { expect("NULL"); nullable = false; }
            else if (accept("NULL")) nullable = true;
            else if (accept("PRIMARY")) { expect("KEY"); pk.add(name); nullable = false; }
            else if (accept("UNIQUE")) uniques.add(Unique.of(or(constraint, "uq_" + table + "_" + name), name));
            else if (accept("CHECK")) checks.add(new Check(or(constraint, "ck_" + table + "_" + name), parenthesized()));
            else if (accept("REFERENCES")) fks.add(references(or(constraint, "fk_" + table + "_" + name), List.of(name)));
            else if (accept("DEFAULT")) def = Optional.of(defaultValue());
            else if (accept("GENERATED")) { while (!accept("IDENTITY")) at++; identity = true; nullable = false; }
            else throw new IllegalArgumentException("unexpected " + tokens.get(at) + " in column " + name);
        }
        if (identity) nullable = false;
        return new Column(name, type, nullable, def, identity, Optional.empty());
    }

    private ForeignKey references(String name, List<String> columns) {
        String target = ident();
        List<String> targetColumns = peek("(") ? identList() : List.of("id");
        FkAction onDelete = FkAction.NO_ACTION, onUpdate = FkAction.NO_ACTION;
        while (accept("ON")) {
            boolean delete = accept("DELETE");
            if (!delete) expect("UPDATE");
            String words = tokens.get(at++);
            if (words.equalsIgnoreCase("SET") || words.equalsIgnoreCase("NO")) words += " " + tokens.get(at++);
            if (delete) onDelete = FkAction.parse(words); else onUpdate = FkAction.parse(words);
        }
        return new ForeignKey(name, columns, target, targetColumns, onDelete, onUpdate);
    }

    private LogicalType type() {
        String word = tokens.get(at++).toLowerCase(Locale.ROOT);
        List<Integer> args = new ArrayList<>();
        if (word.equals("double")) { accept("PRECISION"); return LogicalType.DOUBLE; }
        if (word.equals("character") && accept("VARYING")) word = "varchar";
        if (peek("(")) { at++; do args.add(Integer.parseInt(tokens.get(at++))); while (accept(",")); expect(")"); }
        boolean tz = word.equals("timestamptz");
        if (word.equals("timestamp") && (peek("WITH") || peek("WITHOUT"))) { tz = accept("WITH"); if (!tz) at++; expect("TIME"); expect("ZONE"); }
        switch (word) {
            case "serial": case "bigserial": return null;
            case "smallint": return LogicalType.SMALLINT;
            case "integer": case "int": case "int4": return LogicalType.INTEGER;
            case "bigint": case "int8": return LogicalType.BIGINT;
            case "numeric": case "decimal": return LogicalType.decimal(args.isEmpty() ? 12 : args.get(0), args.size() < 2 ? 0 : args.get(1));
            case "real": case "float": case "float8": return LogicalType.DOUBLE;
            case "varchar": case "char": return LogicalType.varchar(args.get(0));
            case "text": return LogicalType.TEXT;
            case "boolean": case "bool": return LogicalType.BOOLEAN;
            case "date": return LogicalType.DATE;
            case "time": return LogicalType.TIME;
            case "timestamp": case "timestamptz": return new LogicalType.Timestamp(tz);
            case "uuid": return LogicalType.UUID;
            case "json": case "jsonb": return LogicalType.JSON;
            case "bytea": return LogicalType.BINARY;
            default:
                String enumName = word;
                if (enums.stream().anyMatch(e -> e.name().equals(enumName))) return LogicalType.enumOf(enumName);
                throw new IllegalArgumentException("unknown type " + enumName);
        }
    }

    private DefaultValue defaultValue() {
        int start = at;
        int depth = 0;
        while (depth > 0 || !(peek(",") || peek(")") || COLUMN_WORDS.contains(tokens.get(at).toUpperCase(Locale.ROOT)))) {
            if (peek("(")) depth++;
            if (peek(")")) depth--;
            at++;
        }
        String text = String.join(" ", tokens.subList(start, at)).replace("( )", "()").replace(" (", "(");
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("NOW()") || upper.equals("CURRENT_TIMESTAMP")) return DefaultValue.now();
        if (upper.equals("TRUE") || upper.equals("FALSE")) return DefaultValue.bool(upper.equals("TRUE"));
        if (text.matches("-?\\d+(\\.\\d+)?")) return DefaultValue.number(text);
        if (text.matches("'.*'")) return DefaultValue.text(text.substring(1, text.length() - 1).replace("''", "'"));
        return DefaultValue.expression(text);
    }

    private void comment() {
        expect("ON");
        expect("COLUMN");
        String table = ident();
        expect(".");
        String column = ident();
        expect("IS");
        String v = tokens.get(at++);
        Optional<String> text = Optional.of(v.substring(1, v.length() - 1).replace("''", "'"));
        tables.put(table, tables.get(table).replaceColumn(column, c -> c.withComment(text)));
    }

    private void createEnum() {
        String name = ident();
        expect("AS");
        expect("ENUM");
        expect("(");
        List<String> values = new ArrayList<>();
        do { String v = tokens.get(at++); values.add(v.substring(1, v.length() - 1)); } while (accept(","));
        expect(")");
        enums.add(new EnumType(name, values));
    }

    private void createIndex() {
        boolean unique = accept("UNIQUE");
        expect("INDEX");
        accept("CONCURRENTLY");
        String name = ident();
        expect("ON");
        String table = ident();
        Optional<String> method = accept("USING") ? Optional.of(ident()) : Optional.empty();
        expect("(");
        List<IndexKey> keys = new ArrayList<>();
        do {
            if (peek("(")) keys.add(IndexKey.expression(parenthesized()));
            else keys.add(IndexKey.column(ident()));
        } while (accept(","));
        expect(")");
        List<String> include = accept("INCLUDE") ? identList() : List.of();
        Optional<String> where = accept("WHERE") ? Optional.of(String.join(" ", tokens.subList(at, tokens.size()))) : Optional.empty();
        Index index = new Index(name, keys, unique, where, include, method);
        tables.put(table, tables.get(table).withIndex(index));
    }

    private String parenthesized() {
        expect("(");
        int start = at, depth = 1;
        while (depth > 0) {
            if (peek("(")) depth++;
            if (peek(")")) depth--;
            at++;
        }
        return String.join(" ", tokens.subList(start, at - 1)).replace(" ( ", "(").replace(" )", ")").replace("( ", "(");
    }

    private List<String> identList() {
        expect("(");
        List<String> out = new ArrayList<>();
        do out.add(ident()); while (accept(","));
        expect(")");
        return out;
    }

    private String ident() { return tokens.get(at++).replace("\"", ""); }

    private boolean peek(String word) { return at < tokens.size() && tokens.get(at).equalsIgnoreCase(word); }

    private boolean accept(String word) {
        if (!peek(word)) return false;
        at++;
        return true;
    }

    private void expect(String word) {
        if (!accept(word)) throw new IllegalArgumentException("expected " + word + " at " + (at < tokens.size() ? tokens.get(at) : "end") + " in " + tokens);
    }

    private static String or(String given, String generated) { return given != null ? given : generated; }

    private static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            if (c == ';' && !quoted) { out.add(current.toString().trim()); current.setLength(0); }
            else current.append(c);
        }
        if (!current.toString().isBlank()) out.add(current.toString().trim());
        out.removeIf(String::isEmpty);
        return out;
    }
}
