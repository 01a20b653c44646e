package dev.schemadesigner.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens and the tokens into statements at top-level semicolons. Comments
 * are dropped; strings, quoted identifiers and PostgreSQL dollar-quoted bodies are single tokens,
 * so a semicolon inside them never ends a statement. Parentheses or brackets nested deeper than
 * {@link ImportLimits#MAX_NESTING} are a {@link NestingTooDeepException}.
 */
final class SqlLexer {
    private final String sql;
    private final DdlDialect dialect;
    private int pos;
    private int line = 1;
    private int lineStart;

    private SqlLexer(String sql, DdlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    /** The statements of {@code sql}, each a token list ending with an END token; empty statements are dropped. */
    static List<List<Token>> statements(String sql, DdlDialect dialect) {
        return new SqlLexer(sql, dialect).split();
    }

    private List<List<Token>> split() {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean space = false;
        int depth = 0;
        while (true) {
            space |= skipSpaceAndComments();
            if (pos >= sql.length()) break;
            Token token = next(space);
            space = false;
            if (token.isSymbol("(") || token.isSymbol("[")) {
                // the readers after the lexer (and JSqlParser) recurse per level
                if (++depth > ImportLimits.MAX_NESTING) {
                    throw new NestingTooDeepException("sql", NestingTooDeepException.nameOf(token.text().charAt(0)), token.line());
                }
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth = Math.max(0, depth - 1);
            }
            if (token.isSymbol(";")) {
                depth = 0;
                if (!current.isEmpty()) statements.add(finish(current, token));
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) statements.add(finish(current, null));
        return statements;
    }

    private List<Token> finish(List<Token> tokens, Token semicolon) {
        Token last = tokens.get(tokens.size() - 1);
        int line = semicolon != null ? semicolon.line() : this.line;
        int column = semicolon != null ? semicolon.column() : pos - lineStart + 1;
        tokens.add(new Token(Token.Kind.END, "", "", last.end(), last.end(), line, column, false));
        return List.copyOf(tokens);
    }

    /** Skips whitespace and comments; true when anything was skipped. */
    private boolean skipSpaceAndComments() {
        int before = pos;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                pos++;
                newLine();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-' || c == '#' && dialect.mysqlLexical) {
                while (pos < sql.length() && sql.charAt(pos) != '\n') pos++;
            } else if (c == '/' && peek(1) == '*') {
                int startLine = line;
                int startColumn = pos - lineStart + 1;
                pos += 2;
                // PostgreSQL nests block comments: /* /* */ … */ is one comment (audit L2, 1.25)
                int depth = 1;
                while (pos < sql.length() && depth > 0) {
                    if (sql.charAt(pos) == '*' && peek(1) == '/') {
                        depth--;
                        pos += 2;
                    } else if (dialect.nestsComments && sql.charAt(pos) == '/' && peek(1) == '*') {
                        depth++;
                        pos += 2;
                    } else {
                        advance();
                    }
                }
                if (depth > 0) throw new DdlSyntaxException(startLine, startColumn, "unterminated /* comment");
            } else {
                break;
            }
        }
        return pos > before;
    }

    private Token next(boolean space) {
        int start = pos;
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        char c = sql.charAt(pos);
        Token.Kind kind;
        String value;
        if (c == '\'' || (c == 'E' || c == 'e') && peek(1) == '\'' && dialect == DdlDialect.POSTGRESQL) {
            boolean escapes = c != '\'' || dialect.mysqlLexical;
            if (c != '\'') pos++;
            value = quoted('\'', escapes, startLine, startColumn, "string literal");
            kind = Token.Kind.STRING;
        } else if (c == 'N' && peek(1) == '\'' && dialect.mysqlLexical) {
            pos++;
            value = quoted('\'', true, startLine, startColumn, "string literal");
            kind = Token.Kind.STRING;
        } else if (c == '"') {
            value = quoted('"', dialect.mysqlLexical, startLine, startColumn, "quoted identifier");
            kind = Token.Kind.QUOTED_IDENTIFIER;
        } else if (c == '`') {
            value = quoted('`', false, startLine, startColumn, "quoted identifier");
            kind = Token.Kind.QUOTED_IDENTIFIER;
        } else if (c == '[' && dialect.bracketIdentifiers) {
            int close = sql.indexOf(']', pos + 1);
            if (close < 0) throw new DdlSyntaxException(startLine, startColumn, "unterminated [identifier]");
            value = sql.substring(pos + 1, close);
            pos = close + 1;
            kind = Token.Kind.QUOTED_IDENTIFIER;
        } else if (c == '$' && dialect == DdlDialect.POSTGRESQL && dollarTagEnd() > 0) {
            int tagEnd = dollarTagEnd();
            String tag = sql.substring(pos, tagEnd);
            int close = sql.indexOf(tag, tagEnd);
            if (close < 0) throw new DdlSyntaxException(startLine, startColumn, "unterminated dollar-quoted string " + tag);
            value = sql.substring(tagEnd, close);
            while (pos < close + tag.length()) advance();
            kind = Token.Kind.STRING;
        } else if (Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))) {
            while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) pos++;
            if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')
                    && (Character.isDigit(peek(1)) || (peek(1) == '-' || peek(1) == '+') && Character.isDigit(peek(2)))) {
                pos += 2;
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) pos++;
            }
            value = sql.substring(start, pos);
            kind = Token.Kind.NUMBER;
        } else if (Character.isLetter(c) || c == '_') {
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) pos++;
            value = sql.substring(start, pos);
            kind = Token.Kind.WORD;
        } else {
            pos += symbolLength();
            value = sql.substring(start, pos);
            kind = Token.Kind.SYMBOL;
        }
        return new Token(kind, sql.substring(start, pos), value, start, pos, startLine, startColumn, space);
    }

    private static final String[] TWO_CHAR_SYMBOLS = {"::", "<=", ">=", "<>", "!=", "||", "->", "=>", "~*", "!~"};

    private int symbolLength() {
        for (String s : TWO_CHAR_SYMBOLS) if (sql.startsWith(s, pos)) return sql.startsWith("->>", pos) ? 3 : 2;
        return 1;
    }

    private static boolean isWordPart(char c) { return Character.isLetterOrDigit(c) || c == '_' || c == '$'; }

    /** End of a {@code $tag$} opener at pos, or -1. */
    private int dollarTagEnd() {
        int i = pos + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) i++;
        return i < sql.length() && sql.charAt(i) == '$' && (i == pos + 1 || !Character.isDigit(sql.charAt(pos + 1))) ? i + 1 : -1;
    }

    private String quoted(char quote, boolean backslashEscapes, int startLine, int startColumn, String what) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= sql.length()) throw new DdlSyntaxException(startLine, startColumn, "unterminated " + what);
            char c = sql.charAt(pos);
            if (c == quote) {
                if (peek(1) == quote) {
                    value.append(quote);
                    pos += 2;
                    continue;
                }
                pos++;
                return value.toString();
            }
            if (c == '\\' && backslashEscapes && pos + 1 < sql.length()) {
                char e = sql.charAt(pos + 1);
                value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? '\0' : e);
                pos += 2;
                continue;
            }
            value.append(c);
            advance();
        }
    }

    private void advance() {
        if (sql.charAt(pos) == '\n') {
            pos++;
            newLine();
        } else {
            pos++;
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private char peek(int ahead) { return pos + ahead < sql.length() ? sql.charAt(pos + ahead) : '\0'; }
}
