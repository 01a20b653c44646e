package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words of a request → names of the schema it changes, the way people write them: {@code order items},
 * {@code orderItems}, {@code OrderItem}, {@code order_item} all name {@code order_items}; {@code composer}
 * names {@code composer_id} when that is the table's column; one slip of the keyboard is forgiven in a
 * name of five letters or more. {@link #nearestTable} and {@link #nearestColumn} answer what a word was
 * probably meant to be when nothing matched, for the reply that explains a failure.
 */
final class SchemaNames {

    private final Schema schema;

    SchemaNames(Schema schema) { this.schema = schema; }

    Schema schema() { return schema; }

    /** The table {@code words} name, exactly or as a plural, singular, camel-case or one-typo spelling. */
    Optional<String> table(String words) {
        List<String> spellings = spellings(words);
        if (spellings.isEmpty()) return Optional.empty();
        for (String s : spellings) {
            for (String candidate : List.of(s, Naming.plural(s), Naming.singular(s))) if (schema.hasTable(candidate)) return Optional.of(candidate);
            // camelCase lost its case in the lower-cased request: orderitems is order_items
            for (String name : tableNames()) {
                if (List.of(s, Naming.plural(s), Naming.singular(s)).stream().anyMatch(c -> squashed(c).equals(squashed(name)))) return Optional.of(name);
            }
        }
        String s = spellings.get(0);
        // "invoice" names billing_invoices when it is the only table of a group with that name
        List<String> grouped = tableNames().stream().filter(n -> n.endsWith("_" + Naming.plural(s)) || n.endsWith("_" + s)).toList();
        if (grouped.size() == 1) return Optional.of(grouped.get(0));
        return closest(s, tableNames()).filter(name -> forgiven(s, name) || forgiven(Naming.plural(s), name));
    }

    /** The column of {@code table} that {@code words} name ({@code composer} → {@code composer_id}, {@code createdAt} → {@code created_at}). */
    Optional<String> column(Table table, String words) {
        List<String> spellings = spellings(words);
        if (spellings.isEmpty()) return Optional.empty();
        for (String s : spellings) {
            for (String candidate : List.of(s, s + "_id", Naming.singular(s), Naming.singular(s) + "_id", "is_" + s)) {
                if (table.hasColumn(candidate)) return Optional.of(candidate);
            }
            for (String name : columnNames(table)) if (squashed(name).equals(squashed(s)) || squashed(name).equals(squashed(s) + "id")) return Optional.of(name);
        }
        String s = spellings.get(0);
        // "firstNme" (camel case lost in lower case, one letter missing) is first_name
        return columnNames(table).stream().min(Comparator.comparingInt((String n) -> distance(squashed(s), squashed(n))).thenComparing(n -> n))
                .filter(name -> forgiven(squashed(s), squashed(name)));
    }

    /** The tables holding a column {@code words} name. */
    List<String> tablesWithColumn(String words) {
        return schema.tables().stream().filter(t -> column(t, words).isPresent()).map(Table::name).toList();
    }

    /** The table name closest to {@code words}, however far (for "did you mean …?"). */
    Optional<String> nearestTable(String words) {
        List<String> spellings = spellings(words);
        return spellings.isEmpty() ? Optional.empty() : closest(spellings.get(0), tableNames()).filter(n -> near(spellings.get(0), n));
    }

    /** The column of {@code table} closest to {@code words}, however far (for "did you mean …?"). */
    Optional<String> nearestColumn(Table table, String words) {
        List<String> spellings = spellings(words);
        if (spellings.isEmpty()) return Optional.empty();
        String s = spellings.get(0);
        Optional<String> containing = columnNames(table).stream().filter(c -> c.contains(s) || s.contains(c) && c.length() > 2).findFirst();
        Optional<String> whole = containing.or(() -> closest(s, columnNames(table)).filter(n -> near(s, n)));
        if (whole.isPresent() || !s.contains("_")) return whole;
        // "sevrity level": one of the words may be the name, misspelt
        return java.util.Arrays.stream(s.split("_")).filter(w -> w.length() >= 4).sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> closest(w, columnNames(table)).filter(n -> near(w, n))).flatMap(Optional::stream).findFirst();
    }

    List<String> tableNames() { return schema.tables().stream().map(Table::name).toList(); }

    private static List<String> columnNames(Table t) { return t.columns().stream().map(Column::name).toList(); }

    /** snake_case forms of the words: as written, and without filler words ("the tickets table" → tickets). */
    static List<String> spellings(String words) {
        Set<String> out = new LinkedHashSet<>();
        String raw = words.strip().replaceAll("^[\"'`]+|[\"'`]+$", "");
        if (raw.isEmpty()) return List.of();
        String camel = Naming.snakeUnbounded(raw);
        if (!camel.isEmpty()) out.add(camel);
        String content = Words.content(raw.toLowerCase(java.util.Locale.ROOT));
        if (!content.isEmpty()) out.add(Naming.snakeUnbounded(content));
        out.removeIf(String::isEmpty);
        return new ArrayList<>(out);
    }

    private static String squashed(String name) { return name.replace("_", ""); }

    private static Optional<String> closest(String word, List<String> names) {
        return names.stream().min(Comparator.comparingInt((String n) -> distance(word, n)).thenComparing(n -> n));
    }

    /** One edit in a name of five letters or more, two in one of nine or more: a typo, not another word. */
    private static boolean forgiven(String word, String name) {
        int d = distance(word, name);
        return word.length() >= 5 && d <= 1 || word.length() >= 9 && d <= 2;
    }

    /** Close enough to suggest: at most a third of the longer word differs. */
    private static boolean near(String word, String name) {
        return distance(word, name) * 3 <= Math.max(word.length(), name.length());
    }

    /** Levenshtein distance with adjacent transposition (Damerau, optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}
