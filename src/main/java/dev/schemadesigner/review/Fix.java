package dev.schemadesigner.review;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;

import java.util.Objects;

/** A concrete remedy the user can accept: the schema changes and one line saying what they do. */
public record Fix(String summary, ChangeSet changes) {
    public Fix {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(changes, "changes");
        if (changes.isEmpty()) throw new IllegalArgumentException("fix '" + summary + "' has no changes");
    }

    public static Fix of(String summary, Op... ops) { return new Fix(summary, ChangeSet.of(ops)); }
}
