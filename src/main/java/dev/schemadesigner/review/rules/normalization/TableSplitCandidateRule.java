package dev.schemadesigner.review.rules.normalization;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ## What it flags
 * A wide table (at least 12 columns) in which three or more columns share a first word
 * (`billing_street`, `billing_city`, `billing_zip`): a group that changes together and can
 * live in a table of its own.
 *
 * ## Why it matters
 * Wide rows make every read and update move more data, the group's columns are often all NULL
 * together, and the same group tends to be copied into other tables (`shipping_…`).
 *
 * ## Example
 * `customers` with `billing_street, billing_city, billing_zip, shipping_street, shipping_city, shipping_zip` among 15 columns.
 *
 * ## Fix
 * Move each group into its own table keyed by the parent (`customer_billing_addresses`), or
 * one shared `addresses` table referenced twice. No change is proposed automatically.
 *
 * ## Limits
 * Groups are found by name prefix only; timestamp columns (`created_…`, `updated_…`) and the
 * prefixes `is`, `has` do not form groups.
 */
public final class TableSplitCandidateRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("table-split-candidate", Area.NORMALIZATION, Severity.INFO,
            "a wide table whose columns fall into groups that change together; suggests the split");
    private static final int WIDE = 12;
    private static final int GROUP = 3;
    private static final Set<String> NOT_GROUPS = Set.of("is", "has", "created", "updated", "deleted", "id");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            if (t.columns().size() < WIDE) continue;
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                List<String> tokens = SchemaFacts.tokens(c.name());
                if (tokens.size() < 2 || NOT_GROUPS.contains(tokens.get(0))) continue;
                groups.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(c.name());
            }
            groups.forEach((prefix, columns) -> {
                if (columns.size() < GROUP) return;
                out.add(finding(t.name(), t.name() + " has " + t.columns().size() + " columns; " + String.join(", ", columns)
                        + " change together and could move to a table " + t.name() + "_" + prefix));
            });
        }
        return out;
    }
}
