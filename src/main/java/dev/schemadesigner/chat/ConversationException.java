package dev.schemadesigner.chat;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.time.Duration;
import java.util.OptionalLong;

/** A request the conversation cannot serve; {@link Reason} tells a surface which status to answer with. */
public class ConversationException extends UserFacingException {

    /**
     * {@code BUSY}: the session's previous turn is still running ({@link #retryAfterSeconds} says when to
     * try again); {@code DEADLINE}: the turn ran out of time; {@code CLIENT_GONE}: its client went away;
     * {@code SHUTTING_DOWN}: the service stopped the turn as it shuts down.
     */
    public enum Reason { NOT_FOUND, BAD_INPUT, CONFLICT, BUSY, DEADLINE, CLIENT_GONE, SHUTTING_DOWN }

    private final Reason reason;
    private final String field;
    private final OptionalLong retryAfterSeconds;

    public ConversationException(Reason reason, String field, String message) {
        this(reason, field, message, OptionalLong.empty());
    }

    private ConversationException(Reason reason, String field, String message, OptionalLong retryAfterSeconds) {
        this(reason, codeOf(reason), field, message, retryAfterSeconds);
    }

    private ConversationException(Reason reason, ErrorCode code, String field, String message, OptionalLong retryAfterSeconds) {
        super(code, message);
        this.reason = reason;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ConversationException notFound(String what, String id) {
        return new ConversationException(Reason.NOT_FOUND, what, what + " '" + id + "' does not exist");
    }

    public static ConversationException badInput(String field, String message) {
        return new ConversationException(Reason.BAD_INPUT, field, message);
    }

    /** {@code problem}, placed at {@code field}: keeps its code (malformed-sql stays malformed-sql) and its message. */
    public static ConversationException badInput(String field, UserFacingException problem) {
        return badInput(field, problem.getMessage(), problem);
    }

    /** {@code problem}, placed at {@code field} and worded as {@code message}: keeps its code. */
    public static ConversationException badInput(String field, String message, UserFacingException problem) {
        ConversationException e = new ConversationException(Reason.BAD_INPUT, problem.errorCode(), field, message, OptionalLong.empty());
        e.initCause(problem);
        return e;
    }

    private static ErrorCode codeOf(Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case BAD_INPUT -> ErrorCode.BAD_REQUEST;
            case CONFLICT -> ErrorCode.CONFLICT;
            case BUSY -> ErrorCode.SESSION_BUSY;
            case DEADLINE -> ErrorCode.TURN_DEADLINE;
            case CLIENT_GONE -> ErrorCode.CLIENT_GONE;
            case SHUTTING_DOWN -> ErrorCode.SHUTTING_DOWN;
        };
    }

    static ConversationException busy(String sessionId, Duration waited, long retryAfterSeconds) {
        return new ConversationException(Reason.BUSY, "session_id", "session " + sessionId + " is still busy with its previous turn (waited "
                + waited.toSeconds() + " s, SD_SESSION_LOCK_WAIT_SECONDS); send the message again in " + retryAfterSeconds
                + " s, when that turn will have ended", OptionalLong.of(retryAfterSeconds));
    }

    public Reason reason() { return reason; }

    public String field() { return field; }

    /** For BUSY: seconds after which the turn that holds the session will have ended at the latest. */
    public OptionalLong retryAfterSeconds() { return retryAfterSeconds; }
}
