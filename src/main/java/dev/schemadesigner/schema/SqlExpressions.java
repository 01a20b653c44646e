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
        String trimmed = sql.trim();
        if (trimmed.isEmpty()) return "";
        try {
            Expression parsed = CCJSqlParserUtil.parseCondExpression(trimmed, false);
            return CanonicalSqlPrinter.print(parsed);
        } catch (JSQLParserException | RuntimeException e) {
            return lenient(trimmed);
        }
    }

    /** Quotes and parentheses dropped, whitespace collapsed, lower case; for what the parser does not know. */
    static String lenient(String sql) {
        return sql.replaceAll("[\"`]", "").replaceAll("[()]", " ").replace("!=", "<>")
                .replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
