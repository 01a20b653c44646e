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
import dev.schemadesigner.schema.KnownRanges;
import dev.schemadesigner.schema.KnownRanges.Range;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * A numeric column holding a bounded value (score, severity, rating, priority, percent,
 * probability, confidence, sentiment, nps, age, quantity, price, cost, fee, latitude, longitude) with no CHECK
 * constraint that mentions it.
 *
 * ## Why it matters
 * A severity of 42 or a negative price is a bug the database could have refused. The skill's
 * rule: "Add CHECK constraint: severity BETWEEN 1 AND 10".
 *
 * ## Example
 * `pain_points.severity integer NOT NULL` with no CHECK.
 *
 * ## Fix
 * `ADD CONSTRAINT ck_<table>_<column> CHECK (…)` with bounds that come from the project or from the
 * column's known meaning, never invented: first a range the column's comment states ("-1 to 1") or
 * a BETWEEN check on a same-named column of another table; then the meaning its name states
 * (`KnownRanges`: sentiment −1…1, confidence and probability 0…1, percent 0…100, rating 1…5,
 * severity 1…10, age 0…150, an NPS answer 0…10, latitude −90…90, longitude −180…180); quantity,
 * price, cost and fee at least 0. A bounded value whose scale is not known (`score`, `user_score`,
 * `priority`) gets no fix: the finding asks for its bounds.
 *
 * ## Limits
 * Any CHECK naming the column counts, whatever it says. Key columns (`price_id`) are skipped.
 */
public final class CheckCandidateRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("check-candidate", Area.SCHEMA, Severity.WARNING,
            "a bounded value (score, severity, rating, percent, quantity, price, probability) without a CHECK range");
    /** Words that make a numeric column a bounded value. */
    private static final Set<String> BOUNDED = Set.of("severity", "priority", "rating", "stars", "score", "percent", "percentage", "pct",
            "probability", "confidence", "sentiment", "polarity", "nps", "age", "quantity", "qty", "price", "cost", "fee", "latitude", "lat", "longitude", "lng", "lon");
    /** Values that cannot be negative, with no upper bound. */
    private static final Set<String> NON_NEGATIVE = Set.of("quantity", "qty", "price", "cost", "fee");
    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    /** A range a comment states: "-1 to 1", "0..100", "1-5", "between 0 and 1". */
    private static final Pattern STATED = Pattern.compile(NUMBER + "\\s*(?:\\.\\.|…|–|-|to|and)\\s*" + NUMBER);

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Column c : t.columns()) {
                if (!bounded(c) || SchemaFacts.checkMentions(t, c.name()) || SchemaFacts.isForeignKeyColumn(t, c.name())) continue;
                String object = t.name() + "." + c.name();
                Optional<String> expression = fromProject(context, t, c).or(() -> KnownRanges.forColumn(c.name())).map(r -> r.betweenSql(c.name()))
                        .or(() -> NON_NEGATIVE.contains(SchemaFacts.lastToken(c.name())) ? Optional.of(c.name() + " >= 0") : Optional.empty());
                if (expression.isEmpty()) {
                    out.add(finding(object, c.name() + " is a bounded value with no CHECK constraint, and its scale is not known: what are its bounds? "
                            + "Say e.g. \"" + c.name() + " must be between <low> and <high> on " + t.name() + "\""));
                    continue;
                }
                Check check = new Check(SchemaFacts.constraintName("ck", t.name(), c.name()), expression.get());
                out.add(finding(object, c.name() + " is a bounded value with no CHECK constraint",
                        Fix.of("add CHECK (" + check.expression() + ") on " + t.name(), new AddCheck(t.name(), check, context.notValidConstraints()))));
            }
        }
        return out;
    }

    private static boolean bounded(Column c) {
        if (!SchemaFacts.isNumeric(c.type()) || c.identity() || c.name().endsWith("_id")) return false;
        return SchemaFacts.hasToken(c.name(), BOUNDED);
    }

    /** Bounds the project states: the column's comment, or a BETWEEN check on a same-named column of another table. */
    private static Optional<Range> fromProject(ReviewContext context, Table table, Column c) {
        Optional<Range> stated = c.comment().flatMap(comment -> {
            Matcher m = STATED.matcher(comment);
            return m.find() ? Optional.of(ordered(m.group(1), m.group(2), "as its comment states")) : Optional.empty();
        });
        if (stated.isPresent()) return stated;
        Pattern between = Pattern.compile("^\\(?\"?" + Pattern.quote(c.name()) + "\"?\\s+BETWEEN\\s+" + NUMBER + "\\s+AND\\s+" + NUMBER + "\\)?$",
                Pattern.CASE_INSENSITIVE);
        for (Table other : context.tables()) {
            if (other.name().equals(table.name()) || !other.hasColumn(c.name())) continue;
            for (Check check : other.checks()) {
                Matcher m = between.matcher(check.expression().strip());
                if (m.matches()) return Optional.of(ordered(m.group(1), m.group(2), "as " + other.name() + "." + c.name() + " is checked"));
            }
        }
        return Optional.empty();
    }

    private static Range ordered(String a, String b, String meaning) {
        return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) <= 0 ? new Range(a, b, meaning, false) : new Range(b, a, meaning, false);
    }
}
