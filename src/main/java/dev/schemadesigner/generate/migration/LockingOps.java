package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.generate.GenerationContext;

import java.util.List;
import java.util.Optional;

/**
 * Which steps take an exclusive lock on a table that holds rows: a revision with one sets
 * PostgreSQL's lock_timeout, so a migration queued behind a long transaction fails fast instead of
 * stalling every query on the table.
 */
final class LockingOps {
    private LockingOps() {}

    static final List<String> LOCK_TIMEOUT = List.of(
            "if op.get_bind().dialect.name == \"postgresql\":",
            "    # fail fast rather than wait behind a long transaction while every query on the table queues",
            "    op.execute(sa.text(\"SET LOCAL lock_timeout = '5s'\"))");

    static boolean locksPopulatedTable(Revision r, GenerationContext ctx) {
        if (!ctx.productionIsPostgres()) return false;
        return r.upgrade().stream().anyMatch(s -> s instanceof Step.Apply a && !a.concurrently()
                && tableOf(a.op()).map(ctx::populatedTable).orElse(false));
    }

    static Optional<String> tableOf(Op op) {
        if (op instanceof AddColumn o) return Optional.of(o.table());
        if (op instanceof DropColumn o) return Optional.of(o.table());
        if (op instanceof AlterColumn o) return Optional.of(o.table());
        if (op instanceof RenameColumn o) return Optional.of(o.table());
        if (op instanceof AddForeignKey o) return Optional.of(o.table());
        if (op instanceof DropForeignKey o) return Optional.of(o.table());
        if (op instanceof AddCheck o) return Optional.of(o.table());
        if (op instanceof AddUnique o) return Optional.of(o.table());
        if (op instanceof DropConstraint o) return Optional.of(o.table());
        if (op instanceof CreateIndex o) return Optional.of(o.table());
        if (op instanceof DropIndex o) return Optional.of(o.table());
        if (op instanceof DropTable o) return Optional.of(o.table());
        if (op instanceof RenameTable o) return Optional.of(o.from());
        return Optional.empty();
    }
}
