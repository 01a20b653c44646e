package dev.schemadesigner.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Identifiers the planner makes: snake_case, at most 63 bytes (PostgreSQL's limit, the tightest
 * of the dialects), constraint names by the project's convention ({@code idx_<table>_<columns>},
 * {@code fk_…}, {@code ck_…}, {@code uq_…}), and the singular/plural forms of table names.
 */
public record Naming(String indexPrefix, String foreignKeyPrefix, String checkPrefix, String uniquePrefix) {

    public static final Naming DEFAULT = new Naming("idx", "fk", "ck", "uq");
    public static final int MAX_BYTES = dev.schemadesigner.schema.ConstraintNames.MAX_BYTES;

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("person", "people", "child", "children",
            "analysis", "analyses", "status", "statuses", "address", "addresses", "inventory", "inventory",
            "feedback", "feedback", "audit_log", "audit_log", "timeline", "timeline", "data", "data");

    /** Nouns in -f/-fe whose plural is -ves. */
    private static final Map<String, String> VES_PLURALS = Map.of("shelf", "shelves", "leaf", "leaves", "half", "halves", "knife", "knives", "wife", "wives",
            "life", "lives", "wolf", "wolves", "calf", "calves", "thief", "thieves", "loaf", "loaves");

    /** Nouns without a plural: a table named after one keeps the name. */
    private static final java.util.Set<String> UNCOUNTABLE = java.util.Set.of("maintenance", "equipment", "staff", "software", "hardware", "furniture",
            "information", "stock", "metadata", "news", "media", "series", "species", "personnel", "luggage", "baggage", "mail", "traffic", "music",
            "research", "evidence", "knowledge", "advice", "progress", "weather", "money", "payroll", "storage", "access", "analytics", "stats");

    public Naming {
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        Objects.requireNonNull(foreignKeyPrefix, "foreignKeyPrefix");
        Objects.requireNonNull(checkPrefix, "checkPrefix");
        Objects.requireNonNull(uniquePrefix, "uniquePrefix");
    }

    // the convention itself is ConstraintNames's, shared with the review's fixes; these are its prefixes
    public String index(String table, List<String> columns) { return dev.schemadesigner.schema.ConstraintNames.named(indexPrefix, table, columns); }

    public String foreignKey(String table, String column) { return dev.schemadesigner.schema.ConstraintNames.named(foreignKeyPrefix, table, column); }

    public String check(String table, String column) { return dev.schemadesigner.schema.ConstraintNames.named(checkPrefix, table, column); }

    public String unique(String table, List<String> columns) { return dev.schemadesigner.schema.ConstraintNames.named(uniquePrefix, table, columns); }

    /** The enum type for a column: {@code <singular table>_<column>}, e.g. {@code ticket_status}. */
    public static String enumName(String table, String column) { return fit(singular(table) + "_" + column); }

    /** The ORM attribute for the parent a foreign key column points at: {@code customer_id} → {@code customer}. */
    public static String role(String column) { return column.endsWith("_id") ? column.substring(0, column.length() - 3) : column + "_ref"; }

    /** Words, camelCase or kebab-case to snake_case ASCII; never empty ("x" when nothing is left). */
    public static String snake(String text) { return fit(snakeUnbounded(text)); }

    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_UNDERSCORES = java.util.regex.Pattern.compile("^_+|_+$");

    /** {@link #snake} without the length limit, for reading meaning from a name before it is cut. */
    static String snakeUnbounded(String text) {
        String s = EDGE_UNDERSCORES.matcher(NOT_WORD.matcher(CAMEL.matcher(text).replaceAll("$1_$2").toLowerCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
        if (s.isEmpty()) return "x";
        if (Character.isDigit(s.charAt(0))) s = "n_" + s;
        return s;
    }

    /** Cut to {@link #MAX_BYTES}, keeping names distinct with a short hash of the whole name. */
    public static String fit(String name) { return dev.schemadesigner.schema.ConstraintNames.fit(name); }

    /** {@code order_items} → {@code order_item}; the last word only. */
    public static String singular(String table) {
        int cut = table.lastIndexOf('_') + 1;
        String head = table.substring(0, cut);
        String last = table.substring(cut);
        for (var e : IRREGULAR_PLURALS.entrySet()) if (e.getValue().equals(last)) return head + e.getKey();
        for (var e : VES_PLURALS.entrySet()) if (e.getValue().equals(last)) return head + e.getKey();
        if (UNCOUNTABLE.contains(last)) return table;
        if (last.endsWith("iones") && last.length() > 6) return head + last.substring(0, last.length() - 2); // publicaciones → publicacion
        if (last.matches("(?:movie|cookie|zombie|rookie|selfie|hoodie|calorie|genie|prairie|smoothie|brownie|goalie|pie|tie|lie)s")) return head + last.substring(0, last.length() - 1);
        if (last.endsWith("ies") && last.length() > 4) return head + last.substring(0, last.length() - 3) + "y";
        if (last.matches(".*(ss|sh|ch|x)es")) return head + last.substring(0, last.length() - 2);
        if (last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is")) return head + last.substring(0, last.length() - 1);
        return table;
    }

    /** {@code order_item} → {@code order_items}; the last word only. */
    public static String plural(String word) {
        int cut = word.lastIndexOf('_') + 1;
        String head = word.substring(0, cut);
        String last = word.substring(cut);
        if (IRREGULAR_PLURALS.containsKey(last)) return head + IRREGULAR_PLURALS.get(last);
        if (VES_PLURALS.containsKey(last)) return head + VES_PLURALS.get(last);
        if (IRREGULAR_PLURALS.containsValue(last) || UNCOUNTABLE.contains(last)) return word;
        if (last.matches(".*[^aeiou]y")) return head + last.substring(0, last.length() - 1) + "ies";
        if (last.matches(".*(s|sh|ch|x)")) return last.endsWith("s") && !last.endsWith("ss") ? word : head + last + "es";
        return word + "s";
    }
}
