package dev.schemadesigner.importer;

/**
 * A statement that parses but cannot hold: an index on a column the table does not have, a second
 * primary key, a name the model cannot store. Not a syntax error: the reader skips the statement
 * with a warning that names the problem, so the rest of the file still imports.
 */
final class DdlSemanticException extends RuntimeException {
    private final int line;
    private final int column;

    DdlSemanticException(int line, int column, String problem) {
        super(problem);
        this.line = line;
        this.column = column;
    }

    int line() { return line; }

    int column() { return column; }
}
