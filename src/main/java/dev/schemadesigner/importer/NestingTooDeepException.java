package dev.schemadesigner.importer;

/**
 * A source nests brackets or expressions deeper than {@link ImportLimits#MAX_NESTING} levels; found
 * before the reader recurses that deep. {@code line} is 1-based in the source named by {@code format}.
 */
public final class NestingTooDeepException extends ImportException {
    private final String format;
    private final String what;
    private final int line;

    /** {@code what} is what nests: "parentheses", "brackets", "braces" or "expressions". */
    public NestingTooDeepException(String format, String what, int line) {
        super(Code.NESTED_TOO_DEEP, format + " source nests " + what + " deeper than " + ImportLimits.MAX_NESTING + " levels at line " + line);
        this.format = format;
        this.what = what;
        this.line = line;
    }

    /** The same finding worded for the source it was found in: {@code format}, starting at {@code firstLine} of it. */
    public NestingTooDeepException in(String format, int firstLine) {
        NestingTooDeepException e = new NestingTooDeepException(format, what, firstLine + line - 1);
        e.initCause(this);
        return e;
    }

    /** The same finding worded for {@code format}, at the same line. */
    public NestingTooDeepException in(String format) { return in(format, 1); }

    public String format() { return format; }

    public int line() { return line; }

    /** What a bracket opens: "parentheses", "brackets" or "braces". */
    public static String nameOf(char opener) {
        return opener == '(' ? "parentheses" : opener == '[' ? "brackets" : "braces";
    }
}
