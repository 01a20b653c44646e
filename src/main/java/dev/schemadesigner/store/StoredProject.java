package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;

/** A project as stored: its id, name and the JSON of its context. */
public record StoredProject(String id, String name, String body, Instant createdAt, Instant updatedAt) {
    public StoredProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
