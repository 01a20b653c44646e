package dev.schemadesigner.importer.migration;

import java.util.Objects;

/**
 * A statement of a migration that the operation model keeps no operation for, yet waits for a lock
 * on an object the migration did not create: VALIDATE CONSTRAINT (a data step, no schema operation), COMMENT ON, LOCK TABLE, REINDEX, VACUUM, CLUSTER, REFRESH
 * MATERIALIZED VIEW, TRUNCATE, ALTER/DROP of a type, view or index, ALTER TABLE actions the reader does
 * not model, and DROP INDEX of an index on no table the review knows (it existed before the
 * migration, so its table is assumed to exist with data). {@code verb} names the family
 * ({@code COMMENT ON}, {@code DROP INDEX}); {@code object} is the table, index or type locked;
 * {@code concurrently} is true for an index built or dropped CONCURRENTLY; {@code waits} is false
 * with NOWAIT; {@code lockTimeoutSet} and {@code inTransaction} are as for a {@link MigrationStep}.
 */
public record LockingStatement(int line, String verb, String object, LockMode mode, boolean concurrently, boolean waits,
                               boolean lockTimeoutSet, boolean inTransaction, String sql) {
    public LockingStatement {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sql, "sql");
        if (line < 1) throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }

    /** How the statement reads in a finding: {@code line 3: COMMENT ON t (SHARE UPDATE EXCLUSIVE lock)}. */
    public String describe() { return "line " + line + ": " + verb + " " + object + " (" + mode.sql() + " lock)"; }
}
