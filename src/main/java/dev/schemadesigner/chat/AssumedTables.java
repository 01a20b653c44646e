package dev.schemadesigner.chat;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables a migration alters, indexes or drops that the schema it starts from does not have, and it does
 * not create: an ALTER TABLE says the table exists, so it is reviewed as an existing table with
 * data, holding the columns the migration names (their types unknown, read as nullable text).
 * What is made up about such a table is not judged: only the migration rules report on it.
 */
record AssumedTables(Map<String, Set<String>> columns) {

    private static final String NAME = "[\"`]?(?<table>[\\w$]+)[\"`]?";
    private static final String QUALIFIED = "(?:[\"`]?[\\w$]+[\"`]?\\.)?" + NAME;

    private static final Pattern SQL_ALTER = Pattern.compile("(?is)\\balter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?" + QUALIFIED
            + "(?<body>[^;]*)");
    private static final Pattern SQL_INDEX = Pattern.compile("(?is)\\bcreate\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?"
            + "\\S+\\s+on\\s+(?:only\\s+)?" + QUALIFIED + "(?:\\s+using\\s+\\w+)?\\s*\\((?<cols>[^;]*)\\)");
    private static final Pattern SQL_DROP = Pattern.compile("(?is)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(?<list>[^;]*)");
    private static final Pattern SQL_CREATE = Pattern.compile("(?is)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?" + QUALIFIED);
    private static final Pattern SQL_NAMED_COLUMN = Pattern.compile("(?i)\\b(?:alter|drop|rename)\\s+(?:column\\s+)?(?:if\\s+exists\\s+)?[\"`]?(?<col>(?!constraint\\b|not\\b|default\\b|to\\b)[\\w$]+)");
    private static final Pattern SQL_KEY_COLUMNS = Pattern.compile("(?i)\\b(?:foreign\\s+key|unique|primary\\s+key)\\s*\\((?<cols>[^)]*)\\)");

    private static final String PY = "[\"'](?<table>\\w+)[\"']";
    private static final Pattern PY_COLUMN_OP = Pattern.compile("\\bop\\.(?:drop_column|alter_column)\\(\\s*" + PY + "\\s*,\\s*[\"'](?<col>\\w+)[\"']");
    private static final Pattern PY_ADD_COLUMN = Pattern.compile("\\bop\\.add_column\\(\\s*" + PY);
    private static final Pattern PY_INDEX = Pattern.compile("\\bop\\.create_index\\(\\s*(?:op\\.f\\()?[\"'][^\"']+[\"']\\)?\\s*,\\s*" + PY
            + "\\s*,\\s*\\[(?<cols>[^\\]]*)]");
    private static final Pattern PY_KEYED = Pattern.compile("\\bop\\.(?:create_foreign_key|create_unique_constraint)\\(\\s*(?:op\\.f\\()?(?:None|[\"'][^\"']*[\"'])\\)?\\s*,\\s*"
            + PY + "\\s*,\\s*(?:[\"']\\w+[\"']\\s*,\\s*)?\\[(?<cols>[^\\]]*)]");
    private static final Pattern PY_TABLE_ONLY = Pattern.compile("\\bop\\.(?:batch_alter_table|create_check_constraint\\(\\s*[\"'][^\"']*[\"']\\s*,)\\(?\\s*" + PY
            + "|\\btable_name\\s*=\\s*" + PY.replace("table", "named"));
    private static final Pattern PY_CREATE = Pattern.compile("\\bop\\.create_table\\(\\s*" + PY);

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w$]*");
    private static final Pattern KEY_PART = Pattern.compile("^([\\w$]+)(\\s+(asc|desc|nulls\\s+\\w+|\\w+_ops))*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SQL_ADDED = Pattern.compile("(?i)\\badd\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?[\"`]?(?<col>(?!constraint\\b|primary\\b|foreign\\b|unique\\b|check\\b)[\\w$]+)");
    private static final Pattern PY_ADDED = Pattern.compile("\\bop\\.add_column\\(\\s*" + PY + "\\s*,\\s*sa\\.Column\\(\\s*[\"'](?<col>\\w+)[\"']");

    static final AssumedTables NONE = new AssumedTables(Map.of());

    AssumedTables {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        columns.forEach((t, c) -> copy.put(t, Set.copyOf(c)));
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    /** The tables {@code migration} works on that {@code base} lacks and it does not create. */
    static AssumedTables in(Source migration, Schema base) {
        String format = migration.format().trim().toLowerCase(Locale.ROOT);
        String text = migration.content();
        Map<String, Set<String>> named = new LinkedHashMap<>();
        Map<String, Set<String>> added = new LinkedHashMap<>();
        Set<String> created = new LinkedHashSet<>();
        if (format.equals("sql")) {
            String code = text.replaceAll("--[^\\n]*", " ");
            for (Matcher m = SQL_CREATE.matcher(code); m.find(); ) created.add(m.group("table"));
            for (Matcher m = SQL_ALTER.matcher(code); m.find(); ) {
                Set<String> cols = named.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>());
                for (Matcher c = SQL_NAMED_COLUMN.matcher(m.group("body")); c.find(); ) cols.add(c.group("col"));
                for (Matcher c = SQL_KEY_COLUMNS.matcher(m.group("body")); c.find(); ) cols.addAll(list(c.group("cols")));
                for (Matcher c = SQL_ADDED.matcher(m.group("body")); c.find(); ) added.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>()).add(c.group("col"));
            }
            for (Matcher m = SQL_DROP.matcher(code); m.find(); ) {
                for (String part : m.group("list").replaceAll("(?i)\\b(cascade|restrict)\\b", "").split(",")) {
                    String[] names = part.strip().replace("\"", "").replace("`", "").split("\\.");
                    named.computeIfAbsent(names[names.length - 1], t -> new LinkedHashSet<>());
                }
            }
            for (Matcher m = SQL_INDEX.matcher(code); m.find(); ) named.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>()).addAll(list(m.group("cols")));
        } else if (format.equals("alembic")) {
            for (Matcher m = PY_CREATE.matcher(text); m.find(); ) created.add(m.group("table"));
            for (Matcher m = PY_COLUMN_OP.matcher(text); m.find(); ) named.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>()).add(m.group("col"));
            for (Matcher m = PY_ADD_COLUMN.matcher(text); m.find(); ) named.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>());
            for (Matcher m = PY_ADDED.matcher(text); m.find(); ) added.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>()).add(m.group("col"));
            for (Pattern p : List.of(PY_INDEX, PY_KEYED)) {
                for (Matcher m = p.matcher(text); m.find(); ) named.computeIfAbsent(m.group("table"), t -> new LinkedHashSet<>()).addAll(list(m.group("cols")));
            }
            for (Matcher m = PY_TABLE_ONLY.matcher(text); m.find(); ) {
                String table = m.group("table") != null ? m.group("table") : m.group("named");
                named.computeIfAbsent(table, t -> new LinkedHashSet<>());
            }
        }
        Map<String, Set<String>> assumed = new LinkedHashMap<>();
        named.forEach((table, cols) -> {
            if (!base.hasTable(table) && !created.contains(table) && isName(table)) {
                Set<String> made = added.getOrDefault(table, Set.of());
                assumed.put(table, cols.stream().filter(c -> isName(c) && !made.contains(c))
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            }
        });
        return new AssumedTables(assumed);
    }

    boolean isEmpty() { return columns.isEmpty(); }

    /** {@code base} with the assumed tables added. */
    Schema addTo(Schema base) {
        Schema out = base;
        for (var e : columns.entrySet()) {
            List<Column> cols = e.getValue().stream().map(c -> Column.optional(c, LogicalType.TEXT)).toList();
            out = out.withTable(new Table(e.getKey(), cols, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty()));
        }
        return out;
    }

    /** Drops what rules other than the migration rules say about an assumed table: its shape is made up. */
    List<Finding> judged(List<Finding> findings, Schema after) {
        if (isEmpty()) return findings;
        return findings.stream().filter(f -> isMigrationRule(f.rule()) || !columns.containsKey(TurnObjects.tableOf(f.object(), after))).toList();
    }

    List<String> warnings(String source) {
        List<String> out = new ArrayList<>();
        columns.forEach((table, cols) -> out.add(source + ": table " + table + " is not in the schema the migration starts from; reviewed as an "
                + "existing table with data" + (cols.isEmpty() ? "" : " holding " + String.join(", ", cols)) + ", by the migration rules only"));
        return out;
    }

    private static boolean isMigrationRule(String id) {
        return Rules.byId(id).map(Rule::meta).map(m -> m.area() == Area.MIGRATION).orElse(false);
    }

    /** The bare column names of a key list: quoted or plain identifiers; expressions and sort orders are skipped. */
    private static List<String> list(String cols) {
        List<String> out = new ArrayList<>();
        for (String part : cols.split(",")) {
            String p = part.strip().replaceAll("[\"'`]", "");
            Matcher m = KEY_PART.matcher(p);
            if (m.matches()) out.add(m.group(1));
        }
        return out;
    }

    private static boolean isName(String name) { return name.length() <= 63 && IDENTIFIER.matcher(name).matches(); }
}
