package dev.schemadesigner.importer;

/** A statement the importer must understand does not parse; line and column are 1-based in the whole input. */
public final class DdlSyntaxException extends ImportException {
    private final int line;
    private final int column;

    public DdlSyntaxException(int line, int column, String detail) {
        super(Code.SYNTAX_ERROR, "syntax error at line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
