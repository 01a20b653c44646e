package dev.schemadesigner.chat;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.InvalidChange;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Review ⇄ fix: findings of rules marked auto-fix (a missing FK index, missing timestamps) about
 * what the turn creates or changes ({@link TurnObjects}) are fixed by appending their change set,
 * and the schema is reviewed again, up to a fixed point or {@link #MAX_ROUNDS}. Other findings —
 * those of other rules, and those about tables, columns or indexes the turn did not make, such as
 * an existing table without timestamps — are reported with their fix for the user to accept.
 */
final class ReviewAndFix {
    static final int MAX_ROUNDS = 3;

    record Result(ChangeSet changes, Schema after, List<Finding> findings, List<String> applied, List<AlsoChanged> alsoChanged) {}

    private final Reviewer reviewer;

    ReviewAndFix(Reviewer reviewer) { this.reviewer = reviewer; }

    /**
     * {@code input} describes {@code after}; fixes are applied to it and to the turn's {@code changes}.
     * Only findings on {@code scope} tables count (empty scope: every table): a turn answers for what it
     * designed or changed, not for the rest of the project. A review-only turn ({@code autoFix} false)
     * reports fixes without applying them.
     */
    Result run(ChangeSet changes, Schema after, ReviewInput input, java.util.Set<String> scope, boolean autoFix) {
        List<Op> ops = new ArrayList<>(changes.ops());
        List<String> applied = new ArrayList<>();
        List<AlsoChanged> alsoChanged = new ArrayList<>();
        Schema current = after;
        List<Finding> findings = inScope(reviewer.review(input), after, scope);
        TurnObjects made = TurnObjects.of(changes);
        for (int round = 0; autoFix && round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (Finding f : findings) {
                if (f.fix().isEmpty() || !Rules.byId(f.rule()).map(Rule::autoFix).orElse(false) || !made.owns(f, current)) continue;
                try {
                    Fix fix = f.fix().get();
                    Schema fixed = fix.changes().apply(current);
                    alsoChanged.add(new AlsoChanged(f.rule(), f.object(), fix.summary(), f.message(),
                            new Fix("undo: " + fix.summary(), fix.changes().inverse(current))));
                    current = fixed;
                    ops.addAll(fix.changes().ops());
                    applied.add(f.rule() + " " + f.object() + ": " + fix.summary());
                    changed = true;
                } catch (InvalidChange e) {
                    // another fix of this round already covered it (e.g. the same index); review again decides
                }
            }
            if (!changed) break;
            findings = inScope(reviewer.review(input.withSchema(current)), current, scope);
        }
        return new Result(new ChangeSet(ops), current, findings, applied, alsoChanged);
    }

    /** A finding's object is {@code table}, {@code table.column}, {@code table.a,b}, or the name of an index or constraint. */
    private static List<Finding> inScope(List<Finding> findings, Schema schema, java.util.Set<String> scope) {
        if (scope.isEmpty()) return findings;
        return findings.stream().filter(f -> scope.contains(TurnObjects.tableOf(f.object(), schema))).toList();
    }
}
