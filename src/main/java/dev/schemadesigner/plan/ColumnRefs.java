package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column as a change request names it: {@code tickets.priority}, "priority on tickets", "the priority
 * of tickets", "priority in the tickets table", "the tickets priority", "tickets' priority", or just
 * "priority" — then the table the sentence names elsewhere, the conversation's focus table, or the only
 * table that has such a column. A phrase that names no column throws {@link ChangeNotUnderstood} with
 * the words it could not place and the nearest names.
 */
final class ColumnRefs {

    record Ref(String table, String column) {
        String qualified() { return table + "." + column; }
    }

    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)\\b");
    private static final Pattern OF_TABLE = Pattern.compile("(.+?)\\s+(?:on|of|in|from|at|for|de|en|von|in der|der)\\s+(?:the\\s+|la\\s+|el\\s+|los\\s+|las\\s+|die\\s+|der\\s+)?(.+?)(?:\\s+(?:table|tabla|tabelle))?");
    private static final Pattern NOISE = Pattern.compile("\\b(?:the|a|an|column|columns|field|fields|attribute|property|value|its|their|existing|current|la|el|columna|campo|die|spalte|feld)\\b");

    private final SchemaNames names;
    private final Optional<String> focus;

    ColumnRefs(SchemaNames names, Optional<String> focus) {
        this.names = names;
        this.focus = focus.filter(names.schema()::hasTable);
    }

    /** The column the phrase names; {@code tableHint} is a table the rest of the sentence names. */
    Ref ref(String phrase, Optional<String> tableHint, String understood) {
        return find(phrase, tableHint).orElseThrow(() -> unplaced(phrase, tableHint, understood));
    }

    Optional<Ref> find(String phrase, Optional<String> tableHint) {
        String p = phrase.strip().replaceAll("[\"'`]", " ").replaceAll("\\s+", " ").strip();
        Matcher q = QUALIFIED.matcher(p);
        if (q.find()) {
            Optional<String> t = names.table(q.group(1));
            if (t.isPresent()) return names.column(table(t.get()), q.group(2)).map(c -> new Ref(t.get(), c));
        }
        Matcher of = OF_TABLE.matcher(p);
        if (of.matches()) {
            Optional<String> t = names.table(of.group(2));
            if (t.isPresent()) {
                Optional<String> c = names.column(table(t.get()), bare(of.group(1)));
                if (c.isPresent()) return Optional.of(new Ref(t.get(), c.get()));
            }
        }
        String words = bare(p.replaceAll("'s\\b|s'", " "));
        List<String> parts = Arrays.asList(words.split(" "));
        for (int k = Math.min(3, parts.size() - 1); k >= 1; k--) {
            Optional<String> t = names.table(String.join("_", parts.subList(0, k)));
            if (t.isEmpty()) continue;
            Optional<String> c = names.column(table(t.get()), String.join("_", parts.subList(k, parts.size())));
            if (c.isPresent()) return Optional.of(new Ref(t.get(), c.get()));
        }
        return inContext(words, tableHint);
    }

    /** A bare column word: in the hinted table, the focus table, or the only table that has it. */
    private Optional<Ref> inContext(String words, Optional<String> tableHint) {
        if (words.isBlank()) return Optional.empty();
        for (Optional<String> t : List.of(tableHint, focus)) {
            if (t.isPresent() && names.schema().hasTable(t.get())) {
                Optional<String> c = names.column(table(t.get()), words);
                if (c.isPresent()) return Optional.of(new Ref(t.get(), c.get()));
                if (t == tableHint) return Optional.empty();
            }
        }
        List<String> holders = names.tablesWithColumn(words);
        if (holders.size() == 1) return names.column(table(holders.get(0)), words).map(c -> new Ref(holders.get(0), c));
        return Optional.empty();
    }

    /** The table a phrase names ("tickets", "the ticket table", "orderItems"), or what the sentence is about. */
    String table(String phrase, String understood) {
        return names.table(bare(phrase.replaceAll("\\b(?:table|tabla|tabelle)\\b", " ")))
                .orElseThrow(() -> new ChangeNotUnderstood(understood, List.of(phrase.strip()),
                        names.nearestTable(bare(phrase)).map(n -> "the table " + n), names.tableNames()));
    }

    Optional<String> focus() { return focus; }

    SchemaNames names() { return names; }

    private ChangeNotUnderstood unplaced(String phrase, Optional<String> tableHint, String understood) {
        String words = bare(phrase);
        Optional<String> table = tableHint.or(() -> focus);
        Matcher of = OF_TABLE.matcher(phrase.strip());
        Matcher q = QUALIFIED.matcher(phrase.strip());
        if (q.find() && names.table(q.group(1)).isPresent()) {
            table = names.table(q.group(1));
            words = bare(q.group(2));
        } else if (of.matches() && names.table(of.group(2)).isPresent()) {
            table = names.table(of.group(2));
            words = bare(of.group(1));
        } else if (q.reset().find() && tableHint.isEmpty()) {
            // "tickets.priority" where no table tickets exists: the table is what is missing, not a column of the focus table
            Optional<String> nearTable = names.nearestTable(q.group(1));
            return new ChangeNotUnderstood(understood, List.of(q.group(1)), nearTable.map(n -> "the table " + n), names.tableNames(),
                    Optional.of("there is no table " + q.group(1)));
        } else if (of.matches() && tableHint.isEmpty()) {
            Optional<String> nearTable = names.nearestTable(of.group(2));
            return new ChangeNotUnderstood(understood, List.of(of.group(2).strip()), nearTable.map(n -> "the table " + n), names.tableNames());
        }
        List<String> candidates = new ArrayList<>();
        Optional<String> near = Optional.empty();
        if (table.isPresent()) {
            Table t = table(table.get());
            near = names.nearestColumn(t, words).map(c -> t.name() + "." + c);
            t.columns().forEach(c -> candidates.add(t.name() + "." + c.name()));
        } else {
            for (Table t : names.schema().tables()) {
                Optional<String> c = names.nearestColumn(t, words);
                if (c.isPresent() && near.isEmpty()) near = Optional.of(t.name() + "." + c.get());
            }
            candidates.addAll(names.tableNames());
        }
        String unplacedWords = words;
        Optional<String> missing = table.map(t -> t + " has no column " + unplacedWords.replace(' ', '_'));
        return new ChangeNotUnderstood(understood, List.of(words), near, candidates, missing);
    }

    static String bare(String phrase) {
        return NOISE.matcher(phrase.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").replaceAll("[^a-z0-9_ ]", " ").replaceAll("\\s+", " ").strip();
    }

    private Table table(String name) { return names.schema().requireTable(name); }
}
