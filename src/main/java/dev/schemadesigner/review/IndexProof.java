package dev.schemadesigner.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a database's planner did with a suggested index, measured rather than assumed: each declared query planned
 * on seeded, analysed rows ({@code rows} a table) without the index ({@code before}) and with it ({@code after}; on
 * PostgreSQL a HypoPG hypothetical index, on SQLite a real one in memory). {@code used} when some query's plan uses
 * the index; a suggestion no plan uses is not made. {@code note} says what could not be proved, and why.
 */
public record IndexProof(String dialect, long rows, boolean used, List<QueryPlan> plans, Optional<String> note) {
    public IndexProof {
        Objects.requireNonNull(dialect, "dialect");
        plans = List.copyOf(plans);
        note = note == null ? Optional.empty() : note;
    }

    /** One declared query's plan without and with the index. */
    public record QueryPlan(String query, String before, String after, boolean usesIndex) {
        public QueryPlan {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }
}
