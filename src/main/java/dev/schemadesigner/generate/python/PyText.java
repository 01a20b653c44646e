package dev.schemadesigner.generate.python;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Python source spelling: string literals, class and module names derived from table names. */
public final class PyText {
    private PyText() {}

    /**
     * A double-quoted Python string literal. Control and invisible format characters (a NUL byte, a
     * right-to-left override) are spelled as escapes: the value is the same, the source shows them.
     */
    public static String str(String value) {
        StringBuilder b = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> appendVisibly(b, cp);
            }
        });
        return b.append('"').toString();
    }

    /**
     * An f-string of {@code text} followed by the value of the Python name {@code placeholder}:
     * {@code f"text{n}"}; braces in the text are doubled, so they stay text.
     */
    public static String formatted(String text, String placeholder) {
        String literal = str(text.replace("{", "{{").replace("}", "}}"));
        return "f" + literal.substring(0, literal.length() - 1) + "{" + placeholder + "}\"";
    }

    /**
     * A triple-quoted docstring of {@code text}, which may span lines. Backslashes and double quotes
     * are escaped, so a text ending in {@code \} or {@code "} (audit M5) or holding {@code \N} or
     * {@code """} still compiles and reads as written.
     */
    public static String docstring(String text) {
        StringBuilder b = new StringBuilder("\"\"\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append('\n');
                case '\r' -> b.append("\\r");
                case '\t' -> b.append('\t');
                default -> appendVisibly(b, cp);
            }
        });
        return b.append("\"\"\"").toString();
    }

    /**
     * A {@code #} comment of {@code text} on one line: a line break (or any other control or format
     * character) is spelled as an escape, so text never ends the comment and continues as code.
     */
    public static String comment(String text) {
        StringBuilder b = new StringBuilder("# ");
        text.codePoints().forEach(cp -> {
            if (cp == '\t') b.append(' ');
            else appendVisibly(b, cp);
        });
        return b.toString();
    }

    /** {@code cp} itself, or its escape when it is a control, format, separator or lone surrogate character. */
    private static void appendVisibly(StringBuilder b, int cp) {
        if (isInvisible(cp)) b.append(cp <= 0xff ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp));
        else b.appendCodePoint(cp);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /** A string literal for {@code sa.text()}: colons escaped so they are not read as bind parameters. */
    public static String sqlText(String sql) {
        return str(sql.replace(":", "\\:"));
    }

    /**
     * A triple-quoted literal for {@code sa.text()} of multi-line SQL: colons escaped for bind
     * parameters; backslashes and every double quote escaped, so SQL ending in a quoted identifier
     * ({@code … "name"}) cannot run into the closing quotes.
     */
    public static String sqlBlock(String sql) {
        return docstring(sql.strip().replace(":", "\\:"));
    }

    public static String list(List<String> values) {
        return "[" + values.stream().map(PyText::str).collect(Collectors.joining(", ")) + "]";
    }

    /** Python keywords and the names a model class body uses: a column named "relationship" must not shadow relationship(). */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "metadata", "registry", "relationship", "mapped_column");

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

    /** pain_points → PainPoint, feedback_analysis → FeedbackAnalysis. */
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
        return module(singular(table));
    }

    /** A module name for words: lower snake_case, never a keyword ({@code class} → {@code class_}) nor a leading digit. */
    public static String module(String words) {
        String m = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (m.isEmpty() || Character.isDigit(m.charAt(0))) m = "m_" + m;
        return KEYWORDS.contains(m) ? m + "_" : m;
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
