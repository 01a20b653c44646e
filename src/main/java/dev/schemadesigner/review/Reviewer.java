package dev.schemadesigner.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the rules over an input: every finding of every rule, minus those the input silences
 * (by id globally, or per object from inline comments), in {@link Finding#ORDER}.
 */
public final class Reviewer {
    private final List<Rule> rules;

    public Reviewer() { this(Rules.all()); }

    public Reviewer(List<Rule> rules) { this.rules = List.copyOf(Objects.requireNonNull(rules, "rules")); }

    public List<Finding> review(ReviewInput input) {
        ReviewContext context = new ReviewContext(input);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (input.ignore().contains(rule.id())) continue;
            for (Finding f : rule.check(context)) if (!input.suppresses(f)) out.add(f);
        }
        List<Finding> observed = context.migration().map(m -> observed(out, m)).orElse(out);
        return observed.stream().sorted(Finding.ORDER).toList();
    }

    /**
     * Each migration finding on an observed step carries that step's observation; an {@code observed-lock}
     * finding stays only for a step no other migration rule flagged as a warning or error (those findings now carry
     * what it would say; an info such as a missing lock_timeout does not speak for the rewrite).
     */
    private List<Finding> observed(List<Finding> findings, MigrationFacts migration) {
        java.util.Set<Integer> flagged = new java.util.HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            java.util.OptionalInt line = migrationLine(f);
            if (line.isEmpty()) {
                out.add(f);
                continue;
            }
            if (!f.rule().equals(OBSERVED_LOCK) && f.severity().compareTo(Severity.WARNING) <= 0) flagged.add(line.getAsInt());
            Finding observed = migration.observation(line.getAsInt()).filter(o -> f.observation().isEmpty()).map(f::withObservation).orElse(f);
            out.add(migration.measured() ? migration.sized(observed, line.getAsInt()) : observed);
        }
        out.removeIf(f -> f.rule().equals(OBSERVED_LOCK) && flagged.contains(migrationLine(f).orElse(-1)));
        return out;
    }

    private static final String OBSERVED_LOCK = "observed-lock";
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("^line (\\d+): ");

    /** The source line of a migration rule's finding (its message starts {@code line 12: }). */
    private java.util.OptionalInt migrationLine(Finding f) {
        boolean migrationRule = rules.stream().anyMatch(r -> r.id().equals(f.rule()) && r.area() == Area.MIGRATION);
        if (!migrationRule) return java.util.OptionalInt.empty();
        java.util.regex.Matcher m = LINE.matcher(f.message());
        return m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1))) : java.util.OptionalInt.empty();
    }

    public List<Rule> rules() { return rules; }
}
