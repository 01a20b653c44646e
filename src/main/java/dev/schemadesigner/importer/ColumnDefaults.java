package dev.schemadesigner.importer;

import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a default as a database prints it into a {@link DefaultValue}: string literals to
 * {@code Text}, numbers to {@code Number} ({@code Bool} on a boolean column), {@code true/false}
 * to {@code Bool}, {@code now()} / {@code CURRENT_TIMESTAMP[(n)]} to {@code CurrentTimestamp},
 * {@code NULL} to no default, anything else to {@code Expression} as printed.
 */
final class ColumnDefaults {
    private ColumnDefaults() {}

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOW = Pattern.compile("now\\(\\)|current_timestamp(\\(\\d*\\))?|localtimestamp(\\(\\d*\\))?");
    /** PostgreSQL's trailing casts: {@code ::text}, {@code ::character varying(10)}, {@code ::text[]}, {@code ::public.status}. */
    private static final Pattern CASTS = Pattern.compile("(::\\s*[\\w\" .]+(\\([\\d, ]*\\))?(\\[\\])*)+\\s*");

    static Optional<DefaultValue> parse(String printed, LogicalType type) {
        String sql = withoutOuterParentheses(printed.trim());
        if (sql.isEmpty() || sql.equalsIgnoreCase("null")) return Optional.empty();
        if (isStringLiteral(sql)) return Optional.of(fromLiteralText(unquote(sql), type));
        if (NUMBER.matcher(sql).matches()) return Optional.of(fromNumber(sql, type));
        String lower = sql.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) return Optional.of(DefaultValue.bool(lower.equals("true")));
        if (NOW.matcher(lower).matches()) return Optional.of(DefaultValue.now());
        return Optional.of(DefaultValue.expression(printed.trim()));
    }

    /** PostgreSQL: the literal without {@code ::type} casts when the whole default is a cast literal. */
    static Optional<DefaultValue> parsePostgres(String printed, LogicalType type) {
        String sql = withoutOuterParentheses(printed.trim());
        int cut = sql.regionMatches(true, 0, "NULL::", 0, 6) ? 4 : literalEnd(sql);
        if (cut > 0 && cut < sql.length() && CASTS.matcher(sql.substring(cut)).matches()) {
            return parse(sql.substring(0, cut), type);
        }
        return parse(printed, type);
    }

    private static DefaultValue fromLiteralText(String text, LogicalType type) {
        if (type instanceof LogicalType.Bool) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("t") || t.equals("1")) return DefaultValue.bool(true);
            if (t.equals("false") || t.equals("f") || t.equals("0")) return DefaultValue.bool(false);
        }
        if (isNumeric(type) && NUMBER.matcher(text.trim()).matches()) return DefaultValue.number(new BigDecimal(text.trim()).toPlainString());
        return DefaultValue.text(text);
    }

    private static DefaultValue fromNumber(String number, LogicalType type) {
        if (type instanceof LogicalType.Bool && (number.equals("0") || number.equals("1"))) return DefaultValue.bool(number.equals("1"));
        return DefaultValue.number(number.startsWith("+") ? number.substring(1) : number);
    }

    private static boolean isNumeric(LogicalType type) {
        return type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double;
    }

    static boolean isStringLiteral(String sql) {
        return sql.length() >= 2 && sql.charAt(0) == '\'' && literalEnd(sql) == sql.length();
    }

    /** Index just past the string literal that starts {@code sql}, or -1. */
    private static int literalEnd(String sql) {
        if (sql.isEmpty()) return -1;
        if (NUMBER.matcher(sql).lookingAt() && !sql.startsWith("'")) {
            var m = NUMBER.matcher(sql);
            return m.lookingAt() ? m.end() : -1;
        }
        if (sql.charAt(0) != '\'') return -1;
        for (int i = 1; i < sql.length(); i++) {
            if (sql.charAt(i) == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') i++;
                else return i + 1;
            }
        }
        return -1;
    }

    static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("''", "'");
    }

    static String withoutOuterParentheses(String sql) {
        String s = sql;
        while (s.startsWith("(") && s.endsWith(")") && closes(s)) s = s.substring(1, s.length() - 1).trim();
        return s;
    }

    /** True when the parenthesis at 0 is closed by the last character, outside string literals. */
    private static boolean closes(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')' && --depth == 0) return i == s.length() - 1;
        }
        return false;
    }
}
