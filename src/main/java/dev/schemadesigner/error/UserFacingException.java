package dev.schemadesigner.error;

import java.util.Objects;

/**
 * A problem in what the user sent or configured, with a stable {@link ErrorCode}; the message names the
 * problem in the user's terms ("syntax error at line 3, column 7: …"). Every surface answers this family,
 * and only it, as a client error that shows the message; any other exception is a fault of the service,
 * answered with a generic message and an id that finds it in the log.
 *
 * <p>An {@link IllegalArgumentException} because the input is the illegal argument: code that builds model
 * records from input and skips what does not hold (an importer that turns a bad column into a warning)
 * catches both this family and the records' own checks. A plain {@code IllegalArgumentException} is a
 * programming fault and never reaches a user as their mistake.
 */
public class UserFacingException extends IllegalArgumentException {
    private final ErrorCode errorCode;

    public UserFacingException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public UserFacingException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode errorCode() { return errorCode; }
}
