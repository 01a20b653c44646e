package dev.schemadesigner.schema;

import java.util.Locale;

/**
 * Canonical text for SQL expressions (CHECK bodies, partial-index predicates, index expressions,
 * default expressions), so that what one database prints back compares equal to what was written.
 */
public final class SqlExpressions {
    private SqlExpressions() {}

    public static boolean equivalent(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    public static String canonical(String sql) {
        return sql.replaceAll("[\"`]", "").replaceAll("[()]", " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
