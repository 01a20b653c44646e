package dev.schemadesigner.chat;

/** A request the conversation cannot serve; {@link Reason} tells a surface which status to answer with. */
public class ConversationException extends RuntimeException {

    public enum Reason { NOT_FOUND, BAD_INPUT, CONFLICT }

    private final Reason reason;
    private final String field;

    public ConversationException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public static ConversationException notFound(String what, String id) {
        return new ConversationException(Reason.NOT_FOUND, what, what + " '" + id + "' does not exist");
    }

    public static ConversationException badInput(String field, String message) {
        return new ConversationException(Reason.BAD_INPUT, field, message);
    }

    public Reason reason() { return reason; }

    public String field() { return field; }
}
