package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ## What it flags
 * A numeric column holding a bounded value (score, severity, rating, priority, percent,
 * probability, quantity, price) with no CHECK constraint that mentions it.
 *
 * ## Why it matters
 * A severity of 42 or a negative price is a bug the database could have refused. The skill's
 * rule: "Add CHECK constraint: severity BETWEEN 1 AND 10".
 *
 * ## Example
 * `pain_points.severity integer NOT NULL` with no CHECK.
 *
 * ## Fix
 * `ADD CONSTRAINT ck_<table>_<column> CHECK (…)` with a typical range: severity and priority
 * 1–10, rating 1–5, percent and score 0–100, probability 0–1, quantity and price at least 0.
 * Adjust the bounds to the real scale before accepting.
 *
 * ## Limits
 * Any CHECK naming the column counts, whatever it says. Key columns (`price_id`) are skipped.
 * Names decide: `sentiment_score` gets the 0–100 suggestion even when its scale is −1…1.
 */
public final class CheckCandidateRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("check-candidate", Area.SCHEMA, Severity.WARNING,
            "a bounded value (score, severity, rating, percent, quantity, price, probability) without a CHECK range");
    private static final Map<String, String> RANGES = Map.ofEntries(
            Map.entry("severity", "BETWEEN 1 AND 10"), Map.entry("priority", "BETWEEN 1 AND 10"),
            Map.entry("rating", "BETWEEN 1 AND 5"), Map.entry("score", "BETWEEN 0 AND 100"),
            Map.entry("percent", "BETWEEN 0 AND 100"), Map.entry("percentage", "BETWEEN 0 AND 100"),
            Map.entry("probability", "BETWEEN 0 AND 1"), Map.entry("quantity", ">= 0"), Map.entry("qty", ">= 0"),
            Map.entry("price", ">= 0"));

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                String range = range(c);
                if (range == null || SchemaFacts.checkMentions(t, c.name()) || SchemaFacts.isForeignKeyColumn(t, c.name())) continue;
                Check check = new Check(SchemaFacts.constraintName("ck", t.name(), c.name()), c.name() + " " + range);
                out.add(finding(t.name() + "." + c.name(), c.name() + " is a bounded value with no CHECK constraint",
                        Fix.of("add CHECK (" + check.expression() + ") on " + t.name(), new AddCheck(t.name(), check, context.notValidConstraints()))));
            }
        }
        return out;
    }

    private static String range(Column c) {
        if (!SchemaFacts.isNumeric(c.type()) || c.identity() || c.name().endsWith("_id")) return null;
        for (String token : SchemaFacts.tokens(c.name())) {
            if (RANGES.containsKey(token)) return RANGES.get(token);
        }
        return null;
    }
}
