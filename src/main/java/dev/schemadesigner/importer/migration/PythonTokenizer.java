package dev.schemadesigner.importer.migration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Python source into tokens, as {@code tokenize} does for what a migration file needs: names,
 * numbers, strings (single, triple-quoted, raw, bytes; f-strings kept opaque), operators,
 * comments dropped, NEWLINE at the end of each logical line, INDENT/DEDENT for blocks, newlines
 * inside brackets and after a backslash ignored. Unbalanced brackets, unterminated strings and
 * inconsistent indentation are a {@link MigrationSyntaxException} with line and column.
 */
final class PythonTokenizer {
    private static final String THREE_CHAR_OPS = "**=//=>>=<<=...";
    private static final String TWO_CHAR_OPS = "->**//==!=<=>=+=-=*=/=%=&=|=^=<<>>:=";

    private final String src;
    private final List<PyToken> out = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<PyToken> brackets = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private PythonTokenizer(String src) {
        this.src = src;
        indents.push(0);
    }

    static List<PyToken> tokenize(String source) {
        PythonTokenizer t = new PythonTokenizer(source);
        t.run();
        return t.out;
    }

    private void run() {
        boolean atLineStart = true;
        while (pos < src.length()) {
            if (atLineStart && brackets.isEmpty()) {
                if (!indentation()) continue;
                atLineStart = false;
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                newline();
                if (brackets.isEmpty() && lastIsSignificant()) add(PyToken.Kind.NEWLINE, "\n", line - 1, 0);
                atLineStart = brackets.isEmpty();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++;
                if (src.charAt(pos) == '\r') pos++;
                if (pos < src.length() && src.charAt(pos) == '\n') newline();
            } else if (Character.isDigit(c) || c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
                String word = src.substring(start, pos);
                if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && word.matches("(?i)[rbuf]{1,2}")) {
                    string(start, word.toLowerCase(Locale.ROOT));
                } else {
                    add(PyToken.Kind.NAME, word, line, start - lineStart + 1);
                }
            } else if (c == '\'' || c == '"') {
                string(pos, "");
            } else {
                operator(c);
            }
        }
        if (!brackets.isEmpty()) {
            PyToken open = brackets.peek();
            throw new MigrationSyntaxException(open.line(), open.column(), "'" + open.text() + "' is never closed");
        }
        if (lastIsSignificant()) add(PyToken.Kind.NEWLINE, "\n", line, 0);
        while (indents.peek() > 0) {
            indents.pop();
            add(PyToken.Kind.DEDENT, "", line, 1);
        }
        add(PyToken.Kind.END, "", line, pos - lineStart + 1);
    }

    /** Reads the indentation of a new line; false when the line is blank or a comment (nothing to emit). */
    private boolean indentation() {
        int width = 0;
        int p = pos;
        while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
            width = src.charAt(p) == '\t' ? (width / 8 + 1) * 8 : width + 1;
            p++;
        }
        if (p >= src.length() || src.charAt(p) == '\n' || src.charAt(p) == '#' || src.charAt(p) == '\r') {
            pos = p;
            while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            if (pos < src.length()) newline();
            return false;
        }
        pos = p;
        int column = p - lineStart + 1;
        boolean opensBlock = !out.isEmpty() && out.size() >= 2 && out.get(out.size() - 1).kind() == PyToken.Kind.NEWLINE
                && out.get(out.size() - 2).is(":");
        if (width > indents.peek()) {
            if (!opensBlock) throw new MigrationSyntaxException(line, column, "unexpected indent");
            indents.push(width);
            add(PyToken.Kind.INDENT, "", line, column);
        } else {
            if (opensBlock) throw new MigrationSyntaxException(line, column, "expected an indented block after line " + (out.get(out.size() - 2).line()));
            while (width < indents.peek()) {
                indents.pop();
                add(PyToken.Kind.DEDENT, "", line, column);
            }
            if (width != indents.peek()) throw new MigrationSyntaxException(line, column, "unindent does not match any outer indentation level");
        }
        return true;
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.' || src.charAt(pos) == '_')) pos++;
        add(PyToken.Kind.NUMBER, src.substring(start, pos), line, start - lineStart + 1);
    }

    private void string(int start, String prefix) {
        int startLine = line;
        int column = start - lineStart + 1;
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        String delimiter = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += delimiter.length();
        boolean raw = prefix.contains("r");
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length() || !triple && src.charAt(pos) == '\n') {
                throw new MigrationSyntaxException(startLine, column, "unterminated string literal");
            }
            if (src.startsWith(delimiter, pos)) {
                pos += delimiter.length();
                break;
            }
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (n == '\n') {
                    line++;
                    lineStart = pos + 2;
                }
                if (raw || prefix.contains("f")) value.append(c).append(n);
                else value.append(unescape(n));
                pos += 2;
                continue;
            }
            if (c == '\n') newlineInside();
            value.append(c);
            pos++;
        }
        PyToken.Kind kind = prefix.contains("f") ? PyToken.Kind.FSTRING : PyToken.Kind.STRING;
        out.add(new PyToken(kind, src.substring(start, pos), value.toString(), startLine, column));
    }

    private static String unescape(char n) {
        switch (n) {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case '\n': return "";
            case '\\': case '\'': case '"': return String.valueOf(n);
            default: return "\\" + n;
        }
    }

    private void operator(char c) {
        int column = pos - lineStart + 1;
        String op = String.valueOf(c);
        for (int len = 3; len >= 2; len--) {
            if (pos + len <= src.length()) {
                String candidate = src.substring(pos, pos + len);
                String table = len == 3 ? THREE_CHAR_OPS : TWO_CHAR_OPS;
                if (containsOp(table, candidate, len)) { op = candidate; break; }
            }
        }
        pos += op.length();
        if ("([{".contains(op)) {
            PyToken t = new PyToken(PyToken.Kind.OP, op, op, line, column);
            brackets.push(t);
            out.add(t);
            return;
        }
        if (")]}".contains(op)) {
            if (brackets.isEmpty()) throw new MigrationSyntaxException(line, column, "unmatched '" + op + "'");
            PyToken open = brackets.pop();
            if ("([{".indexOf(open.text().charAt(0)) != ")]}".indexOf(op.charAt(0))) {
                throw new MigrationSyntaxException(line, column, "closing '" + op + "' does not match '" + open.text()
                        + "' opened at line " + open.line() + ", column " + open.column());
            }
        }
        add(PyToken.Kind.OP, op, line, column);
    }

    private static boolean containsOp(String table, String candidate, int len) {
        for (int i = 0; i + len <= table.length(); i += len) if (table.startsWith(candidate, i)) return true;
        return false;
    }

    private boolean lastIsSignificant() {
        if (out.isEmpty()) return false;
        PyToken.Kind k = out.get(out.size() - 1).kind();
        return k != PyToken.Kind.NEWLINE && k != PyToken.Kind.INDENT && k != PyToken.Kind.DEDENT;
    }

    private void add(PyToken.Kind kind, String text, int atLine, int column) {
        out.add(new PyToken(kind, text, text, atLine, Math.max(1, column)));
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void newlineInside() {
        line++;
        lineStart = pos + 1;
    }
}
