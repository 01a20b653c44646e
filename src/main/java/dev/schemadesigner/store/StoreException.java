package dev.schemadesigner.store;

/** The store could not be reached or answered with an error; the message says which operation. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
