package dev.schemadesigner.importer.migration;

/**
 * One token of Python source. {@code value} is a string literal's content (escapes decoded; an
 * f-string's text kept as written, since it is never evaluated); for other kinds the text itself.
 */
record PyToken(Kind kind, String text, String value, int line, int column) {

    enum Kind { NAME, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT, END }

    boolean is(String op) { return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op); }

    boolean isString() { return kind == Kind.STRING || kind == Kind.FSTRING; }

    String describe() {
        switch (kind) {
            case NEWLINE: return "end of line";
            case INDENT: return "indent";
            case DEDENT: return "dedent";
            case END: return "end of file";
            default: return "'" + text + "'";
        }
    }
}
