package dev.schemadesigner.importer;

import java.util.Locale;

/**
 * One lexical token. {@code text} is the source spelling; {@code value} is the meaning: an
 * identifier unquoted, a string literal unescaped. Positions are in the whole input.
 */
record Token(Kind kind, String text, String value, int start, int end, int line, int column, boolean spaceBefore) {

    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL, END }

    boolean isWord(String word) { return kind == Kind.WORD && text.equalsIgnoreCase(word); }

    boolean isSymbol(String symbol) { return kind == Kind.SYMBOL && text.equals(symbol); }

    boolean isIdentifier() { return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER; }

    String upper() { return text.toUpperCase(Locale.ROOT); }

    /** How the token reads in an error message. */
    String describe() { return kind == Kind.END ? "end of statement" : "'" + text + "'"; }
}
