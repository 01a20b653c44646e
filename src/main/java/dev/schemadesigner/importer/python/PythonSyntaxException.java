package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportException;

/** Python source that cannot be read at all (unbalanced brackets, bad indentation, an unterminated string); positions are 1-based. */
public final class PythonSyntaxException extends ImportException {
    private final int line;
    private final int column;

    public PythonSyntaxException(int line, int column, String detail) {
        super(Code.SYNTAX_ERROR, "Python syntax error at line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
