package dev.schemadesigner.chat;

import dev.schemadesigner.change.Op;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.verify.Verification;

import java.util.List;

/** The markdown a person reads: what changed, what the review found, which files were written, what ran where. */
final class ReplyText {
    private ReplyText() {}

    static final String ABOUT = "I design and change relational database schemas: describe what you want to store "
            + "(\"Design database schema for pain point tracking\"), ask for a change (\"add a NOT NULL priority column to tickets\"), "
            + "or paste DDL or SQLAlchemy models to review. Every answer comes with SQLAlchemy models, Alembic migrations, "
            + "tests and SQL that have been executed.";

    static String notAboutSchemas() {
        return "That does not look like a database schema question, so I left the schema as it is.\n\n" + ABOUT;
    }

    static String notApplied() {
        return "> **Not applied:** this change did not verify on every database (see *Executed* below), so the session "
                + "keeps its last verified schema. Adjust the request and try again.\n\n";
    }

    static String question(String question, String assumed) {
        return "**One question first:** " + question + "\n\nIf you just say *go ahead*, I will assume: _" + assumed + "_";
    }

    static String turn(String rationale, List<Op> changes, List<String> autoFixed, List<Finding> findings, List<Artifact> artifacts,
                       List<Verification> verification) {
        StringBuilder md = new StringBuilder();
        if (!rationale.isBlank()) md.append(rationale.strip()).append("\n\n");
        md.append("### Changes\n");
        if (changes.isEmpty()) md.append("No schema changes in this turn.\n");
        changes.forEach(op -> md.append("- ").append(op.describe()).append('\n'));
        if (!autoFixed.isEmpty()) {
            md.append("\nApplied automatically after review:\n");
            autoFixed.forEach(a -> md.append("- ").append(a).append('\n'));
        }
        md.append("\n### Review\n");
        if (findings.isEmpty()) md.append("No findings: the checklist holds.\n");
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) continue;
            md.append("\n**").append(severity.label()).append("** (").append(group.size()).append(")\n");
            for (Finding f : group) {
                md.append("- `").append(f.rule()).append("` ").append(f.object()).append(": ").append(f.message());
                f.fix().ifPresent(fix -> md.append(" — fix: ").append(fix.summary()));
                md.append('\n');
            }
        }
        md.append("\n### Files\n");
        artifacts.forEach(a -> md.append("- `").append(a.path()).append("` (").append(a.kind()).append(")\n"));
        md.append("\n### Executed\n");
        for (Verification v : verification) {
            md.append("- ").append(v.ok() ? "✅ " : "❌ ").append(v.summary()).append('\n');
            v.step("data").flatMap(Verification.Step::data).ifPresent(d -> md.append("  - data: ").append(d.summary()).append('\n'));
            v.diff().forEach(d -> md.append("  - ").append(d).append('\n'));
            v.steps().stream().filter(s -> s.error().isPresent() && !s.ok())
                    .forEach(s -> md.append("  - ").append(s.name()).append(": ").append(s.error().get()).append('\n'));
        }
        return md.toString();
    }

    static String titleOf(String message) {
        String oneLine = message.strip().lines().findFirst().orElse("");
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine.isBlank() ? "untitled" : oneLine;
    }
}
