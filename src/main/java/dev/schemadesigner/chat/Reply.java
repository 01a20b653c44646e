package dev.schemadesigner.chat;

import dev.schemadesigner.change.Op;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.Verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one turn produced; every surface (HTTP, web, Slack, editors) renders this record.
 * {@code text} is markdown for people; the other fields are data for programs. {@code schemaDiff}: what this
 * turn changed in the schema (for a squash, what its one revision changes); {@code columnTypes}: each column's type of
 * {@code schema} as the project's production database spells it.
 */
public record Reply(String sessionId, int turn, IntentView intent, String text, PlanView plan, List<Finding> findings,
                    List<Artifact> artifacts, List<Verification> verification, String erd, Schema schema, SchemaDelta schemaDiff,
                    ColumnTypes columnTypes) {

    public Reply {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(plan, "plan");
        findings = List.copyOf(findings);
        artifacts = List.copyOf(artifacts);
        verification = List.copyOf(verification);
        Objects.requireNonNull(erd, "erd");
        Objects.requireNonNull(schema, "schema");
        // replies stored before the diff was kept have none
        if (schemaDiff == null) schemaDiff = SchemaDelta.NONE;
        // and before the types were spelled per dialect
        if (columnTypes == null) columnTypes = ColumnTypes.NONE;
    }

    /** A reply without its columns' readable types. */
    public Reply(String sessionId, int turn, IntentView intent, String text, PlanView plan, List<Finding> findings,
                 List<Artifact> artifacts, List<Verification> verification, String erd, Schema schema, SchemaDelta schemaDiff) {
        this(sessionId, turn, intent, text, plan, findings, artifacts, verification, erd, schema, schemaDiff, ColumnTypes.NONE);
    }

    /** A reply that changed nothing in the schema. */
    public Reply(String sessionId, int turn, IntentView intent, String text, PlanView plan, List<Finding> findings,
                 List<Artifact> artifacts, List<Verification> verification, String erd, Schema schema) {
        this(sessionId, turn, intent, text, plan, findings, artifacts, verification, erd, schema, SchemaDelta.NONE);
    }

    /** The intent as the API names it: {@code design}, {@code change}, … {@code none}. */
    public record IntentView(boolean schemaRelated, String intent, double confidence, Optional<String> trigger) {}

    /**
     * The plan of this turn: its operations, why, the query patterns it serves, the fixes applied
     * after review (as lines, and in {@code alsoChanged} with why and how to undo each), and — when the
     * request was too vague — a question with the request it proposes. {@code indexPlans}: each index the turn
     * added for a declared query with the query plans before and after it ({@link IndexPlanView}).
     */
    public record PlanView(List<Op> changes, String rationale, List<String> queryPatterns, Optional<String> question,
                           Optional<String> proposal, List<String> autoFixed, List<AlsoChanged> alsoChanged, List<IndexPlanView> indexPlans) {
        public PlanView {
            changes = List.copyOf(changes);
            queryPatterns = List.copyOf(queryPatterns);
            autoFixed = List.copyOf(autoFixed);
            // plans stored before the field was kept have none
            alsoChanged = alsoChanged == null ? List.of() : List.copyOf(alsoChanged);
            indexPlans = indexPlans == null ? List.of() : List.copyOf(indexPlans);
        }

        public PlanView(List<Op> changes, String rationale, List<String> queryPatterns, Optional<String> question,
                        Optional<String> proposal, List<String> autoFixed, List<AlsoChanged> alsoChanged) {
            this(changes, rationale, queryPatterns, question, proposal, autoFixed, alsoChanged, List.of());
        }

        /** A plan that changed nothing beyond the request. */
        public PlanView(List<Op> changes, String rationale, List<String> queryPatterns, Optional<String> question,
                        Optional<String> proposal, List<String> autoFixed) {
            this(changes, rationale, queryPatterns, question, proposal, autoFixed, List.of());
        }
    }

    /** An index the plan added for a declared query, and the plans that prove a query uses it ({@code proof.used}). */
    public record IndexPlanView(String table, String index, dev.schemadesigner.review.IndexProof proof) {
        public IndexPlanView {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(proof, "proof");
        }
    }

    public boolean verified() { return !verification.isEmpty() && verification.stream().allMatch(Verification::ok); }
}
