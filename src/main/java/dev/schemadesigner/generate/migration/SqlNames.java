package dev.schemadesigner.generate.migration;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifiers inside raw SQL of a revision (UPDATE backfills, VALIDATE CONSTRAINT): quoted with
 * double quotes (PostgreSQL and SQLite both accept them) unless plain lower-case and not reserved.
 */
final class SqlNames {
    private SqlNames() {}

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("all", "and", "as", "by", "case", "check", "column", "constraint", "create",
            "default", "desc", "distinct", "end", "from", "group", "having", "in", "index", "is", "key", "limit", "not", "null",
            "offset", "on", "or", "order", "primary", "references", "select", "table", "to", "union", "unique", "user", "when", "where");

    static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier.toLowerCase(Locale.ROOT))) return identifier;
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
