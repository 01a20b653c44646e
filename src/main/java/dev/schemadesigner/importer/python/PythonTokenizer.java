package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.NestingTooDeepException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Python source into tokens the way CPython's tokenizer does: names, numbers (checked
 * against Python 3's literal forms, so {@code 0777} and {@code 10L} are refused as CPython refuses
 * them), strings (all prefixes, triple quotes; an f-string's text kept as written, its replacement
 * fields skimmed with nested strings and brackets as Python 3.12 reads them), operators, and
 * NEWLINE / INDENT / DEDENT for the block structure. Comments are dropped; inside brackets and
 * after a backslash lines join. Unbalanced brackets, an indentation that matches no outer level,
 * unterminated strings and characters Python has no token for are {@link PythonSyntaxException}s
 * with their line and column; brackets nested deeper than {@link ImportLimits#MAX_NESTING} are a
 * {@link NestingTooDeepException}.
 */
public final class PythonTokenizer {
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "**", "//",
            "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";",
            "@", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">"};
    private static final int TAB_SIZE = 8;
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
                    + "|(?:(?:" + DIGITS + ")?\\." + DIGITS + "|" + DIGITS + "\\.?)(?:[eE][+-]?" + DIGITS + ")?[jJ]?");
    /** Keywords CPython still lets follow a number without a space ({@code 1if x else 2}). */
    private static final java.util.regex.Pattern KEYWORD_AFTER_NUMBER = java.util.regex.Pattern.compile("(?:and|else|for|if|in|is|not|or)\\b.*",
            java.util.regex.Pattern.DOTALL);

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
        if (src.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
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
            } else if (Character.isUnicodeIdentifierStart(c) || c == '_') {
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
        while (pos < src.length() && isNamePart(src.charAt(pos))) pos++;
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && word.length() <= 2
                && word.toLowerCase(java.util.Locale.ROOT).matches("[rbuf]|rb|br|fr|rf")) {
            string(start, word.toLowerCase(java.util.Locale.ROOT));
            return;
        }
        add(PyToken.Kind.NAME, word, start);
    }

    private static boolean isNamePart(char c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == '_';
    }

    private void number() {
        int start = pos;
        java.util.regex.Matcher m = NUMBER.matcher(src).region(pos, src.length());
        if (!m.lookingAt()) throw new PythonSyntaxException(line, column(), "invalid number literal");
        pos = m.end();
        String text = src.substring(start, pos);
        if (pos < src.length() && isNamePart(src.charAt(pos))
                && !KEYWORD_AFTER_NUMBER.matcher(src).region(pos, Math.min(src.length(), pos + 7)).lookingAt()) {
            throw new PythonSyntaxException(line, start - lineStart + 1, "invalid literal '" + text + src.charAt(pos) + "'");
        }
        if (text.matches("0[0-9_]*[1-9][0-9_]*")) {
            throw new PythonSyntaxException(line, start - lineStart + 1,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        add(PyToken.Kind.NUMBER, text, start);
    }

    private void string(int start, String prefix) {
        int startLine = line, startColumn = start - lineStart + 1;
        if (prefix.contains("f")) {
            int contentStart = pos + (src.startsWith(tripleAt(pos), pos) ? 3 : 1);
            int contentEnd = skipFormatted(startLine, startColumn);
            String text = src.substring(start, pos);
            out.add(new PyToken(PyToken.Kind.STRING, text, src.substring(contentStart, contentEnd), start, pos, startLine, startColumn));
            return;
        }
        char quote = src.charAt(pos);
        boolean triple = src.startsWith("" + quote + quote + quote, pos);
        boolean raw = prefix.contains("r");
        boolean bytes = prefix.contains("b");
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
            if (bytes && c > 127) throw new PythonSyntaxException(line, column(), "bytes can only contain ASCII literal characters");
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

    private String tripleAt(int at) {
        char quote = src.charAt(at);
        return "" + quote + quote + quote;
    }

    /**
     * Skips an f-string from its opening quote; returns where its text ends (before the closing quote). Replacement
     * fields are skimmed, not read: brackets are counted and strings inside them skipped, including strings in the
     * outer quote, which Python 3.12 allows.
     */
    private int skipFormatted(int startLine, int startColumn) {
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(tripleAt(pos), pos);
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= src.length()) throw new PythonSyntaxException(startLine, startColumn, "unterminated f-string: never closed");
            char c = src.charAt(pos);
            if (triple ? src.startsWith(tripleAt(pos), pos) && c == quote : c == quote) {
                int end = pos;
                pos += triple ? 3 : 1;
                return end;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) throw new PythonSyntaxException(startLine, startColumn, "unterminated f-string: never closed on its line");
                newline();
            } else if (c == '\\' && pos + 1 < src.length()) {
                pos++;
                if (src.charAt(pos) == '\n' || src.charAt(pos) == '\r') newline();
                else pos++;
            } else if (src.startsWith("{{", pos) || src.startsWith("}}", pos)) {
                pos += 2;
            } else if (c == '{') {
                replacementField();
            } else if (c == '}') {
                throw new PythonSyntaxException(line, column(), "f-string: single '}' is not allowed");
            } else {
                pos++;
            }
        }
    }

    /** Skips one {@code {…}} of an f-string, from its '{' to past its '}'. */
    private void replacementField() {
        int openLine = line, openColumn = column();
        int depth = 0;
        pos++;
        while (true) {
            if (pos >= src.length()) throw new PythonSyntaxException(openLine, openColumn, "f-string: expecting '}'");
            char c = src.charAt(pos);
            if (c == '"' || c == '\'') {
                String prefix = prefixBefore();
                if (prefix.contains("f")) skipFormatted(line, column());
                else skipPlain();
            } else if (c == '\n' || c == '\r') {
                newline();
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
                pos++;
            } else if (c == '}' && depth == 0) {
                pos++;
                return;
            } else if (c == ':' && depth == 0) {
                formatSpec(openLine, openColumn);
                return;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
                pos++;
            } else {
                pos++;
            }
        }
    }

    /** Skips a replacement field's format spec, from its ':' to past the field's '}'; it may hold fields of its own. */
    private void formatSpec(int openLine, int openColumn) {
        pos++;
        while (true) {
            if (pos >= src.length()) throw new PythonSyntaxException(openLine, openColumn, "f-string: expecting '}'");
            char c = src.charAt(pos);
            if (c == '{') {
                replacementField();
            } else if (c == '}') {
                pos++;
                return;
            } else if (c == '\n' || c == '\r') {
                newline();
            } else {
                pos++;
            }
        }
    }

    /** The string prefix written just before {@code pos}, lower case; empty when there is none. */
    private String prefixBefore() {
        int i = pos;
        while (i > 0 && pos - i < 2 && Character.isLetter(src.charAt(i - 1))) i--;
        if (i > 0 && isNamePart(src.charAt(i - 1))) return "";
        String word = src.substring(i, pos).toLowerCase(java.util.Locale.ROOT);
        return word.matches("[rbuf]|rb|br|fr|rf") ? word : "";
    }

    /** Skips a string that is not an f-string, from its opening quote. */
    private void skipPlain() {
        int startLine = line, startColumn = column();
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(tripleAt(pos), pos);
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= src.length()) throw new PythonSyntaxException(startLine, startColumn, "unterminated string literal: never closed");
            char c = src.charAt(pos);
            if (triple ? src.startsWith(tripleAt(pos), pos) && c == quote : c == quote) {
                pos += triple ? 3 : 1;
                return;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) throw new PythonSyntaxException(startLine, startColumn, "unterminated string literal: never closed on its line");
                newline();
            } else if (c == '\\' && pos + 1 < src.length()) {
                pos++;
                if (src.charAt(pos) == '\n' || src.charAt(pos) == '\r') newline();
                else pos++;
            } else {
                pos++;
            }
        }
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
