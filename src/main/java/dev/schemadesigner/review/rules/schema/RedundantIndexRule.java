package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A non-unique index whose keys are a leading prefix of another index on the same table (or of
 * the primary key), with the same method and the same partial-index condition. Of two identical
 * indexes, the one whose name sorts later is reported.
 *
 * ## Why it matters
 * The longer index already serves every lookup the shorter one serves. The shorter one costs
 * disk, memory and write time on every insert and update for nothing.
 *
 * ## Example
 * `idx_orders_customer_id (customer_id)` beside `idx_orders_customer_id_created_at (customer_id, created_at)`.
 *
 * ## Fix
 * `DROP INDEX idx_orders_customer_id`.
 *
 * ## Limits
 * Unique indexes are never reported: they enforce something. A short index is sometimes kept
 * on purpose because it is smaller; silence the rule for it with an inline ignore.
 */
public final class RedundantIndexRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("redundant-index", Area.SCHEMA, Severity.INFO,
            "an index whose columns are a leading prefix of another index on the same table");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (Index ix : t.indexes()) {
                if (ix.unique()) continue;
                String coveredBy = coveredBy(t, ix);
                if (coveredBy == null) continue;
                out.add(finding(ix.name(), "index " + ix.name() + " (" + ix.describeKeys() + ") is a prefix of " + coveredBy,
                        Fix.of("drop index " + ix.name(), new DropIndex(t.name(), ix.name(), context.concurrentIndexes()))));
            }
        }
        return out;
    }

    private static String coveredBy(Table t, Index ix) {
        List<String> pk = t.primaryKey().map(k -> k.columns()).orElse(List.of());
        if (ix.where().isEmpty() && ix.method().isEmpty() && !ix.hasExpressions() && pk.size() >= ix.keys().size()
                && pk.subList(0, ix.keys().size()).equals(ix.columnNames())) {
            return "the primary key";
        }
        for (Index other : t.indexes()) {
            if (other == ix || !other.where().equals(ix.where()) || !other.method().equals(ix.method())) continue;
            if (other.keys().size() < ix.keys().size() || !prefix(ix.keys(), other.keys())) continue;
            if (other.keys().size() == ix.keys().size() && !other.unique() && other.name().compareTo(ix.name()) > 0) continue;
            return "index " + other.name() + " (" + other.describeKeys() + ")";
        }
        return null;
    }

    private static boolean prefix(List<IndexKey> shorter, List<IndexKey> longer) {
        return longer.subList(0, shorter.size()).equals(shorter);
    }
}
