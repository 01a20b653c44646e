package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Relationship;

import java.util.Objects;

/**
 * The ORM side of a new foreign key on a table that already exists: the {@code relationship()}
 * the parent model gains ({@code FeedbackAnalysis.pain_points}). Relationships are not stored in
 * the database, so they are not schema operations; {@link Plan#result} adds them to the schema.
 */
public record BackReference(String table, Relationship relationship) {
    public BackReference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(relationship, "relationship");
    }
}
