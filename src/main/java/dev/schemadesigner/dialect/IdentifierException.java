package dev.schemadesigner.dialect;

/** An identifier a database cannot take as it is; the message names the identifier and the limit. */
public class IdentifierException extends dev.schemadesigner.error.UserFacingException {
    public IdentifierException(String message) { super(dev.schemadesigner.error.ErrorCode.INVALID_IDENTIFIER, message); }
}
