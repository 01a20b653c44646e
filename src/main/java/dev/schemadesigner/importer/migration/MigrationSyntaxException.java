package dev.schemadesigner.importer.migration;

import dev.schemadesigner.importer.ImportException;

/** A migration file does not parse (unbalanced brackets, bad indentation, an unterminated string); line and column are 1-based. */
public final class MigrationSyntaxException extends ImportException {
    private final int line;
    private final int column;

    public MigrationSyntaxException(int line, int column, String detail) {
        super(Code.SYNTAX_ERROR, "syntax error at line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
