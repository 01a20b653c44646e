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
import java.util.Set;

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
 * Other conventions' names for the same facts count, read by their words (`created`/`modified`,
 * `inserted_at`, `created_on`, `createdAt`, `date_created`, `last_modified_date`, `changed_on`,
 * `last_update`), when the column holds a date or time, or an integer named as a time
 * (`creation_time` in epoch milliseconds). An event, log or history
 * table (rows written once) needs no `updated_at`, and its `occurred_at` or `recorded_at` says when
 * the row appeared.
 */
public final class MissingTimestampsRule implements Rule {
    private static final RuleMeta META = RuleMeta.autoFixed("missing-timestamps", Area.SCHEMA, Severity.WARNING,
            "a table without created_at / updated_at (the project's base model convention)");
    /** Words that say a column records when the row was created, or last changed, whatever the convention around them. */
    private static final Set<String> CREATED = Set.of("created", "creation", "create", "inserted", "insert", "added");
    private static final Set<String> UPDATED = Set.of("updated", "update", "modified", "modification", "modify", "changed", "change", "edited");
    /** Words that make an integer column a point in time (epoch seconds or milliseconds): {@code creation_time}, {@code created_ts}. */
    private static final Set<String> TIME_WORDS = Set.of("at", "on", "date", "time", "timestamp", "ts", "datetime", "millis", "ms", "epoch");
    private static final Set<String> OCCURRED = Set.of("occurred", "recorded", "logged", "happened", "received", "sent", "timestamp");
    private static final Set<String> APPEND_ONLY = Set.of("events", "event", "logs", "log", "history", "histories", "audits", "audit", "entries");
    private static final java.util.Set<String> TOOL_TABLES = java.util.Set.of("alembic_version", "flyway_schema_history");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            if (isAssociation(t) || TOOL_TABLES.contains(t.name())) continue;
            List<String> missing = new ArrayList<>();
            if (!t.hasColumn("created_at") && !recorded(t, CREATED) && !(appendOnly(t) && recorded(t, OCCURRED))) missing.add("created_at");
            if (!t.hasColumn("updated_at") && !recorded(t, UPDATED) && !appendOnly(t)) missing.add("updated_at");
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

    /**
     * True when the table has a point-in-time column whose words say so: the same fact under another convention's name
     * ({@code created}, {@code date_created}, {@code createdAt}, {@code created_on}, {@code last_modified_date},
     * {@code changed_on}, {@code last_update}), or an integer time named so ({@code creation_time} in epoch milliseconds).
     */
    private static boolean recorded(Table t, Set<String> words) {
        return t.columns().stream().anyMatch(c -> {
            List<String> tokens = SchemaFacts.tokens(c.name());
            if (tokens.stream().noneMatch(words::contains) || tokens.contains("by")) return false;
            if (SchemaFacts.isTemporal(c.type())) return true;
            return (c.type() instanceof LogicalType.BigInt || c.type() instanceof LogicalType.Int) && tokens.stream().anyMatch(TIME_WORDS::contains);
        });
    }

    /** An event, log or history table: its rows are written once, so there is nothing an updated_at would record. */
    private static boolean appendOnly(Table t) {
        return APPEND_ONLY.contains(SchemaFacts.lastToken(t.name()));
    }

    private static boolean isAssociation(Table t) {
        return !t.foreignKeys().isEmpty() && t.columns().stream()
                .allMatch(c -> SchemaFacts.isPrimaryKeyColumn(t, c.name()) || SchemaFacts.isForeignKeyColumn(t, c.name()));
    }
}
