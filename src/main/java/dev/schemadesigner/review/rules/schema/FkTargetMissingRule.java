package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ## What it flags
 * A foreign key to a table or column that does not exist, or whose column type differs from the
 * referencing column's.
 *
 * ## Why it matters
 * The DDL fails to run (missing target), or runs with implicit casts that defeat indexes and
 * allow values the parent can never hold (`bigint` child, `integer` parent).
 *
 * ## Example
 * `pain_points.feedback_id bigint REFERENCES feedback_analysis(id)` where `feedback_analysis.id`
 * is `integer`; or `REFERENCES feedbacks(id)` when the table is `feedback_analysis`.
 *
 * ## Fix
 * For a type mismatch, change the referencing column to the referenced column's type (the
 * foreign key is dropped around the change and added back). A missing
 * target has no automatic fix: create the table or correct the name.
 *
 * ## Limits
 * Tables of other schemas (not in the reviewed schema) count as missing. Whether the target
 * columns are unique is not checked here.
 */
public final class FkTargetMissingRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("fk-target-missing", Area.SCHEMA, Severity.ERROR,
            "a foreign key to a table or column that does not exist, or whose type differs");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> target = context.table(fk.referencedTable());
                if (target.isEmpty()) {
                    out.add(finding(t.name() + "." + String.join(",", fk.columns()), "foreign key " + fk.name()
                            + " references table " + fk.referencedTable() + ", which does not exist"));
                    continue;
                }
                for (int i = 0; i < fk.columns().size(); i++) check(t, fk, target.get(), i, out);
            }
        }
        return out;
    }

    private void check(Table t, ForeignKey fk, Table target, int i, List<Finding> out) {
        String object = t.name() + "." + fk.columns().get(i);
        Optional<Column> referenced = target.column(fk.referencedColumns().get(i));
        if (referenced.isEmpty()) {
            out.add(finding(object, "foreign key " + fk.name() + " references " + target.name() + "."
                    + fk.referencedColumns().get(i) + ", which does not exist"));
            return;
        }
        Column own = t.column(fk.columns().get(i)).orElseThrow();
        if (own.type().equals(referenced.get().type())) return;
        out.add(finding(object, "column " + own.name() + " is " + own.type().describe() + " but references "
                        + target.name() + "." + referenced.get().name() + ", which is " + referenced.get().type().describe(),
                Fix.of("change " + object + " to " + referenced.get().type().describe() + ", dropping and restoring " + fk.name(),
                        new DropForeignKey(t.name(), fk.name()),
                        new AlterColumn(t.name(), own.name(), referenced.get().type(), own.nullable(), own.defaultValue()),
                        new AddForeignKey(t.name(), fk))));
    }
}
