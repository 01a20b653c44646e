package dev.schemadesigner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A position in one statement's tokens, with the accept/expect helpers the statement parsers share. */
final class TokenCursor {
    private final List<Token> tokens;
    private final DdlDialect dialect;
    private final String context;
    private int index;

    TokenCursor(List<Token> tokens, DdlDialect dialect, String context) {
        this.tokens = tokens;
        this.dialect = dialect;
        this.context = context;
    }

    TokenCursor within(String newContext) {
        TokenCursor copy = new TokenCursor(tokens, dialect, newContext);
        copy.index = index;
        return copy;
    }

    DdlDialect dialect() { return dialect; }

    Token peek() { return tokens.get(index); }

    Token peek(int ahead) { return tokens.get(Math.min(index + ahead, tokens.size() - 1)); }

    Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.END) index++;
        return t;
    }

    int mark() { return index; }

    void reset(int mark) { index = mark; }

    boolean atEnd() { return peek().kind() == Token.Kind.END; }

    boolean atWord(String... words) {
        for (int i = 0; i < words.length; i++) if (!peek(i).isWord(words[i])) return false;
        return true;
    }

    boolean atSymbol(String symbol) { return peek().isSymbol(symbol); }

    /** Consumes the words when they all come next. */
    boolean accept(String... words) {
        if (!atWord(words)) return false;
        index += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (!atSymbol(symbol)) return false;
        index++;
        return true;
    }

    void expect(String... words) {
        for (String w : words) {
            if (!peek().isWord(w)) throw error(peek(), "expected " + w.toUpperCase(Locale.ROOT));
            index++;
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) throw error(peek(), "expected '" + symbol + "'");
    }

    void expectEnd() {
        if (!atEnd()) throw error(peek(), "expected end of statement");
    }

    /** An identifier, unquoted and (PostgreSQL) folded to lower case when it was not quoted. */
    String identifier(String what) {
        Token t = peek();
        if (!t.isIdentifier()) throw error(t, "expected " + what);
        index++;
        return name(t);
    }

    String name(Token t) {
        if (t.kind() == Token.Kind.WORD && dialect.foldsUnquotedToLower) return t.value().toLowerCase(Locale.ROOT);
        return t.value();
    }

    /** {@code a.b.c} → {@code c}: the schema (and catalog) qualifier is dropped. */
    String qualifiedName(String what) {
        String name = identifier(what);
        while (atSymbol(".") && peek(1).isIdentifier()) {
            index++;
            name = identifier(what);
        }
        return name;
    }

    /** A string literal (MariaDB also takes a double-quoted one). */
    String string(String what) {
        Token t = peek();
        if (t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.QUOTED_IDENTIFIER && dialect.mysqlLexical && t.text().startsWith("\"")) {
            index++;
            return t.value();
        }
        throw error(t, "expected " + what);
    }

    int integer(String what) {
        Token t = peek();
        if (t.kind() != Token.Kind.NUMBER || !t.text().matches("\\d{1,9}")) throw error(t, "expected " + what);
        index++;
        return Integer.parseInt(t.text());
    }

    /** {@code (a, b, c)} → names. */
    List<String> identifierList(String what) {
        expectSymbol("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(identifier(what));
        } while (acceptSymbol(","));
        expectSymbol(")");
        return names;
    }

    /**
     * Consumes tokens up to (not including) a top-level {@code ,} or {@code )}, the end, or a word
     * for which {@code stop} is true at depth 0; returns the tokens consumed.
     */
    List<Token> until(java.util.function.Predicate<Token> stop) {
        List<Token> taken = new ArrayList<>();
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")") || stop.test(t))) break;
            if (t.isSymbol("(") || t.isSymbol("[")) depth++;
            if (t.isSymbol(")") || t.isSymbol("]")) depth--;
            taken.add(next());
        }
        return taken;
    }

    /** The tokens of a parenthesised group, without the outer parentheses. */
    List<Token> parenthesised(String what) {
        Token open = peek();
        if (!open.isSymbol("(")) throw error(open, "expected '(' before " + what);
        index++;
        List<Token> inner = until(t -> false);
        if (!atSymbol(")")) {
            throw atEnd() ? error(peek(), "missing ')' closing the '(' at line " + open.line() + ", column " + open.column())
                    : error(peek(), "expected ')'");
        }
        index++;
        if (inner.isEmpty()) throw error(tokens.get(index - 1), "expected " + what);
        return inner;
    }

    /** Skips a balanced group if one starts here. */
    void skipParenthesised() {
        if (atSymbol("(")) parenthesised("a value");
    }

    /** A statement that parses but cannot hold: a missing column, a second primary key, … */
    DdlSemanticException invalid(Token at, String problem) {
        return new DdlSemanticException(at.line(), at.column(), "in " + context + ": " + problem);
    }

    DdlSyntaxException error(Token at, String expectation) {
        return new DdlSyntaxException(at.line(), at.column(), "unexpected " + (at.kind() == Token.Kind.END ? "" : "token ")
                + at.describe() + " in " + context + ": " + expectation);
    }

    /**
     * An expression's text as {@link #text} spells it, without the {@code public.} and {@code pg_catalog.}
     * qualifiers pg_dump writes before functions, types and operators (it empties search_path): the
     * database prints them back unqualified, and other dialects have no such schemas.
     */
    static String expression(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean qualifier = (t.isWord("public") || t.isWord("pg_catalog")) && i + 2 < tokens.size()
                    && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isIdentifier()
                    && (i == 0 || !tokens.get(i - 1).isSymbol("."));
            if (qualifier) {
                Token next = tokens.get(i + 2);
                kept.add(new Token(next.kind(), next.text(), next.value(), t.start(), next.end(), t.line(), t.column(), t.spaceBefore()));
                i += 2;
            } else {
                kept.add(t);
            }
        }
        return text(kept);
    }

    /**
     * The tokens as SQL text in the model's neutral spelling: identifiers quoted ANSI-style
     * ({@code "limit"}, whatever the source used) and strings with {@code ''} escapes, so that
     * each dialect can render the expression with its own quoting.
     */
    static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (out.length() > 0 && t.spaceBefore()) out.append(' ');
            if (t.kind() == Token.Kind.QUOTED_IDENTIFIER) out.append('"').append(t.value().replace("\"", "\"\"")).append('"');
            else if (t.kind() == Token.Kind.STRING) out.append('\'').append(t.value().replace("'", "''")).append('\'');
            else out.append(t.text());
        }
        return out.toString();
    }
}
