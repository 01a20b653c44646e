package dev.schemadesigner.importer;

/** Java source that JavaParser cannot read; line and column are 1-based in the whole input. */
public final class JavaSyntaxException extends ImportException {
    private final int line;
    private final int column;

    public JavaSyntaxException(int line, int column, String detail) {
        super(Code.SYNTAX_ERROR, dev.schemadesigner.error.ErrorCode.MALFORMED_JAVA, "Java syntax error at line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
