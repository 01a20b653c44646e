package dev.schemadesigner.importer;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Objects;

/**
 * Why an import was refused: the input, not the service, is at fault, so it is one of the
 * {@link UserFacingException}s that every surface answers as a client error.
 */
public class ImportException extends UserFacingException {

    public enum Code { SYNTAX_ERROR, INPUT_TOO_LARGE, NOT_SQL_TEXT, UNKNOWN_DIALECT, NOT_PYTHON_TEXT, NESTED_TOO_DEEP }

    private final Code code;

    public ImportException(Code code, String message) {
        this(code, errorCodeOf(code), message);
    }

    /** {@code errorCode}: the code on the wire, when it is finer than {@code code} (a syntax error of SQL, of Python). */
    protected ImportException(Code code, ErrorCode errorCode, String message) {
        super(errorCode, message);
        this.code = Objects.requireNonNull(code, "code");
    }

    private static ErrorCode errorCodeOf(Code code) {
        return switch (Objects.requireNonNull(code, "code")) {
            case SYNTAX_ERROR -> ErrorCode.MALFORMED_SQL;
            case NOT_SQL_TEXT, NOT_PYTHON_TEXT -> ErrorCode.NOT_SOURCE_TEXT;
            case INPUT_TOO_LARGE -> ErrorCode.INPUT_TOO_LARGE;
            case UNKNOWN_DIALECT -> ErrorCode.UNKNOWN_DIALECT;
            case NESTED_TOO_DEEP -> ErrorCode.NESTED_TOO_DEEP;
        };
    }

    public Code code() { return code; }
}
