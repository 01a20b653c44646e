package dev.schemadesigner.chat;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.IndexProof;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.VerifyTarget;
import dev.schemadesigner.verify.plans.IndexAdvice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A design turn's index advice proved by query plans before the reply: each index this turn added for a declared
 * query ({@link IndexAdvice#servingIndexes}) is planned without and with it, and the review's index suggestions
 * likewise ({@link IndexAdvice#proveFindings}); a performance suggestion no plan uses leaves the findings. On
 * PostgreSQL with a verification database the plans are PostgreSQL's (HypoPG), else SQLite's.
 */
final class ProvedIndexes {
    private ProvedIndexes() {}

    record Result(List<Finding> findings, List<Reply.IndexPlanView> planned, List<Finding> dropped, List<String> warnings) {
        Result {
            findings = List.copyOf(findings);
            planned = List.copyOf(planned);
            dropped = List.copyOf(dropped);
            warnings = List.copyOf(warnings);
        }
    }

    static Result of(List<VerifyTarget> targets, String dialect, Schema before, Schema after, List<Finding> findings, List<String> queries) {
        if (queries.isEmpty()) return new Result(findings, List.of(), List.of(), List.of());
        Optional<VerifyTarget> postgres = targets.stream().filter(t -> t.dialect().name().equals("postgresql")).findFirst();
        List<String> warnings = new ArrayList<>();
        List<CreateIndex> added = IndexAdvice.servingIndexes(after, queries).stream()
                .filter(ci -> before.table(ci.table()).map(t -> t.indexes().stream().noneMatch(ix -> ix.name().equals(ci.index().name()))).orElse(true))
                .toList();
        Schema without = after;
        for (CreateIndex ci : added) without = new DropIndex(ci.table(), ci.index().name()).apply(without);
        List<Optional<IndexProof>> proofs = IndexAdvice.prove(postgres, dialect, without, added.stream().map(List::of).toList(), queries,
                IndexAdvice.DEFAULT_ROWS, warnings);
        List<Reply.IndexPlanView> planned = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            CreateIndex ci = added.get(i);
            proofs.get(i).ifPresent(p -> planned.add(new Reply.IndexPlanView(ci.table(), ci.index().name(), p)));
        }
        // the review's suggestions are judged on the schema as planned, its indexes in place (a second throw-away, only when one creates an index)
        IndexAdvice.Outcome outcome = IndexAdvice.proveFindings(postgres, dialect, after, findings, queries, IndexAdvice.DEFAULT_ROWS);
        warnings.addAll(outcome.warnings());
        return new Result(outcome.findings(), planned, outcome.dropped(), warnings);
    }
}
