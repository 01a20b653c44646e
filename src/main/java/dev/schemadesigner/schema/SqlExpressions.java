package dev.schemadesigner.schema;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

import java.util.Locale;

/**
 * Canonical text for SQL expressions (CHECK bodies, partial-index predicates, index expressions,
 * default expressions), so that what one database prints back compares equal to what was written:
 * {@code (st)::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])} and
 * {@code `st` in ('a','b')} both read {@code st in ('a', 'b')}. Expressions JSqlParser cannot
 * parse fall back to a lenient text normalisation.
 */
public final class SqlExpressions {
    private SqlExpressions() {}

    public static boolean equivalent(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    public static String canonical(String sql) {
        String trimmed = postgresLikeOperators(sql.trim());
        if (trimmed.isEmpty()) return "";
        try {
            Expression parsed = CCJSqlParserUtil.parseCondExpression(trimmed, false);
            return CanonicalSqlPrinter.print(parsed);
        } catch (JSQLParserException | RuntimeException e) {
            return lenient(trimmed);
        }
    }

    /** PostgreSQL prints LIKE back as its operator {@code ~~} (ILIKE as {@code ~~*}). */
    private static String postgresLikeOperators(String sql) {
        if (!sql.contains("~~")) return sql;
        return sql.replace("!~~*", " NOT ILIKE ").replace("~~*", " ILIKE ").replace("!~~", " NOT LIKE ").replace("~~", " LIKE ");
    }

    /**
     * The expression with every double-quoted identifier (the model's spelling) quoted with
     * {@code open}/{@code close} instead, e.g. backticks for MariaDB. String literals are left
     * alone.
     */
    public static String withIdentifierQuotes(String sql, char open, char close) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == '\'' && end + 1 < sql.length() && sql.charAt(end + 1) == '\'') end += 2;
                    else if (sql.charAt(end) == '\'') break;
                    else end++;
                }
                out.append(sql, i, Math.min(end + 1, sql.length()));
                i = end + 1;
            } else if (c == '"') {
                StringBuilder name = new StringBuilder();
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == '"' && end + 1 < sql.length() && sql.charAt(end + 1) == '"') { name.append('"'); end += 2; }
                    else if (sql.charAt(end) == '"') break;
                    else name.append(sql.charAt(end++));
                }
                String escapedClose = String.valueOf(close) + close;
                out.append(open).append(name.toString().replace(String.valueOf(close), escapedClose)).append(close);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Quotes and parentheses dropped, whitespace collapsed, lower case; for what the parser does not know. */
    static String lenient(String sql) {
        return sql.replaceAll("[\"`]", "").replaceAll("[()]", " ").replace("!=", "<>")
                .replaceAll("\\s*::\\s*", "::").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
