package dev.schemadesigner.importer;

import java.util.Objects;

/**
 * Why an import was refused. An {@link IllegalArgumentException}: the input, not the service, is at
 * fault, so callers map the whole family to a client error.
 */
public class ImportException extends IllegalArgumentException {

    public enum Code { SYNTAX_ERROR, INPUT_TOO_LARGE, NOT_SQL_TEXT, UNKNOWN_DIALECT, NOT_PYTHON_TEXT, NESTED_TOO_DEEP }

    private final Code code;

    public ImportException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public Code code() { return code; }
}
