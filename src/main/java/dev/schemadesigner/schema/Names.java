package dev.schemadesigner.schema;

import java.util.List;

/** Argument checks shared by the schema records. Dialect rules (length, reserved words) live in the dialects. */
final class Names {
    private Names() {}

    /**
     * Names end up in SQL, in Python source and in docstrings of generated files, so besides being
     * non-blank they may not carry quotes, backslashes or control characters (a hostile name must be
     * refused here, not escaped in every generator).
     */
    static String require(String name, String what) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '`' || c == '\\') {
                throw new IllegalArgumentException(what + " '" + printable(name) + "' may not contain quotes, backslashes or control characters");
            }
        }
        return name;
    }

    /** SQL text (a CHECK body, an index expression): only non-blank. */
    static String requireText(String sql, String what) {
        if (sql == null || sql.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return sql;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 60 ? shown.substring(0, 59) + "…" : shown;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) throw new IllegalArgumentException(what + " needs at least one column");
        columns.forEach(c -> require(c, what + " column"));
        return List.copyOf(columns);
    }
}
