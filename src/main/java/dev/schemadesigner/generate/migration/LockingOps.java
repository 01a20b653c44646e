package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.generate.GenerationContext;

import java.util.List;

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
                && OpTables.primary(a.op()).map(ctx::populatedTable).orElse(false));
    }
}
