package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;

/** One turn: the user's message, the reply as JSON, and the schema after the turn as JSON (follow-ups apply to it). */
public record StoredTurn(String sessionId, int number, String message, String reply, String schemaJson, Instant createdAt) {
    public StoredTurn {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(schemaJson, "schemaJson");
        Objects.requireNonNull(createdAt, "createdAt");
        if (number < 1) throw new IllegalArgumentException("turn numbers start at 1, was " + number);
    }
}
