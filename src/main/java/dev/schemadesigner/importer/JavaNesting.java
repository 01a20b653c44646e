package dev.schemadesigner.importer;

/**
 * How deeply Java source nests, measured before JavaParser reads it: JavaParser recurses per level,
 * and a few hundred nested parentheses, or a thousand-long chain of operators ({@code - - - 1},
 * {@code (int) (int) 1}, {@code a ? b : a ? b : …}), overflow a request thread's stack. Brackets are
 * counted by depth; operators, dots and opening parentheses between two of {@code ; , { }} count as
 * one chain, an upper bound of how deep the expression they form can be. Comments, string and
 * character literals and text blocks do not count.
 */
final class JavaNesting {
    private JavaNesting() {}

    private static final String OPERATORS = "+-*/%!~?:&|^<>=.(";

    /** Throws {@link NestingTooDeepException} at the first bracket or operator chain past {@link ImportLimits#MAX_NESTING}. */
    static void require(String source, String format) {
        int depth = 0;
        int chain = 0;
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += newlines(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = textBlockEnd(source, i + 3);
                line += newlines(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                i = literalEnd(source, i + 1, c);
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    if (++depth > ImportLimits.MAX_NESTING) throw new NestingTooDeepException(format, NestingTooDeepException.nameOf(c), line);
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                if (c == ';' || c == ',' || c == '{' || c == '}') {
                    chain = 0;
                } else if (OPERATORS.indexOf(c) >= 0 && ++chain > ImportLimits.MAX_NESTING) {
                    throw new NestingTooDeepException(format, "expressions", line);
                }
                i++;
            }
        }
    }

    /** After the closing quote of a string or char literal; an unterminated one ends at its line's end (JavaParser reports it). */
    private static int literalEnd(String s, int i, char quote) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') return i;
            if (c == quote) return i + 1;
            i += c == '\\' && i + 1 < s.length() && s.charAt(i + 1) != '\n' ? 2 : 1;
        }
        return s.length();
    }

    private static int textBlockEnd(String s, int i) {
        while (i < s.length() && !s.startsWith("\"\"\"", i)) i += s.charAt(i) == '\\' ? 2 : 1;
        return Math.min(i + 3, s.length());
    }

    private static int newlines(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to && i < s.length(); i++) if (s.charAt(i) == '\n') count++;
        return count;
    }
}
