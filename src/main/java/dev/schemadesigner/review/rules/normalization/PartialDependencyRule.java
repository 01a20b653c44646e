package dev.schemadesigner.review.rules.normalization;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.FunctionalDependency;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.review.TableSample;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * Second normal form: in a table with a composite primary key, a non-key column that describes
 * only one part of the key — named after that part (`product_name` beside key
 * `(order_id, product_id)`), or repeating a column of the table that part references.
 *
 * ## Why it matters
 * The same product name is stored once per order line; renaming the product means updating
 * every line, and a missed one leaves the data contradicting itself.
 *
 * ## Example
 * `order_items (order_id, product_id, product_name, quantity, PRIMARY KEY (order_id, product_id))`.
 *
 * ## Fix
 * Keep the column only in the table the key part identifies (`products.name`) and join to it.
 * No change is proposed: dropping the column loses data until the join is in place.
 *
 * ## Limits
 * Only `<part>_id` key columns are understood. A value copied on purpose (the price at the
 * time of the order) is reported too; silence it inline.
 *
 * When reviewing a live database, a dependency measured on a sample of up to 1,000 rows is
 * reported whatever the names ("measured on N sampled rows"): a non-key column whose values follow
 * a proper part of the key on every sampled row (the part needs at least 5 distinct values over at
 * least 20 rows and must not be unique). Where the sample could judge a key part and the column did
 * not follow it, the name alone is not reported.
 */
public final class PartialDependencyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("partial-dependency", Area.NORMALIZATION, Severity.WARNING,
            "2NF: a column that depends on only part of a composite key");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            List<String> key = t.primaryKey().map(pk -> pk.columns()).orElse(List.of());
            if (key.size() < 2) continue;
            Optional<TableSample> sample = context.sample(t.name());
            for (Column c : t.columns()) {
                if (key.contains(c.name())) continue;
                Optional<FunctionalDependency> measured = sample.flatMap(s -> s.dependencies().stream()
                        .filter(fd -> fd.dependent().equals(c.name()) && key.containsAll(fd.determinant()) && fd.determinant().size() < key.size())
                        .findFirst());
                if (measured.isPresent()) {
                    FunctionalDependency fd = measured.get();
                    out.add(finding(t.name() + "." + c.name(), c.name() + " depends only on " + fd.determinantText() + ", part of the key ("
                            + String.join(", ", key) + ") (measured on " + fd.sampledRows() + " sampled rows); keep it in the table "
                            + fd.determinantText() + " identifies"));
                    continue;
                }
                if (SchemaFacts.isForeignKeyColumn(t, c.name())) continue;
                for (String part : key) {
                    if (sample.map(s -> s.judges(List.of(part), c.name())).orElse(false)) continue;
                    if (dependsOn(context, t, c.name(), part)) {
                        out.add(finding(t.name() + "." + c.name(), c.name() + " depends only on " + part + ", part of the key ("
                                + String.join(", ", key) + "); keep it in the table " + part + " identifies"));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean dependsOn(ReviewContext context, Table t, String column, String part) {
        if (!part.endsWith("_id")) return false;
        String stem = part.substring(0, part.length() - 3);
        if (column.startsWith(stem + "_")) return true;
        Optional<ForeignKey> fk = SchemaFacts.foreignKeysOn(t, part).stream().findFirst();
        return fk.flatMap(f -> context.table(f.referencedTable())).map(target -> target.hasColumn(column)
                && !column.equals("created_at") && !column.equals("updated_at")).orElse(false);
    }
}
