package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value existing rows get, as a request says it in words: "existing rows become 'normal'",
 * "backfill with 0", "delivered if delivered_at is set, else pending" → a SQL expression over the
 * row's own columns, with literals typed by the column (a value of its enum, a number, a boolean).
 */
final class BackfillRule {
    private BackfillRule() {}

    private static final String VALUE = "['\"]?([\\w .-]+?)['\"]?";
    private static final Pattern CONDITIONAL = Pattern.compile(".*?" + VALUE + "\\s+(?:if|when|where|for rows where)\\s+(.+?)\\s*,?\\s+(?:else|otherwise|or else)\\s*,?\\s+" + VALUE + "\\s*\\)?\\s*$");
    private static final Pattern CONSTANT = Pattern.compile(".*?\\b(?:(?:existing|old|current|all)\\s+(?:rows|records|entries|ones)(?:\\s+(?:should|will|must))?\\s+"
            + "(?:become|get|take|are set to|set to|default to|are|be|gets|receive)|(?:backfill|fill|populate)(?:\\s+(?:existing rows|old rows|the nulls|nulls|them|it|null values|empty ones))?\\s+(?:with|as|to|using)|"
            + "(?:nulls?|null values|missing values|empty ones)\\s+(?:become|get|are set to|->|=>)|set\\s+(?:existing|old)\\s+(?:rows|ones)\\s+to|"
            + "(?:filas existentes|las filas existentes)\\s+(?:pasan a|quedan como|se convierten en|reciben)|(?:bestehende|vorhandene) (?:zeilen|eintr[aä]ge) (?:werden|bekommen|erhalten))\\s+(.+?)\\s*\\)?\\s*$");
    private static final Pattern CONDITION = Pattern.compile("(?:the\\s+)?([a-z_][a-z0-9_ ]*?)\\s+(is set|is not null|is present|exists|has a value|is filled|is null|is not set|is missing|is empty|is true|is false|"
            + "(?:>=|<=|<>|!=|>|<|=)\\s*-?[\\w.']+)");

    /** Whether the words carry a rule for existing rows. */
    static boolean present(String words) { return CONDITIONAL.matcher(words).matches() || CONSTANT.matcher(words).matches(); }

    /** The SQL the column's NULLs become, read from {@code words}; {@code understood} names the change for the explanation. */
    static Optional<String> read(String words, Schema schema, Table table, Column column, String understood) {
        Matcher k = CONSTANT.matcher(words);
        if (k.matches()) {
            String value = k.group(1).strip();
            Matcher inner = CONDITIONAL.matcher(value);
            if (inner.matches()) return Optional.of(conditional(inner, schema, table, column, understood));
            return Optional.of(literal(value.replaceAll("^(?:the\\s+)?(?:value\\s+)?", ""), schema, table, column, understood));
        }
        Matcher c = CONDITIONAL.matcher(words);
        return c.matches() ? Optional.of(conditional(c, schema, table, column, understood)) : Optional.empty();
    }

    private static String conditional(Matcher c, Schema schema, Table table, Column column, String understood) {
        return "CASE WHEN " + condition(c.group(2), schema, table, understood) + " THEN " + literal(c.group(1), schema, table, column, understood)
                + " ELSE " + literal(c.group(3), schema, table, column, understood) + " END";
    }

    private static String condition(String words, Schema schema, Table table, String understood) {
        Matcher m = CONDITION.matcher(words.strip());
        if (!m.matches()) throw new ChangeNotUnderstood(understood, List.of(words.strip()), Optional.empty(), table.columns().stream().map(Column::name).toList(),
                Optional.of("the condition \"" + words.strip() + "\" is not one I can read; write it as '<column> is set', '<column> is null' or '<column> > 10'"));
        SchemaNames names = new SchemaNames(schema);
        String col = names.column(table, m.group(1).strip()).orElseThrow(() -> new ChangeNotUnderstood(understood, List.of(m.group(1).strip()),
                names.nearestColumn(table, m.group(1).strip()).map(n -> table.name() + "." + n), table.columns().stream().map(Column::name).toList()));
        String test = m.group(2);
        return switch (test) {
            case "is set", "is not null", "is present", "exists", "has a value", "is filled" -> col + " IS NOT NULL";
            case "is null", "is not set", "is missing", "is empty" -> col + " IS NULL";
            case "is true" -> col + " = TRUE";
            case "is false" -> col + " = FALSE";
            default -> col + " " + test.replaceAll("\\s+", " ").replace("!=", "<>");
        };
    }

    /** A value in the column's type: an enum value (checked), a number, a boolean, the current time, or quoted text. */
    static String literal(String raw, Schema schema, Table table, Column column, String understood) {
        String v = raw.strip().replaceAll("^[:,;(\\s]+", "").replaceAll("^['\"]|['\"]$", "");
        LogicalType type = column.type();
        List<String> allowed = allowedValues(schema, table, column);
        if (!allowed.isEmpty()) {
            if (allowed.contains(v)) return quoted(v);
            Optional<String> near = allowed.stream().min(java.util.Comparator.comparingInt(a -> SchemaNames.distance(a, v)));
            throw new ChangeNotUnderstood(understood, List.of(v), near.map(n -> "'" + n + "'"), allowed,
                    Optional.of("'" + v + "' is not one of the values " + table.name() + "." + column.name() + " allows (" + String.join(", ", allowed) + ")"));
        }
        if (type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) {
            if (v.matches("-?\\d+(\\.\\d+)?")) return v;
            if (v.matches("zero|none|nothing")) return "0";
        }
        if (type instanceof LogicalType.Bool) {
            if (v.matches("true|yes|on|1")) return "TRUE";
            if (v.matches("false|no|off|0")) return "FALSE";
        }
        if (type instanceof LogicalType.Timestamp && v.matches("now|the current time|the migration time|current_timestamp")) return "CURRENT_TIMESTAMP";
        if (type instanceof LogicalType.Varchar || type instanceof LogicalType.Text) return quoted(v);
        throw new ChangeNotUnderstood(understood, List.of(v), Optional.empty(), List.of(),
                Optional.of("'" + v + "' is not a value of type " + type.describe() + " for " + table.name() + "." + column.name()));
    }

    /** The values an enum type or an IN-list CHECK lets the column hold; empty when any value of its type goes. */
    static List<String> allowedValues(Schema schema, Table table, Column column) {
        if (column.type() instanceof LogicalType.EnumRef e) return schema.enumType(e.enumName()).map(t -> t.values()).orElse(List.of());
        Pattern in = Pattern.compile("(?i)\\b" + Pattern.quote(column.name()) + "\\s+IN\\s*\\(([^)]*)\\)");
        for (var check : table.checks()) {
            Matcher m = in.matcher(check.expression());
            if (m.find()) return Words.items(m.group(1)).stream().map(s -> s.strip().replaceAll("^'|'$", "")).toList();
        }
        return List.of();
    }

    private static String quoted(String v) { return "'" + v.replace("'", "''") + "'"; }
}
