package dev.schemadesigner.plan;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a planner proposes: the schema changes, the queries the design is meant to serve (SQL
 * SELECTs with {@code ?} parameters, read by the performance rules), why, and — when the request
 * was too vague — a question instead of changes.
 *
 * <p>Relationships of tables the plan creates are inside their {@code CreateTable}; the back
 * references that existing tables gain are in {@code backReferences}, applied by {@link #result}.
 * {@code source} says which planner answered and, after a model fallback, why.
 */
public record Plan(ChangeSet changes, List<String> queryPatterns, String rationale, Optional<Question> question,
                   List<BackReference> backReferences, PlanSource source) {

    public Plan {
        Objects.requireNonNull(changes, "changes");
        queryPatterns = List.copyOf(queryPatterns);
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(question, "question");
        backReferences = List.copyOf(backReferences);
        Objects.requireNonNull(source, "source");
    }

    /** A plan of the {@link RulePlanner}. */
    public Plan(ChangeSet changes, List<String> queryPatterns, String rationale, Optional<Question> question, List<BackReference> backReferences) {
        this(changes, queryPatterns, rationale, question, backReferences, PlanSource.rules());
    }

    public Plan withSource(PlanSource value) { return new Plan(changes, queryPatterns, rationale, question, backReferences, value); }

    /** Why a configured model's answer was not used, when it was not. */
    public Optional<PlanSource.Fallback> fallback() { return source.fallback(); }

    public static Plan asking(Question question, String rationale) {
        return new Plan(ChangeSet.of(), List.of(), rationale, Optional.of(question), List.of());
    }

    public boolean isQuestion() { return question.isPresent(); }

    /** The schema after the changes, with the back references added to the existing parent tables. */
    public Schema result(Schema current) {
        Schema after = changes.apply(current);
        for (BackReference ref : backReferences) {
            after = after.replaceTable(ref.table(), t -> t.relationships().stream().anyMatch(r -> r.name().equals(ref.relationship().name()))
                    ? t : t.withRelationships(append(t.relationships(), ref.relationship())));
        }
        return after;
    }

    private static <T> List<T> append(List<T> list, T item) {
        var copy = new java.util.ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
