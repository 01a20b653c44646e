package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn: the user's message (perhaps cut to the store's limit; {@code messageChars} is how long it
 * was), the reply as JSON, the schema after the turn and every change since the project's schema,
 * both as JSON (follow-ups apply to them), and the session's Alembic revisions after the turn as JSON
 * (empty for turns stored before they were kept).
 */
public record StoredTurn(String sessionId, int number, String message, int messageChars, String reply, String schemaJson, String changesJson,
                         Instant createdAt, Optional<String> revisionsJson) {
    public StoredTurn {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(schemaJson, "schemaJson");
        Objects.requireNonNull(changesJson, "changesJson");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revisionsJson, "revisionsJson");
        if (number < 1) throw new IllegalArgumentException("turn numbers start at 1, was " + number);
        if (messageChars < message.length()) throw new IllegalArgumentException("a message of " + messageChars + " characters cannot keep " + message.length());
    }

    /** A turn without its revisions kept apart (as turns were stored before V7). */
    public StoredTurn(String sessionId, int number, String message, int messageChars, String reply, String schemaJson, String changesJson,
                      Instant createdAt) {
        this(sessionId, number, message, messageChars, reply, schemaJson, changesJson, createdAt, Optional.empty());
    }

    /** A turn whose message is kept whole. */
    public StoredTurn(String sessionId, int number, String message, String reply, String schemaJson, String changesJson, Instant createdAt) {
        this(sessionId, number, message, message.length(), reply, schemaJson, changesJson, createdAt);
    }

    /** True when the store kept only the start of the message. */
    public boolean messageTruncated() { return messageChars > message.length(); }
}
