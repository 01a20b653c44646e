package dev.schemadesigner.chat;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.intent.IntentKind;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Optional;

/**
 * The chat answer to a {@link PastedReviewRequest}: the pasted source is reviewed by
 * {@link SourceReview}, the code path of {@code POST /api/v1/review} — a migration with the
 * session's schema as the schema it starts from, a schema source on its own — and the findings are
 * answered, numbered so that a later turn can apply one ({@link FixChoice}). Nothing is changed.
 */
final class PastedReview {

    /** The intent, markdown and findings of the answer. */
    record Answer(Reply.IntentView intent, String text, List<Finding> findings) {
        Answer {
            findings = List.copyOf(findings);
        }
    }

    private final SourceReview sources;

    PastedReview(SourceReview sources) { this.sources = sources; }

    /** The review request {@code POST /api/v1/review} gets for the same source in a session at {@code schema}. */
    static ReviewRequest requestFor(PastedReviewRequest pasted, Schema schema, String dialect) {
        Optional<Source> base = pasted.migration()
                ? Optional.of(new Source("json", Json.write(schema), Optional.of("session schema"))) : Optional.of(pasted.source());
        List<Source> migrations = pasted.migration() ? List.of(pasted.source()) : List.of();
        return new ReviewRequest(base, migrations, Optional.of(dialect), List.of(), List.of());
    }

    /**
     * The answer, or empty when the source cannot be read and the message did not ask for a review:
     * code alone that no importer reads ("create table orders (id, customer, total)") may be a request
     * written in SQL's shape, and goes to the planner instead.
     */
    Optional<Answer> answer(PastedReviewRequest pasted, Schema schema, String dialect) {
        return answer(pasted, schema, dialect, java.util.Map.of());
    }

    /** {@code projectRows}: the project's row counts, the table sizes a pasted migration's review assumes when nothing nearer says. */
    Optional<Answer> answer(PastedReviewRequest pasted, Schema schema, String dialect, java.util.Map<String, Long> projectRows) {
        Reply.IntentView intent = new Reply.IntentView(true, (pasted.migration() ? IntentKind.MIGRATION : IntentKind.REVIEW).wireName(), 1.0,
                pasted.asked());
        String what = pasted.migration() ? "migration (" + pasted.source().format() + "), reviewed against the session's schema"
                : "schema (" + pasted.source().format() + "), reviewed on its own";
        ReviewOutcome outcome;
        try {
            outcome = sources.review(requestFor(pasted, schema, dialect), projectRows);
        } catch (ConversationException e) {
            if (pasted.asked().isEmpty()) return Optional.empty();
            return Optional.of(new Answer(intent, "I could not read the pasted " + what.replaceAll(",.*", "") + ": " + e.getMessage()
                    + "\n\nNothing was reviewed or changed.", List.of()));
        }
        return Optional.of(new Answer(intent, text(what, dialect, outcome, schema), outcome.findings()));
    }

    private static String text(String what, String dialect, ReviewOutcome outcome, Schema schema) {
        StringBuilder md = new StringBuilder("Reviewed the pasted ").append(what).append(" for ").append(dialect)
                .append(". Nothing in the session's schema was changed.\n\n### Review\n");
        if (outcome.findings().isEmpty()) md.append("No findings: the checklist holds.\n");
        int number = 0;
        for (Severity severity : Severity.values()) {
            for (Finding f : outcome.findings()) {
                if (f.severity() != severity) continue;
                md.append(++number).append(". **").append(severity.label()).append("** `").append(f.rule()).append("` ")
                        .append(f.object()).append(": ").append(f.message());
                f.fix().ifPresent(fix -> md.append(" — fix: ").append(fix.summary()));
                md.append('\n');
            }
        }
        if (!outcome.warnings().isEmpty()) {
            md.append("\n### Notes on the source\n");
            outcome.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
        }
        List<Integer> applicable = new java.util.ArrayList<>();
        for (int i = 0; i < outcome.findings().size(); i++) {
            if (outcome.findings().get(i).fix().filter(fix -> appliesTo(fix, schema)).isPresent()) applicable.add(i + 1);
        }
        if (!applicable.isEmpty()) {
            md.append("\nFixes ").append(applicable.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))
                    .append(" apply to the session's schema: say *apply fix N* or *apply the fix for <rule>* to make one the next change.\n");
        } else if (outcome.findings().stream().anyMatch(f -> f.fix().isPresent())) {
            md.append("\nThe fixes are for the pasted source, whose tables are not the session's: to work on it here, make it a project's schema "
                    + "(`POST /api/v1/projects` with `schema`).\n");
        }
        return md.toString();
    }

    private static boolean appliesTo(dev.schemadesigner.review.Fix fix, Schema schema) {
        try {
            fix.changes().apply(schema);
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }
}
