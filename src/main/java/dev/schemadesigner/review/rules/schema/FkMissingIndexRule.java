package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A foreign key whose columns are not the leading columns of any index, primary key or unique
 * constraint on the child table.
 *
 * ## Why it matters
 * Joins from parent to children, and every DELETE or key UPDATE on the parent (which must look
 * for referencing rows), scan the whole child table. PostgreSQL does not index foreign keys by itself.
 *
 * ## Example
 * `pain_points.feedback_id REFERENCES feedback_analysis(id)` with only an index on `category`.
 * An index on `(feedback_id, category)` counts: it leads with `feedback_id`.
 *
 * ## Fix
 * `CREATE INDEX idx_<table>_<columns> ON <table> (<columns>)`, e.g.
 * `idx_pain_points_feedback_id`. Applied automatically in design turns.
 *
 * ## Limits
 * Not reported for MariaDB, whose InnoDB creates an index for every foreign key that lacks one.
 * Partial indexes and indexes led by an expression do not count. Columns of a composite key
 * may lead in any order. Whether the index is worth its write cost on a tiny table is not judged.
 */
public final class FkMissingIndexRule implements Rule {
    private static final RuleMeta META = RuleMeta.autoFixed("fk-missing-index", Area.SCHEMA, Severity.WARNING,
            "foreign key columns that are not the leading columns of any index");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        if (context.dialect().equals("mariadb")) return out;
        for (Table t : context.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (SchemaFacts.leadingColumnsIndexed(t, fk.columns())) continue;
                String name = SchemaFacts.indexName(t.name(), fk.columns());
                Index index = Index.on(name, fk.columns().toArray(String[]::new));
                String cols = String.join(", ", fk.columns());
                out.add(finding(t.name() + "." + String.join(",", fk.columns()),
                        "foreign key " + fk.name() + " (" + cols + ") has no index leading with its columns",
                        Fix.of("create index " + name + " on " + t.name() + " (" + cols + ")", new CreateIndex(t.name(), index, context.concurrentIndexes()))));
            }
        }
        return out;
    }
}
