package dev.schemadesigner.chat;

import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.review.Suppressions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Reviews what a user pasted: reads each source with its importer, honours ignores and inline suppressions. */
final class SourceReview {
    private final Reviewer reviewer;

    SourceReview(Reviewer reviewer) { this.reviewer = reviewer; }

    ReviewOutcome review(ReviewRequest request) {
        if (request.schema().isEmpty() && request.migrations().isEmpty()) {
            throw ConversationException.badInput("schema", "give a schema or migrations to review");
        }
        if (!request.migrations().isEmpty()) {
            throw ConversationException.badInput("migrations", "migration review is not available in this version; review the schema instead");
        }
        String dialect = dialect(request.dialect().orElse("postgresql"));
        for (String id : request.ignore()) {
            if (!id.equals(Suppressions.ALL) && Rules.byId(id).isEmpty()) {
                throw ConversationException.badInput("ignore", "unknown rule id '" + id + "'; GET /api/v1/rules lists them");
            }
        }
        Source source = request.schema().get();
        ImportResult imported = source.read(dialect);
        ReviewInput input = ReviewInput.of(imported.schema()).withDialect(dialect).withQueryPatterns(request.queries())
                .withIgnore(new HashSet<>(request.ignore()));
        String format = source.format().trim().toLowerCase(Locale.ROOT);
        if (format.equals("sql")) input = input.withSuppressions(Suppressions.fromSql(source.content()));
        if (format.equals("sqlalchemy")) input = input.withSuppressions(Suppressions.fromPython(source.content()));
        List<String> warnings = new ArrayList<>();
        imported.warnings().forEach(w -> warnings.add("line " + w.line() + ": " + w.message() + " (" + w.statement() + ")"));
        return new ReviewOutcome(reviewer.review(input), warnings);
    }

    private static String dialect(String name) {
        try {
            return Dialects.byName(name).name();
        } catch (IllegalArgumentException e) {
            throw ConversationException.badInput("dialect", e.getMessage());
        }
    }
}
