package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.NestingTooDeepException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Python source into tokens the way CPython's tokenizer does for the parts a model or
 * migration file uses: names, numbers, strings (all prefixes, triple quotes; an f-string's text
 * kept as written), operators, and
 * NEWLINE / INDENT / DEDENT for the block structure. Comments are dropped; inside brackets and
 * after a backslash lines join. Unbalanced brackets, an indentation that matches no outer level
 * and unterminated strings are {@link PythonSyntaxException}s with their line and column; brackets
 * nested deeper than {@link ImportLimits#MAX_NESTING} are a {@link NestingTooDeepException}.
 */
public final class PythonTokenizer {
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "**", "//",
            "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
            "@", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">"};
    private static final int TAB_SIZE = 8;

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

    /** The tokens of {@code source}, ending with NEWLINE, the closing DEDENTs and END. */
    public static List<PyToken> tokenize(String source) {
        return new PythonTokenizer(source).run();
    }

    private List<PyToken> run() {
        boolean atLineStart = true;
        while (pos < src.length()) {
            if (atLineStart && brackets.isEmpty()) {
                if (!indentation()) continue;
                atLineStart = false;
            }
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                int nlLine = line, nlColumn = column();
                newline();
                if (brackets.isEmpty()) {
                    add(PyToken.Kind.NEWLINE, "", nlLine, nlColumn, pos);
                    atLineStart = true;
                }
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') pos++;
            } else if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++;
                newline();
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else if (Character.isDigit(c) || c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos, "");
            } else {
                operator();
            }
        }
        if (!brackets.isEmpty()) {
            PyToken open = brackets.peek();
            throw new PythonSyntaxException(open.line(), open.column(), "'" + open.text() + "' is never closed");
        }
        if (out.isEmpty() || out.get(out.size() - 1).kind() != PyToken.Kind.NEWLINE) add(PyToken.Kind.NEWLINE, "", line, column(), pos);
        while (indents.peek() > 0) {
            indents.pop();
            add(PyToken.Kind.DEDENT, "", line, column(), pos);
        }
        add(PyToken.Kind.END, "", line, column(), pos);
        return List.copyOf(out);
    }

    /** Reads the indentation of a logical line; false when the line is blank or a comment only. */
    private boolean indentation() {
        int width = 0;
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ') width++;
            else if (c == '\t') width = (width / TAB_SIZE + 1) * TAB_SIZE;
            else if (c == '\f') width = 0;
            else break;
            pos++;
        }
        if (pos >= src.length()) return false;
        char c = src.charAt(pos);
        if (c == '#') {
            while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') pos++;
        }
        if (pos >= src.length()) return false;
        c = src.charAt(pos);
        if (c == '\n' || c == '\r') {
            newline();
            return false;
        }
        if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) return true;
        if (width > indents.peek()) {
            indents.push(width);
            // blocks are read by recursion too; CPython itself stops at 100 levels
            if (indents.size() > ImportLimits.MAX_NESTING) throw new NestingTooDeepException("Python", "blocks", line);
            add(PyToken.Kind.INDENT, src.substring(start, pos), line, column(), pos);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                add(PyToken.Kind.DEDENT, "", line, column(), pos);
            }
            if (width != indents.peek()) {
                throw new PythonSyntaxException(line, column(), "unindent does not match any outer indentation level");
            }
        }
        return true;
    }

    private void name() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && word.length() <= 2
                && word.toLowerCase(java.util.Locale.ROOT).matches("[rbuf]|rb|br|fr|rf")) {
            string(start, word.toLowerCase(java.util.Locale.ROOT));
            return;
        }
        add(PyToken.Kind.NAME, word, start);
    }

    private void number() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            boolean exponentSign = (c == '+' || c == '-') && pos > start && "eE".indexOf(src.charAt(pos - 1)) >= 0
                    && !src.substring(start, pos).toLowerCase(java.util.Locale.ROOT).startsWith("0x");
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) pos++;
            else break;
        }
        add(PyToken.Kind.NUMBER, src.substring(start, pos), start);
    }

    private void string(int start, String prefix) {
        int startLine = line, startColumn = start - lineStart + 1;
        char quote = src.charAt(pos);
        boolean triple = src.startsWith("" + quote + quote + quote, pos);
        // an f-string is never evaluated, so its text is kept as written, escapes included
        boolean raw = prefix.contains("r") || prefix.contains("f");
        pos += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new PythonSyntaxException(startLine, startColumn, "unterminated string literal: never closed");
            }
            char c = src.charAt(pos);
            if (triple ? src.startsWith("" + quote + quote + quote, pos) : c == quote) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) throw new PythonSyntaxException(startLine, startColumn, "unterminated string literal: never closed on its line");
                value.append('\n');
                newline();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char e = src.charAt(pos + 1);
                if (e == '\n' || e == '\r') {
                    pos++;
                    newline();
                    if (raw) value.append("\\\n");
                    continue;
                }
                value.append(raw ? "\\" + e : escaped(e));
                pos += 2;
                continue;
            }
            value.append(c);
            pos++;
        }
        String text = src.substring(start, pos);
        out.add(new PyToken(PyToken.Kind.STRING, text, value.toString(), start, pos, startLine, startColumn));
    }

    private static String escaped(char e) {
        switch (e) {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case '0': return "\0";
            case '\\': case '\'': case '"': return String.valueOf(e);
            default: return "\\" + e;
        }
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (!src.startsWith(op, pos)) continue;
            int start = pos;
            pos += op.length();
            PyToken token = new PyToken(PyToken.Kind.OP, op, op, start, pos, line, start - lineStart + 1);
            if ("([{".contains(op)) open(token);
            if (op.length() == 1 && ")]}".contains(op)) close(token);
            out.add(token);
            return;
        }
        char c = src.charAt(pos);
        String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        throw new PythonSyntaxException(line, column(), "unexpected character '" + shown + "'");
    }

    private void open(PyToken opener) {
        brackets.push(opener);
        if (brackets.size() > ImportLimits.MAX_NESTING) {
            throw new NestingTooDeepException("Python", NestingTooDeepException.nameOf(opener.text().charAt(0)), opener.line());
        }
    }

    private void close(PyToken closer) {
        if (brackets.isEmpty()) throw new PythonSyntaxException(closer.line(), closer.column(), "unmatched '" + closer.text() + "'");
        PyToken open = brackets.pop();
        String expected = open.text().equals("(") ? ")" : open.text().equals("[") ? "]" : "}";
        if (!expected.equals(closer.text())) {
            throw new PythonSyntaxException(closer.line(), closer.column(), "closing '" + closer.text() + "' does not match '"
                    + open.text() + "' opened at line " + open.line() + ", column " + open.column());
        }
    }

    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') pos++;
        pos++;
        line++;
        lineStart = pos;
    }

    private int column() { return pos - lineStart + 1; }

    private void add(PyToken.Kind kind, String text, int start) {
        out.add(new PyToken(kind, text, text, start, pos, line, start - lineStart + 1));
    }

    private void add(PyToken.Kind kind, String text, int atLine, int atColumn, int offset) {
        out.add(new PyToken(kind, text, text, offset, offset, atLine, atColumn));
    }
}
