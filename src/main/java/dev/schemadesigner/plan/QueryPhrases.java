package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declared query patterns: "we list pain points by category and severity" → {@code SELECT * FROM
 * pain_points WHERE category = ? ORDER BY severity} and the composite index that serves it. The
 * first column filters; later ones filter too, unless they are ordered values (times, numbers,
 * scores), which sort.
 */
final class QueryPhrases {
    private QueryPhrases() {}

    /** One declared query and the index columns that serve it, in order. */
    record Query(String table, String sql, List<String> indexColumns) {}

    private static final Pattern QUERY = Pattern.compile("(?:.*?\\b)?(?:we|i|users?|people|they|you)?\\s*(?:often |usually |mostly |always |will |need to |want to |frequently )*"
            + "(?:list|lists|listing|query|queries|querying|search|searches|filter|filters|find|finds|fetch|fetches|show|shows|look up|looks up|sort|sorts|group|groups|get|gets|load|loads|report on|browse)"
            + "\\s+(?:all |the |our |recent )?(.+?)\\s+(?:by|per|on|ordered by|sorted by|filtered by)\\s+(.+)");

    static boolean looksLikeQuery(String sentence) { return QUERY.matcher(sentence).matches(); }

    static Optional<Query> parse(String sentence, Function<String, Optional<Table>> tables) {
        Matcher m = QUERY.matcher(sentence.trim());
        if (!m.matches()) return Optional.empty();
        Optional<Table> table = tables.apply(m.group(1));
        if (table.isEmpty()) return Optional.empty();
        List<String> filters = new ArrayList<>();
        List<String> sorts = new ArrayList<>();
        for (String item : Words.items(m.group(2).replaceAll("\\b(then|newest first|latest first|descending|ascending|desc|asc)\\b", " "))) {
            Optional<Column> column = column(table.get(), item);
            if (column.isEmpty()) continue;
            String name = column.get().name();
            if (filters.contains(name) || sorts.contains(name)) continue;
            if (!filters.isEmpty() && isOrdered(column.get())) sorts.add(name);
            else if (sorts.isEmpty()) filters.add(name);
        }
        if (filters.isEmpty()) return Optional.empty();
        StringBuilder sql = new StringBuilder("SELECT * FROM " + table.get().name() + " WHERE ");
        sql.append(String.join(" AND ", filters.stream().map(f -> f + " = ?").toList()));
        if (!sorts.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", sorts.stream()
                    .map(s -> table.get().column(s).get().type() instanceof LogicalType.Timestamp ? s + " DESC" : s).toList()));
        }
        List<String> index = new ArrayList<>(filters);
        index.addAll(sorts);
        return Optional.of(new Query(table.get().name(), sql.toString(), index));
    }

    private static boolean isOrdered(Column c) {
        LogicalType t = c.type();
        return t instanceof LogicalType.Timestamp || t instanceof LogicalType.Date || t instanceof LogicalType.Decimal
                || t instanceof LogicalType.Double || (t.isInteger() && !c.name().endsWith("_id"));
    }

    /** "category" → category, "customer" → customer_id, "date"/"time" → the table's main timestamp. */
    static Optional<Column> column(Table table, String phrase) {
        String snake = Naming.snake(Words.content(phrase).isEmpty() ? phrase : Words.content(phrase));
        for (String candidate : List.of(snake, snake + "_id", Naming.singular(snake) + "_id", snake + "_at", snake + "_on")) {
            Optional<Column> c = table.column(candidate);
            if (c.isPresent()) return c;
        }
        if (snake.matches("(created_)?(date|time|recency|recent|newest|latest|creation|created|when|day)")) {
            for (String t : List.of("occurred_at", "placed_at", "published_at", "starts_at", "created_at")) {
                if (table.hasColumn(t)) return table.column(t);
            }
        }
        return table.columns().stream().filter(c -> c.name().startsWith(snake + "_") || c.name().endsWith("_" + snake)).findFirst();
    }
}
