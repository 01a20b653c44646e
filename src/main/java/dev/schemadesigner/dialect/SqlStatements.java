package dev.schemadesigner.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at semicolons outside string literals, quoted identifiers,
 * comments and PostgreSQL dollar-quoted bodies; blank statements are skipped. Backslash escapes
 * a quote only where the database reads it so (MariaDB's default SQL mode).
 */
final class SqlStatements {
    private SqlStatements() {}

    static List<String> split(String script, boolean backslashEscapes) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(script, i + 1, c, backslashEscapes && c == '\'');
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
            } else if (c == ';') {
                add(out, current);
                i++;
                continue;
            } else {
                end = i + 1;
            }
            current.append(script, i, end);
            i = end;
        }
        add(out, current);
        return out;
    }

    private static int closing(String s, int from, char quote, boolean backslashEscapes) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && backslashEscapes && i + 1 < s.length()) { i += 2; continue; }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null. */
    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) return s.substring(i, j + 1);
        return null;
    }

    private static void add(List<String> out, StringBuilder current) {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) out.add(statement);
        current.setLength(0);
    }
}
