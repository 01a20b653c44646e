package dev.schemadesigner.importer.migration;

import dev.schemadesigner.importer.python.PythonSyntaxException;

/** A migration file does not parse (unbalanced brackets, bad indentation, an unterminated string); line and column are 1-based. */
public final class MigrationSyntaxException extends PythonSyntaxException {

    public MigrationSyntaxException(PythonSyntaxException cause) {
        super("syntax error", cause.line(), cause.column(), cause.detail());
        initCause(cause);
    }
}
