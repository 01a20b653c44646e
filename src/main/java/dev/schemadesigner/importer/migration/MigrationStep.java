package dev.schemadesigner.importer.migration;

import dev.schemadesigner.change.Op;

import java.util.Objects;
import java.util.Optional;

/**
 * One operation of a migration with the context that decides whether it is safe: whether it runs
 * inside a transaction (false in an Alembic {@code autocommit_block()} or outside BEGIN … COMMIT
 * of a SQL file that manages its own transactions), whether it is built CONCURRENTLY or added
 * NOT VALID, whether a {@code lock_timeout} was set before it, whether it runs in Alembic batch
 * mode, its 1-based source line, the raw SQL of an {@code op.execute} or data statement (or of the
 * SQL statement a schema step was read from), and for
 * a data statement whether it is a backfill (UPDATE, INSERT … SELECT) and whether that is batched,
 * and which transaction it runs in (steps with the same number commit together; 0 outside one).
 */
public record MigrationStep(Op op, int line, boolean inTransaction, boolean concurrently, boolean notValid,
                            boolean lockTimeoutSet, boolean batchMode, Optional<String> sql, boolean backfill, boolean batched,
                            int transaction) {
    public MigrationStep {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(sql, "sql");
        if (line < 1) throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }

    /** True when this step and {@code other} commit together: locks taken by the first are held through the second. */
    public boolean sameTransaction(MigrationStep other) { return transaction > 0 && transaction == other.transaction; }

    /** How the step reads in a finding: {@code line 12: add column priority to tickets}. */
    public String describe() { return "line " + line + ": " + op.describe(); }
}
