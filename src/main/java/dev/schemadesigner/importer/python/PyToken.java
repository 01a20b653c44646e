package dev.schemadesigner.importer.python;

/**
 * One Python token. {@code text} is the source spelling; {@code value} is the meaning (a string
 * literal without quotes or prefix, escapes resolved). Offsets are in the whole input; line and
 * column are 1-based.
 */
public record PyToken(Kind kind, String text, String value, int start, int end, int line, int column) {

    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END }

    public boolean is(Kind k, String t) { return kind == k && text.equals(t); }

    public boolean isOp(String op) { return is(Kind.OP, op); }

    public boolean isName(String name) { return is(Kind.NAME, name); }

    /** How the token reads in a message. */
    public String describe() {
        switch (kind) {
            case NEWLINE: return "end of line";
            case INDENT: return "indentation";
            case DEDENT: return "end of block";
            case END: return "end of input";
            default: return "'" + text + "'";
        }
    }
}
