package dev.schemadesigner.review;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Questions rules ask about names, types, indexes and constraints; answers depend only on the table. */
public final class SchemaFacts {
    private SchemaFacts() {}

    /** Plurals English does not spell with an s: {@code people} → {@code person}. */
    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "children", "child", "men", "man", "women", "woman");

    /** Where a camelCase or PascalCase name starts a new word: {@code unitPrice}, {@code HTTPStatus}. */
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    /**
     * The words of a name, snake_case or camelCase alike: {@code comment_hash} → [comment, hash], {@code UnitPrice} →
     * [unit, price], so a column means the same whichever convention spelt it.
     */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : CAMEL.matcher(name).replaceAll("_").toLowerCase(Locale.ROOT).split("_")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    public static String lastToken(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    /** The singular of a plural table name, by English spelling: {@code categories} → {@code category}, {@code boxes} → {@code box}. */
    public static String singular(String name) {
        for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
            if (name.equals(irregular.getKey()) || name.endsWith("_" + irregular.getKey())) {
                return name.substring(0, name.length() - irregular.getKey().length()) + irregular.getValue();
            }
        }
        if (name.endsWith("ies") && name.length() > 3) return name.substring(0, name.length() - 3) + "y";
        if (name.endsWith("sses") || name.endsWith("xes") || name.endsWith("ches") || name.endsWith("shes")) return name.substring(0, name.length() - 2);
        return name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
    }

    public static boolean hasToken(String name, Set<String> words) {
        for (String t : tokens(name)) if (words.contains(t)) return true;
        return false;
    }

    /** {@code idx_<table>_<columns>}, the project's index naming convention. */
    public static String indexName(String table, List<String> columns) {
        return dev.schemadesigner.schema.ConstraintNames.index(table, columns);
    }

    /** {@code <prefix>_<table>_<suffix>} cut to the identifier limit, e.g. {@code ck_pain_points_severity}. */
    public static String constraintName(String prefix, String table, String suffix) {
        return dev.schemadesigner.schema.ConstraintNames.named(prefix, table, suffix);
    }

    /**
     * True when some index, the primary key or a unique constraint has exactly these columns (in
     * any order) as its leading columns, so lookups on them need no other index. Partial and
     * expression-led indexes do not count.
     */
    public static boolean leadingColumnsIndexed(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        for (List<String> keys : keyLists(table, false)) {
            if (keys.size() >= columns.size() && new HashSet<>(keys.subList(0, columns.size())).equals(wanted)) return true;
        }
        return false;
    }

    /** True when some full index (or key) starts with exactly this column sequence, in this order. */
    public static boolean indexStartsWith(Table table, List<String> ordered) {
        for (List<String> keys : keyLists(table, false)) {
            if (keys.size() >= ordered.size() && keys.subList(0, ordered.size()).equals(ordered)) return true;
        }
        return false;
    }

    /**
     * True when a full index (or key) serves a lookup: its first {@code equalities} columns are
     * the key's first columns in any order, and the rest follow in order.
     */
    public static boolean servesLookup(Table table, List<String> key, int equalities) {
        Set<String> eq = new HashSet<>(key.subList(0, equalities));
        for (List<String> keys : keyLists(table, false)) {
            if (keys.size() < key.size()) continue;
            if (!new HashSet<>(keys.subList(0, equalities)).equals(eq)) continue;
            if (keys.subList(equalities, key.size()).equals(key.subList(equalities, key.size()))) return true;
        }
        return false;
    }

    /** Leading plain-column keys of every full (non-partial) index, the primary key and unique constraints. */
    public static List<List<String>> keyLists(Table table, boolean includePartial) {
        List<List<String>> out = new ArrayList<>();
        table.primaryKey().ifPresent(pk -> out.add(pk.columns()));
        table.uniques().forEach(u -> out.add(u.columns()));
        for (Index ix : table.indexes()) {
            if (ix.where().isPresent() && !includePartial) continue;
            if (ix.method().isPresent() && !ix.method().get().equals("btree") && !ix.method().get().equals("hash")) continue;
            List<String> cols = new ArrayList<>();
            for (IndexKey k : ix.keys()) {
                if (!(k instanceof IndexKey.ColumnKey c)) break;
                cols.add(c.column());
            }
            if (!cols.isEmpty()) out.add(cols);
        }
        return out;
    }

    /** True when the column alone, or together with others, is declared unique (constraint, unique index or key). */
    /** Last words of tables that sort or assign rows (a department, a category, a zone) rather than own them. */
    private static final Set<String> GROUPINGS = Set.of("department", "category", "zone", "group", "team", "type", "kind", "tag",
            "label", "folder", "region", "location", "segment", "tier", "channel", "status", "stage", "division", "unit", "area", "section");

    /**
     * True when a foreign key of {@code child} assigns the row rather than attaching it to an owner: the parent sorts
     * rows ({@code department}, {@code category}, {@code zone}). Clearing such a key when its parent goes (SET NULL, or
     * the ORM's default) is a sane choice.
     */
    public static boolean assignsRather(Table child, ForeignKey fk) {
        return GROUPINGS.contains(singular(lastToken(fk.referencedTable())));
    }

    /**
     * As {@link #assignsRather(Table, ForeignKey)}, and also when the parent is a lookup table whatever its name
     * ({@code types}, {@code roles}, {@code genres}): a row that names a kind sorts its children, it does not own them.
     */
    public static boolean assignsRather(Schema schema, Table child, ForeignKey fk) {
        return assignsRather(child, fk) || schema.table(fk.referencedTable()).map(SchemaFacts::isLookup).orElse(false);
    }

    /**
     * A lookup (reference) table: no foreign key of its own, a one-column primary key, no other unique column than its name, and besides it (times aside) at
     * most three columns, one of them the name of the kind ({@code name}, {@code label}, or the table's own noun:
     * {@code country.country}). People and other agents ({@code authors}, {@code owners}, {@code artists}) are not kinds.
     */
    public static boolean isLookup(Table t) {
        if (!t.foreignKeys().isEmpty() || t.primaryKey().map(pk -> pk.columns().size() != 1).orElse(true)) return false;
        String noun = singular(lastToken(t.name()));
        if (noun.endsWith("er") || noun.endsWith("or") || noun.endsWith("ist")) return false;
        List<Column> data = t.columns().stream().filter(c -> !isPrimaryKeyColumn(t, c.name()) && !isTemporal(c.type())).toList();
        // a row already identified by a unique code of its own (products.sku) is an entity whose name is a label
        boolean identifiedOtherwise = data.stream().anyMatch(c -> !namesKind(t, c) && isUniqueIn(t, c.name()));
        return !data.isEmpty() && data.size() <= 3 && !identifiedOtherwise && data.stream().anyMatch(c -> namesKind(t, c));
    }

    /** The column of a lookup table that names the kind: {@code name}, {@code label}, or {@code tag}, {@code tag_name}, {@code tagname} in {@code tags}. */
    public static boolean namesKind(Table t, Column c) {
        if (!isString(c.type())) return false;
        String n = c.name().toLowerCase(Locale.ROOT);
        String noun = singular(lastToken(t.name()));
        return n.equals("name") || n.equals("label") || n.equals(noun) || n.equals(noun + "name") || n.equals(noun + "_name");
    }

    public static boolean isUniqueIn(Table table, String column) {
        if (table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)) return true;
        if (table.uniques().stream().anyMatch(u -> u.columns().contains(column))) return true;
        return table.indexes().stream().anyMatch(i -> i.unique() && i.columnNames().contains(column));
    }

    public static boolean isForeignKeyColumn(Table table, String column) {
        return table.foreignKeys().stream().anyMatch(f -> f.columns().contains(column));
    }

    public static boolean isPrimaryKeyColumn(Table table, String column) {
        return table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false);
    }

    public static List<ForeignKey> foreignKeysOn(Table table, String column) {
        return table.foreignKeys().stream().filter(f -> f.columns().contains(column)).toList();
    }

    /** True when some CHECK constraint mentions the column by name. */
    public static boolean checkMentions(Table table, String column) {
        Pattern word = Pattern.compile("(?<![\\w])\"?" + Pattern.quote(column) + "\"?(?![\\w])", Pattern.CASE_INSENSITIVE);
        return table.checks().stream().anyMatch(c -> word.matcher(c.expression()).find());
    }

    public static boolean isString(LogicalType type) {
        return type instanceof LogicalType.Varchar || type instanceof LogicalType.Text;
    }

    public static boolean isNumeric(LogicalType type) {
        return type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double;
    }

    public static boolean isTemporal(LogicalType type) {
        return type instanceof LogicalType.Timestamp || type instanceof LogicalType.Date;
    }
}
