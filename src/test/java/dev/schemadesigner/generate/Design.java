package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;

import java.util.List;
import java.util.Objects;

/**
 * A design fixture: a change for a project, and the data checks that must hold after upgrade
 * (SQL returning one number, and that number). {@code bundled} designs run on top of the
 * Customer Feedback Analyzer's files, with rows inserted before the new revisions run.
 */
public record Design(String name, GenerationContext ctx, ChangeSet changes, boolean bundled, List<DataCheck> checks) {

    public record DataCheck(String sql, long expected) {}

    public Design {
        Objects.requireNonNull(name, "name");
        checks = List.copyOf(checks);
    }

    public static Design bundled(String name, ChangeSet changes, DataCheck... checks) {
        return new Design(name, BundledProjects.customerFeedbackAnalyzer(), changes, true, List.of(checks));
    }

    public static Design fresh(String name, ChangeSet changes) {
        return new Design(name, GenerationContext.newProject(name, GenerationContext.OrmStyle.CLASSIC), changes, false, List.of());
    }

    public Design withStyle(GenerationContext.OrmStyle style) { return new Design(name, ctx.withOrmStyle(style), changes, bundled, checks); }

    @Override
    public String toString() { return name; }
}
