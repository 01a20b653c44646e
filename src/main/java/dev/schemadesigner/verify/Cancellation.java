package dev.schemadesigner.verify;

/**
 * Lets the caller of a verification stop it while it runs (a turn's deadline passed, its client went
 * away): the verifier checks {@link #stopped()} before each step and registers, for the time a
 * throw-away database is open, an action that ends the statement running there.
 */
public interface Cancellation {

    /** Never stops. */
    Cancellation NONE = new Cancellation() {
        @Override
        public boolean stopped() { return false; }

        @Override
        public Registration onStop(Runnable action) { return () -> { }; }
    };

    boolean stopped();

    /** Runs {@code action} once when the work is stopped (at once when it already is), until the registration is closed. */
    Registration onStop(Runnable action);

    /** Withdraws an {@link #onStop} action. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
