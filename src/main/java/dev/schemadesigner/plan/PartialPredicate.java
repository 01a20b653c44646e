package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows a partial index covers, as people say it: "only open ones" (a value of the column that
 * holds it: {@code status = 'open'}), "only active" (a flag: {@code is_active = TRUE}), "only not
 * deleted" ({@code deleted_at IS NULL}), or an explicit {@code where status = 'open'}.
 */
final class PartialPredicate {
    private PartialPredicate() {}

    private static final Pattern EXPLICIT = Pattern.compile("([a-z_][a-z0-9_]*)\\s*(=|<>|!=|>=|<=|>|<|is not null|is null)\\s*(.*)");

    static String read(String words, Schema schema, Table table, String understood) {
        String w = words.strip();
        Matcher explicit = EXPLICIT.matcher(w);
        if (explicit.matches() && table.hasColumn(explicit.group(1))) return w.replace("!=", "<>");
        boolean negated = w.startsWith("not ");
        String word = negated ? w.substring(4).strip() : w;
        String stem = word.replaceAll("(?:ones|s)$", "");
        for (Column c : table.columns()) {
            List<String> allowed = BackfillRule.allowedValues(schema, table, c);
            for (String value : allowed) {
                if (value.equalsIgnoreCase(word) || value.equalsIgnoreCase(stem)) return c.name() + (negated ? " <> '" : " = '") + value.replace("'", "''") + "'";
            }
        }
        for (Column c : table.columns()) {
            if (c.type() instanceof LogicalType.Bool && List.of(word, "is_" + word, stem, "is_" + stem).contains(c.name())) return c.name() + (negated ? " = FALSE" : " = TRUE");
        }
        for (Column c : table.columns()) {
            String past = word.endsWith("e") ? word + "d" : word + "ed";
            if (c.type() instanceof LogicalType.Timestamp && List.of(word + "_at", past + "_at", word.replaceAll("^un", "") + "_at").contains(c.name())) {
                boolean wantsNull = negated || word.startsWith("un");
                return c.name() + (wantsNull ? " IS NULL" : " IS NOT NULL");
            }
        }
        // a free-text state column holds the states a request names ("only open ones" → state = 'open')
        List<Column> states = table.columns().stream().filter(c -> c.name().matches("status|state|stage|phase")
                && (c.type() instanceof LogicalType.Varchar || c.type() instanceof LogicalType.Text)).toList();
        if (states.size() == 1 && word.matches("[a-z_]+")) return states.get(0).name() + (negated ? " <> '" : " = '") + word + "'";
        List<String> values = new ArrayList<>();
        for (Column c : table.columns()) {
            BackfillRule.allowedValues(schema, table, c).forEach(v -> values.add(c.name() + " = '" + v + "'"));
            if (c.type() instanceof LogicalType.Bool) values.add(c.name() + " = TRUE");
        }
        throw new ChangeNotUnderstood(understood + " over some rows", List.of(word), values.stream()
                .min(java.util.Comparator.comparingInt(v -> SchemaNames.distance(v.replaceAll(".*'(.*)'|\\s*=.*", "$1"), word))), values,
                Optional.of("no column of " + table.name() + " says which rows are \"" + word + "\" (no such value, flag or *_at column)"));
    }

    /** A short word for the index name: {@code status = 'open'} → open, {@code deleted_at IS NULL} → not_deleted. */
    static String nameWord(String predicate) {
        Matcher nullTest = Pattern.compile("([a-z_][a-z0-9_]*?)(_at)? IS (NOT )?NULL", Pattern.CASE_INSENSITIVE).matcher(predicate);
        if (nullTest.matches() && nullTest.group(2) == null) return Naming.snake((nullTest.group(3) != null ? "has_" : "no_") + nullTest.group(1));
        Matcher v = Pattern.compile("'([^']*)'").matcher(predicate);
        boolean negated = predicate.contains("<>") || predicate.contains("= FALSE") || predicate.matches(".*IS NULL$");
        String word = v.find() ? v.group(1) : predicate.replaceAll("^(?:is_)?([a-z0-9_]+?)(?:_at)?\\b.*", "$1");
        return Naming.snake((negated ? "not_" : "") + word);
    }
}
