package dev.schemadesigner.importer;

/**
 * MariaDB prints string literals in CHECK clauses with backslash escapes ({@code '\\'} for one
 * backslash, {@code '\''} for a quote); the model keeps ANSI literals ({@code '\'}, {@code ''''}),
 * the way PostgreSQL reads them. This rewrites each literal of a clause from the one to the other.
 */
final class MariaDbLiterals {
    private MariaDbLiterals() {}

    static String ansi(String clause) {
        StringBuilder out = new StringBuilder(clause.length());
        char quote = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            char next = i + 1 < clause.length() ? clause.charAt(i + 1) : 0;
            if (quote == 0) {
                if (c == '\'' || c == '`' || c == '"') quote = c;
                out.append(c);
            } else if (quote == '\'' && c == '\\' && next != 0) {
                out.append(unescaped(next));
                i++;
            } else if (c == quote && next == quote) {
                out.append(c).append(next);
                i++;
            } else {
                if (c == quote) quote = 0;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescaped(char escaped) {
        return switch (escaped) {
            case '\'' -> "''";
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case 'Z' -> "\u001A";
            case 'b' -> "\b";
            case '%', '_' -> "\\" + escaped; // MariaDB keeps these two escapes as written (for LIKE)
            default -> String.valueOf(escaped);
        };
    }
}
