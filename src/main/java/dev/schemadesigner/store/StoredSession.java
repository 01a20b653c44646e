package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation: which project it belongs to, a title (its first message, shortened), and the
 * project schema it started from as JSON (empty for sessions stored before it was kept).
 */
public record StoredSession(String id, String projectId, String title, Instant createdAt, Instant updatedAt, java.util.Optional<String> baseSchemaJson) {
    public StoredSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(baseSchemaJson, "baseSchemaJson");
    }
}
