package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.List;

/** Argument checks shared by the schema records. Dialect rules (length, reserved words) live in the dialects. */
public final class Names {
    private Names() {}

    /** The rule an invisible or direction-changing character in a name breaks; importers refuse the file on it. */
    public static final String INVISIBLE_CHARACTERS = "names may not contain invisible or direction-changing characters";

    /**
     * Names end up in SQL, in Python source and in docstrings of generated files, so besides being
     * non-blank they may not carry quotes, backslashes or control characters (a hostile name must be
     * refused here, not escaped in every generator), nor invisible format characters: a
     * right-to-left override (U+202E) or isolate (U+2066–U+2069) makes a name display as another
     * (audit L7), a zero-width space makes two names look alike.
     */
    static String require(String name, String what) {
        if (name == null || name.isBlank()) throw new UserFacingException(ErrorCode.INVALID_IDENTIFIER, what + " must not be blank");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '`' || c == '\\') {
                throw new UserFacingException(ErrorCode.INVALID_IDENTIFIER, what + " '" + printable(name) + "' may not contain quotes, backslashes or control characters");
            }
        }
        for (int i = 0, position = 1; i < name.length(); i += Character.charCount(name.codePointAt(i)), position++) {
            int cp = name.codePointAt(i);
            if (isInvisible(cp)) {
                throw new UserFacingException(ErrorCode.INVALID_IDENTIFIER, what + " '" + printable(name) + "' contains " + unicodeName(cp) + " at character " + position
                        + "; " + INVISIBLE_CHARACTERS);
            }
        }
        return name;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE". */
    private static String unicodeName(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " " + name);
    }

    /** SQL text (a CHECK body, an index expression): only non-blank. */
    static String requireText(String sql, String what) {
        if (sql == null || sql.isBlank()) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, what + " must not be blank");
        return sql;
    }

    /** The name as a message can show it: control characters as '?', invisible ones as their escape ({@code \u202E}). */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) shown.append('?');
            else if (isInvisible(cp)) shown.append(String.format("\\u%04X", cp));
            else shown.appendCodePoint(cp);
        });
        return shown.length() > 60 ? shown.substring(0, 59) + "…" : shown.toString();
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) throw new UserFacingException(ErrorCode.INVALID_SCHEMA, what + " needs at least one column");
        columns.forEach(c -> require(c, what + " column"));
        return List.copyOf(columns);
    }
}
