package dev.schemadesigner.generate.python;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Python source spelling: string literals, class and module names derived from table names. */
public final class PyText {
    private PyText() {}

    /** A double-quoted Python string literal. */
    public static String str(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /** A string literal for {@code sa.text()}: colons escaped so they are not read as bind parameters. */
    public static String sqlText(String sql) {
        return str(sql.replace(":", "\\:"));
    }

    /** A triple-quoted literal for {@code sa.text()} of multi-line SQL. */
    public static String sqlBlock(String sql) {
        String body = sql.strip().replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"").replace(":", "\\\\:");
        return "\"\"\"" + body + "\"\"\"";
    }

    public static String list(List<String> values) {
        return "[" + values.stream().map(PyText::str).collect(Collectors.joining(", ")) + "]";
    }

    /** pain_points → PainPoint, feedback_analysis → FeedbackAnalysis. */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "metadata", "registry");

    /**
     * A Python attribute name for a database name: the name itself when it is a plain identifier,
     * otherwise a sanitised one (the model then passes the real name to {@code Column}). A name from
     * a model or a pasted schema never becomes Python code.
     */
    public static String attribute(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (safe.isEmpty() || Character.isDigit(safe.charAt(0))) safe = "_" + safe;
        return KEYWORDS.contains(safe) ? safe + "_" : safe;
    }

    public static String className(String table) {
        String singular = singular(table);
        StringBuilder b = new StringBuilder();
        for (String part : singular.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        String name = b.toString();
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "T" + name : name;
    }

    /** pain_points → pain_point (the model's module name). */
    public static String moduleName(String table) {
        return singular(table).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    }

    /** The singular of the last word of a snake_case name, by the common English endings. */
    public static String singular(String name) {
        int cut = name.lastIndexOf('_');
        String head = name.substring(0, cut + 1);
        String word = name.substring(cut + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && word.length() > 3) word = word.substring(0, word.length() - 3) + "y";
        else if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) word = word.substring(0, word.length() - 2);
        else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && word.length() > 1) {
            word = word.substring(0, word.length() - 1);
        }
        return head + word;
    }

    /** snake_case enum name → CamelCase class name. */
    public static String enumClassName(String enumName) {
        StringBuilder b = new StringBuilder();
        for (String part : enumName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String name = b.toString();
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "E" + name : name;
    }

    /** An enum value → a Python member name: "in progress" → IN_PROGRESS. */
    public static String memberName(String value) {
        String name = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) name = "EMPTY";
        return Character.isDigit(name.charAt(0)) ? "V_" + name : name;
    }

    /** A slug for file names: lower-case words joined by underscores, at most {@code max} characters. */
    public static String slug(String text, int max) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > max) s = s.substring(0, max).replaceAll("_+$", "");
        return s.isEmpty() ? "change" : s;
    }

    public static String indent(String text, int spaces) {
        String pad = " ".repeat(spaces);
        return text.lines().map(l -> l.isEmpty() ? l : pad + l).collect(Collectors.joining("\n")) + (text.endsWith("\n") ? "\n" : "");
    }
}
