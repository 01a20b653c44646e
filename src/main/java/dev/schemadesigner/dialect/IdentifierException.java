package dev.schemadesigner.dialect;

/** An identifier a database cannot take as it is; the message names the identifier and the limit. */
public class IdentifierException extends IllegalArgumentException {
    public IdentifierException(String message) { super(message); }
}
