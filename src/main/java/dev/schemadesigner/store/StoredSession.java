package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;

/** A conversation: which project it belongs to and a title (its first message, shortened). */
public record StoredSession(String id, String projectId, String title, Instant createdAt, Instant updatedAt) {
    public StoredSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
