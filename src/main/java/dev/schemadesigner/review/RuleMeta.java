package dev.schemadesigner.review;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, declared as a constant on the rule: its id (kebab-case, exactly as in RULES.md,
 * never renamed), area, default severity, one-line summary, and whether its fix may be applied
 * without asking (design turns apply auto-fixes and review again).
 */
public record RuleMeta(String id, Area area, Severity severity, String summary, boolean autoFix) {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        if (!KEBAB.matcher(id).matches()) throw new IllegalArgumentException("rule id must be kebab-case, was '" + id + "'");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
    }

    public static RuleMeta of(String id, Area area, Severity severity, String summary) {
        return new RuleMeta(id, area, severity, summary, false);
    }

    public static RuleMeta autoFixed(String id, Area area, Severity severity, String summary) {
        return new RuleMeta(id, area, severity, summary, true);
    }
}
