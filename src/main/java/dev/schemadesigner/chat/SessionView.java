package dev.schemadesigner.chat;

import dev.schemadesigner.schema.Schema;

import java.time.Instant;
import java.util.List;

/** A session as the API returns it: its project, every turn with its reply, and the schema now. */
public record SessionView(String id, String projectId, String title, List<TurnView> turns, Schema schema, Instant createdAt, Instant updatedAt) {
    public SessionView { turns = List.copyOf(turns); }

    public record TurnView(int number, String message, Reply reply, Instant createdAt) {}
}
