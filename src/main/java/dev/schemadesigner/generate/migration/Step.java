package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.Schema;

import java.util.Objects;
import java.util.Optional;

/** One thing a revision does: an operation (as planned, or in its safe form), a batched backfill, a VALIDATE, a check of existing rows, or a note. */
public sealed interface Step {

    /** {@code before} is the schema the op applies to; {@code concurrently}/{@code notValid} select the non-blocking forms. */
    record Apply(Op op, Schema before, boolean concurrently, boolean notValid) implements Step {
        public Apply { Objects.requireNonNull(op, "op"); Objects.requireNonNull(before, "before"); }

        public static Apply plain(Op op, Schema before) { return new Apply(op, before, false, false); }
    }

    /** UPDATE table SET column = valueSql WHERE column IS NULL, in batches of keyed rows when the table has a single-column key. */
    record Backfill(String table, String column, String valueSql, Optional<String> key, boolean fromColumn) implements Step {}

    /** PostgreSQL: VALIDATE CONSTRAINT after a NOT VALID add; nothing elsewhere. */
    record Validate(String table, String constraint) implements Step {}

    /** Stop the revision, naming the offending values, when the rows of the check's table do not hold it. */
    record CheckRows(dev.schemadesigner.change.RowCheck check) implements Step {
        public CheckRows { Objects.requireNonNull(check, "check"); }
    }

    /** A comment line in the revision. */
    record Note(String text) implements Step {}
}
