package dev.schemadesigner.change;

/** An operation that cannot apply to the schema it was given; the message says why in words. */
public class InvalidChange extends IllegalArgumentException {
    public InvalidChange(String message) { super(message); }
}
