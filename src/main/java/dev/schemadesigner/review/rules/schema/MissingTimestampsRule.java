package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * ## What it flags
 * A table without `created_at` or without `updated_at`, the columns of the project's BaseModel.
 *
 * ## Why it matters
 * Without them nobody can tell when a row appeared or last changed: debugging, auditing,
 * incremental exports and cache expiry all need them, and adding them later leaves old rows blank.
 *
 * ## Example
 * `CREATE TABLE pain_points (id …, feedback_id …, category …)` with neither column.
 *
 * ## Fix
 * Add the missing columns as `timestamptz NOT NULL DEFAULT now()` (a constant default, safe to
 * add to a populated table). Applied automatically in design turns.
 *
 * ## Limits
 * Pure association tables (every column part of the primary key or a foreign key) and the
 * migration tools' own tables (`alembic_version`, `flyway_schema_history`) are exempt.
 * Other names for the same facts (`inserted_at`, `modified`) are not recognised.
 */
public final class MissingTimestampsRule implements Rule {
    private static final RuleMeta META = RuleMeta.autoFixed("missing-timestamps", Area.SCHEMA, Severity.WARNING,
            "a table without created_at / updated_at (the project's base model convention)");
    private static final List<String> COLUMNS = List.of("created_at", "updated_at");
    private static final java.util.Set<String> TOOL_TABLES = java.util.Set.of("alembic_version", "flyway_schema_history");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            if (isAssociation(t) || TOOL_TABLES.contains(t.name())) continue;
            List<String> missing = COLUMNS.stream().filter(c -> !t.hasColumn(c)).toList();
            if (missing.isEmpty()) continue;
            List<Op> ops = new ArrayList<>();
            for (String c : missing) {
                ops.add(new AddColumn(t.name(), Column.required(c, LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now())));
            }
            String what = String.join(" and ", missing);
            out.add(finding(t.name(), "table " + t.name() + " has no " + what,
                    new Fix("add " + what + " to " + t.name(), new dev.schemadesigner.change.ChangeSet(ops))));
        }
        return out;
    }

    private static boolean isAssociation(Table t) {
        return !t.foreignKeys().isEmpty() && t.columns().stream()
                .allMatch(c -> SchemaFacts.isPrimaryKeyColumn(t, c.name()) || SchemaFacts.isForeignKeyColumn(t, c.name()));
    }
}
