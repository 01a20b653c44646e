package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportException;

/**
 * Python source that cannot be read at all (unbalanced brackets, bad indentation, an unterminated string); positions are 1-based.
 * An importer may rethrow it as its own subclass to word the message its way.
 */
public class PythonSyntaxException extends ImportException {
    private final int line;
    private final int column;
    private final String detail;

    public PythonSyntaxException(int line, int column, String detail) {
        this("Python syntax error", line, column, detail);
    }

    /** {@code what} starts the message: {@code <what> at line L, column C: <detail>}. */
    protected PythonSyntaxException(String what, int line, int column, String detail) {
        super(Code.SYNTAX_ERROR, dev.schemadesigner.error.ErrorCode.MALFORMED_PYTHON, what + " at line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public int line() { return line; }

    public int column() { return column; }

    /** What is wrong, without the position. */
    public String detail() { return detail; }
}
