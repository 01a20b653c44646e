package dev.schemadesigner.schema;

/**
 * The lexical checks made on expression text before it is parsed: JSqlParser skips comments
 * silently and stops at a statement separator, so these are refused here, by name, outside
 * string literals and quoted names. Backslash is an ordinary character inside a literal (ANSI,
 * as PostgreSQL reads it); the dialect re-escapes it where the database would read it otherwise.
 */
final class ExpressionText {
    private ExpressionText() {}

    static final int MAX_LENGTH = 10_000;

    static void check(String sql, ExpressionKind kind) {
        if (sql.length() > MAX_LENGTH) {
            throw refused("expressions longer than " + MAX_LENGTH + " characters are not allowed (" + sql.length() + ")", kind);
        }
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') throw refused("control characters are not allowed (U+" + String.format("%04X", (int) c) + ")", kind);
            if (quote != 0) {
                if (c == quote && next == quote) i++;
                else if (c == quote) quote = 0;
                continue;
            }
            switch (c) {
                case '\'' -> {
                    if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
                        throw refused("prefixed string literals (E'…', N'…', X'…') are not allowed", kind);
                    }
                    quote = c;
                }
                case '"', '`' -> quote = c;
                case ';' -> throw refused("only one expression; found ';'", kind);
                case '#' -> throw refused("comments are not allowed ('#' starts a comment on MariaDB)", kind);
                case '\\' -> throw refused("a backslash outside a string literal is not allowed", kind);
                case '$' -> throw refused("'$' outside a quoted name is not allowed (dollar quoting, parameters)", kind);
                case '?' -> throw refused("parameters ('?') are not allowed", kind);
                case '{', '}' -> throw refused("JDBC escapes ('{', '}') are not allowed", kind);
                case '-' -> { if (next == '-') throw refused("comments are not allowed ('--')", kind); }
                case '/' -> { if (next == '*') throw refused("comments are not allowed ('/*')", kind); }
                default -> { }
            }
        }
        if (quote != 0) throw refused("unterminated " + (quote == '\'' ? "string literal" : "quoted name") + " (" + quote + ")", kind);
    }

    private static ExpressionRefusedException refused(String what, ExpressionKind kind) {
        return new ExpressionRefusedException(what + " in " + kind.label());
    }
}
