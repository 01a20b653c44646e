package dev.schemadesigner.chat;

import dev.schemadesigner.review.Finding;

import java.util.List;

/** The findings of a review, and what the importers could not read (so nothing is silently skipped). */
public record ReviewOutcome(List<Finding> findings, List<String> warnings) {
    public ReviewOutcome {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }
}
