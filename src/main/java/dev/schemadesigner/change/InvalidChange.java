package dev.schemadesigner.change;

/** An operation that cannot apply to the schema it was given; the message says why in words. */
public class InvalidChange extends dev.schemadesigner.error.UserFacingException {
    public InvalidChange(String message) { super(dev.schemadesigner.error.ErrorCode.INVALID_CHANGE, message); }
}
