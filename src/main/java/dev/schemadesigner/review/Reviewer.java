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
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }

    public List<Rule> rules() { return rules; }
}
