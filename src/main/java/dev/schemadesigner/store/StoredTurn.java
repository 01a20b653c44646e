package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One turn: the user's message, the reply as JSON, the schema after the turn and every change since
 * the project's schema, both as JSON (follow-ups apply to them).
 */
public record StoredTurn(String sessionId, int number, String message, String reply, String schemaJson, String changesJson, Instant createdAt) {
    public StoredTurn {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(schemaJson, "schemaJson");
        Objects.requireNonNull(changesJson, "changesJson");
        Objects.requireNonNull(createdAt, "createdAt");
        if (number < 1) throw new IllegalArgumentException("turn numbers start at 1, was " + number);
    }
}
