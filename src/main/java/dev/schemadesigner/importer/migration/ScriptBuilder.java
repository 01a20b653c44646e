package dev.schemadesigner.importer.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects the steps of one direction (upgrade or downgrade) while an importer reads it, with the
 * context the next step runs in, and the schema as it stands after the steps so far (importers
 * look columns up in it to complete a partial ALTER). A step that does not apply to that schema
 * is still kept; the schema then stays as it was and a warning says why.
 */
public final class ScriptBuilder {
    private final List<MigrationStep> steps = new ArrayList<>();
    private final List<LockingStatement> locks = new ArrayList<>();
    /** Tables, indexes and types the steps so far created (lower case): locking them waits for no one. */
    private final Set<String> created = new HashSet<>();
    private final List<ImportWarning> warnings;
    private Schema schema;
    private boolean inTransaction = true;
    private int transaction = 1;
    private boolean lockTimeoutSet;
    private boolean lockTimeoutLocal;
    private boolean batchMode;
    private boolean inLoop;

    public ScriptBuilder(Schema start, List<ImportWarning> warnings) {
        this.schema = Objects.requireNonNull(start, "start");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    public Schema schema() { return schema; }

    public List<MigrationStep> steps() { return List.copyOf(steps); }

    public List<LockingStatement> locks() { return List.copyOf(locks); }

    /**
     * A statement with no operation that takes {@code mode} on {@code object} (a table, index or type);
     * kept unless the migration created that object itself.
     */
    public void lock(int line, String verb, String object, LockMode mode, boolean concurrently, boolean waits, String sql) {
        if (created.contains(object.toLowerCase(Locale.ROOT))) return;
        locks.add(new LockingStatement(Math.max(1, line), verb, object, mode, concurrently, waits, lockTimeoutSet, inTransaction, sql));
    }

    public boolean inTransaction() { return inTransaction; }

    /** Opens (true) or closes (false) a transaction; each one opened gets the next number. */
    public void inTransaction(boolean value) {
        if (value && !inTransaction) transaction++;
        if (inTransaction != value && lockTimeoutLocal) lockTimeoutSet = false; // SET LOCAL ends with its transaction
        inTransaction = value;
    }

    public void lockTimeoutSet(boolean value) { lockTimeoutSet(value, false); }

    /** {@code SET [LOCAL] lock_timeout}: a LOCAL one lasts until the transaction it was set in ends. */
    public void lockTimeoutSet(boolean value, boolean local) {
        lockTimeoutSet = value;
        lockTimeoutLocal = value && local && inTransaction;
    }

    public boolean batchMode() { return batchMode; }

    public void batchMode(boolean value) { batchMode = value; }

    public boolean inLoop() { return inLoop; }

    public void inLoop(boolean value) { inLoop = value; }

    public void warn(int line, String source, String message) {
        warnings.add(new ImportWarning(Math.max(1, line), source, message));
    }

    /** A schema operation at {@code line}; CONCURRENTLY and NOT VALID are read off the operation. */
    public void add(Op op, int line) {
        add(op, line, Optional.empty(), false, false);
    }

    /** A schema operation read from SQL statement {@code sql}, kept so rules can see what the model has no field for (GENERATED … STORED, serial). */
    public void add(Op op, int line, String sql) {
        add(op, line, Optional.of(sql), false, false);
    }

    /** An {@code op.execute}/data statement: its SQL, whether it is a backfill and whether that is batched. */
    public void data(String description, String sql, int line, boolean backfill, boolean batched) {
        add(DataMigration.portable(description, sql, null), line, Optional.of(sql), backfill, batched || inLoop);
    }

    private void add(Op op, int line, Optional<String> sql, boolean backfill, boolean batched) {
        boolean concurrently = op instanceof CreateIndex c && c.concurrently() || op instanceof DropIndex d && d.concurrently();
        boolean notValid = op instanceof AddForeignKey f && f.notValid() || op instanceof AddCheck c && c.notValid();
        steps.add(new MigrationStep(op, Math.max(1, line), inTransaction, concurrently, notValid, lockTimeoutSet, batchMode,
                sql, backfill, batched, inTransaction ? transaction : 0));
        if (op instanceof CreateTable c) created.add(c.table().name().toLowerCase(Locale.ROOT));
        if (op instanceof CreateIndex c) created.add(c.index().name().toLowerCase(Locale.ROOT));
        if (op instanceof CreateEnum c) created.add(c.type().name().toLowerCase(Locale.ROOT));
        try {
            schema = op.apply(schema);
        } catch (IllegalArgumentException e) {
            warn(line, op.describe(), "does not apply to the schema before it: " + e.getMessage());
        }
    }
}
