package dev.schemadesigner.plan;

import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which existing table a change request is about: the one it names ({@code tickets.email},
 * "in tickets", "the tickets table"), else the only table that has the columns it mentions, else
 * the table the conversation is about (the context's focus, or the most recently created table).
 */
final class TableResolver {

    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)\\b");

    private final Schema schema;
    private final Optional<String> focus;

    TableResolver(Schema schema, Optional<String> focus) {
        this.schema = schema;
        this.focus = focus.filter(schema::hasTable).or(() -> latest(schema));
    }

    /** The most recently created table that is not a pure association (only keys and timestamps), else the last one. */
    private static Optional<String> latest(Schema schema) {
        List<Table> tables = schema.tables();
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table t = tables.get(i);
            boolean association = t.foreignKeys().size() == 2 && t.columns().stream().allMatch(c -> c.identity()
                    || c.type() instanceof LogicalType.Timestamp
                    || t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name())));
            if (!association) return Optional.of(t.name());
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(tables.size() - 1).name());
    }

    /** A table the words name: {@code order items}, {@code order_items}, {@code order item}. */
    Optional<String> named(String words) {
        String content = Words.content(words);
        if (content.isEmpty()) return Optional.empty();
        String snake = Naming.snake(content);
        for (String candidate : List.of(snake, Naming.plural(snake), Naming.singular(snake))) {
            if (schema.hasTable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The first table named anywhere in the sentence, as {@code t.c} or as a word run. */
    Optional<String> mentioned(String sentence) {
        Matcher q = QUALIFIED.matcher(sentence);
        while (q.find()) if (schema.hasTable(q.group(1))) return Optional.of(q.group(1));
        String[] words = sentence.replaceAll("[^a-z0-9_ ]", " ").trim().split("\\s+");
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String phrase = String.join("_", List.of(words).subList(i, i + n));
                for (String candidate : List.of(phrase, Naming.plural(phrase))) {
                    if (schema.hasTable(candidate)) return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The table for a request about {@code columns}: named, else the only one holding them all, else the focus. */
    Optional<String> resolve(String sentence, List<String> columns) {
        Optional<String> named = mentioned(sentence);
        if (named.isPresent()) return named;
        if (!columns.isEmpty()) {
            if (focus.isPresent() && schema.table(focus.get()).map(t -> hasAll(t, columns)).orElse(false)) return focus;
            List<Table> holders = schema.tables().stream().filter(t -> hasAll(t, columns)).toList();
            if (holders.size() == 1) return Optional.of(holders.get(0).name());
        }
        return focus;
    }

    private static boolean hasAll(Table t, List<String> columns) { return columns.stream().allMatch(t::hasColumn); }

    Schema schema() { return schema; }
}
