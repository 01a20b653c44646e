package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.change.RowChecks;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.python.SaTypes;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Build: splits a change set into revisions. Safe operations share a revision; unsafe operations
 * on a populated existing table become the multi-step strategy, one revision per step, so each
 * can be deployed (and rolled back) on its own: expand → backfill in batches → contract.
 */
public final class RevisionPlanner {
    private final GenerationContext ctx;
    private final List<Revision> revisions = new ArrayList<>();
    private final List<Op> pending = new ArrayList<>();
    private Schema pendingBefore;
    private Schema current;

    public RevisionPlanner(GenerationContext ctx) { this.ctx = ctx; }

    public List<Revision> plan(ChangeSet changes, String title) { return plan(ctx.existingSchema(), changes, title); }

    /**
     * The revisions of {@code changes} applied to {@code before} (the schema the revisions before
     * them leave). Which tables hold rows still comes from the project's existing schema.
     */
    public List<Revision> plan(Schema before, ChangeSet changes, String title) {
        current = before;
        pendingBefore = current;
        List<Op> ops = changes.ops();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Optional<DataMigration> next = i + 1 < ops.size() && ops.get(i + 1) instanceof DataMigration dm ? Optional.of(dm) : Optional.empty();
            if (op instanceof AddColumn ac && ctx.populatedTable(ac.table()) && !ac.column().nullable() && ac.column().defaultValue().isEmpty()) {
                if (next.isPresent()) i++;
                addNotNullColumn(ac, next);
            } else if (op instanceof RenameColumn rc && ctx.populatedTable(rc.table()) && renamable(rc)) {
                renameColumn(rc);
            } else if ((op instanceof AddCheck || op instanceof AddForeignKey) && ctx.populatedTable(tableOf(op)) && ctx.productionIsPostgres()) {
                String name = op instanceof AddCheck ck ? ck.check().name() : ((AddForeignKey) op).foreignKey().name();
                add(op, false, true);
                flush(op.describe() + " (NOT VALID)", List.of("Step 1 of 2: on PostgreSQL the constraint is added NOT VALID: new rows are checked "
                        + "at once, without a full-table scan under an exclusive lock. Other databases check every row now."));
                revisions.add(new Revision("validate " + name, List.of("Step 2 of 2: VALIDATE CONSTRAINT scans existing rows with a lock "
                        + "that still allows reads and writes (PostgreSQL). Fix violating rows before running it."),
                        List.of(new Step.Validate(tableOf(op), name)), List.of(new Step.Note("nothing to undo: validation changes no data"))));
            } else {
                boolean concurrently = ctx.productionIsPostgres() && (op instanceof CreateIndex ci && ctx.existingSchema().hasTable(ci.table())
                        || op instanceof AddUnique au && ctx.populatedTable(au.table()));
                add(op, concurrently, false);
            }
        }
        // what is left after the multi-step revisions is titled by its own content; a revision so titled lists its changes
        // (a title given by hand, such as a project's initial revision, keeps its docstring as it was)
        if (pending.size() < ops.size()) title = RevisionTitle.of(new ChangeSet(pending));
        boolean titledByContent = title.equals(RevisionTitle.of(new ChangeSet(pending)));
        flush(title, pending.isEmpty() || !titledByContent ? List.of()
                : List.of("Changes: " + String.join("; ", pending.stream().map(Op::describe).toList()) + "."));
        return List.copyOf(revisions);
    }

    private void addNotNullColumn(AddColumn ac, Optional<DataMigration> backfill) {
        Column c = ac.column();
        String where = ac.table() + "." + c.name();
        add(new AddColumn(ac.table(), c.withNullable(true)), false, false);
        flush("add " + where + " (nullable)", List.of("Step 1 of 3 (adding a NOT NULL column to a populated table): add " + where
                + " as nullable, which needs no table rewrite. Deploy code that writes " + c.name() + " for new rows before step 2."));
        Table t = current.requireTable(ac.table());
        Step fill = backfill.<Step>map(dm -> batchable(dm, ac.table(), c.name(), t).orElse(Step.Apply.plain(dm, current)))
                .orElseGet(() -> new Step.Backfill(ac.table(), c.name(), SaTypes.placeholderSql(c.type(), current), singleKey(t), false));
        revisions.add(new Revision("backfill " + where, List.of("Step 2 of 3: fill " + where + " for existing rows"
                + (backfill.isPresent() ? " (" + backfill.get().description() + ")." : " in batches, committed apart from the schema change. "
                + "The value is a placeholder from the column type: replace it with the real rule before running."),
                "Downgrade leaves the values in place; step 1's downgrade drops the column."),
                List.of(fill), List.of(new Step.Note("nothing to undo: the column is dropped by the previous revision's downgrade"))));
        AlterColumn contract = new AlterColumn(ac.table(), c.name(), c.type(), false, c.defaultValue());
        add(contract, false, false);
        flush("set " + where + " NOT NULL", List.of("Step 3 of 3: set " + where + " NOT NULL once every row has a value. On PostgreSQL "
                + "this scans the table under an exclusive lock; for very large tables add CHECK (" + c.name() + " IS NOT NULL) NOT VALID, "
                + "VALIDATE it, then SET NOT NULL."));
    }

    private void renameColumn(RenameColumn rc) {
        Column old = current.requireTable(rc.table()).column(rc.from()).orElseThrow();
        Column fresh = old.withName(rc.to());
        String t = rc.table();
        add(new AddColumn(t, fresh.withNullable(true).withDefault(Optional.empty())), false, false);
        flush("add " + t + "." + rc.to() + " to replace " + rc.from(), List.of("Step 1 of 3 (renaming " + t + "." + rc.from() + " to " + rc.to()
                + " without breaking running code): add the new column. Deploy code that writes both columns (dual write) and still reads "
                + rc.from() + " before step 2."));
        revisions.add(new Revision("backfill " + t + "." + rc.to() + " from " + rc.from(), List.of("Step 2 of 3: copy " + rc.from() + " into "
                + rc.to() + " for existing rows in batches. Then deploy code that reads " + rc.to() + "."),
                List.of(new Step.Backfill(t, rc.to(), SqlNames.quote(rc.from()), singleKey(current.requireTable(t)), true)),
                List.of(new Step.Note("nothing to undo: values stay until the previous revision's downgrade drops the column"))));
        List<Step> up = new ArrayList<>();
        if (!old.nullable() || old.defaultValue().isPresent()) {
            AlterColumn tighten = new AlterColumn(t, rc.to(), old.type(), old.nullable(), old.defaultValue());
            up.add(Step.Apply.plain(tighten, current));
            current = tighten.apply(current);
        }
        DropColumn drop = new DropColumn(t, rc.from());
        up.add(Step.Apply.plain(drop, current));
        current = drop.apply(current);
        List<Step> down = new ArrayList<>();
        Schema restoring = current;
        AddColumn back = new AddColumn(t, old.withNullable(true).withDefault(Optional.empty()));
        down.add(Step.Apply.plain(back, restoring));
        restoring = back.apply(restoring);
        down.add(new Step.Backfill(t, rc.from(), SqlNames.quote(rc.to()), singleKey(restoring.requireTable(t)), true));
        AlterColumn restore = new AlterColumn(t, rc.from(), old.type(), old.nullable(), old.defaultValue());
        down.add(Step.Apply.plain(restore, restoring));
        restoring = restore.apply(restoring);
        AlterColumn loosen = new AlterColumn(t, rc.to(), old.type(), true, Optional.empty());
        down.add(Step.Apply.plain(loosen, restoring));
        revisions.add(new Revision("drop " + t + "." + rc.from() + " after rename to " + rc.to(), List.of("Step 3 of 3 (contract): once no code "
                + "reads or writes " + rc.from() + ", drop it. The downgrade restores it from " + rc.to() + "."), up, down));
        pendingBefore = current;
    }

    /** {@code UPDATE t SET c = v WHERE c IS NULL} as one portable statement: run it in keyed batches instead. */
    private static Optional<Step> batchable(DataMigration dm, String table, String column, Table t) {
        if (dm.upgradeSql().size() != 1 || !dm.upgradeSql().containsKey("any")) return Optional.empty();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?is)^\\s*UPDATE\\s+\"?(\\w+)\"?\\s+SET\\s+\"?(\\w+)\"?\\s*=\\s*(.+?)"
                + "\\s+WHERE\\s+\"?(\\w+)\"?\\s+IS\\s+NULL\\s*;?\\s*$").matcher(dm.upgradeFor("any"));
        if (!m.matches() || !m.group(1).equals(table) || !m.group(2).equals(column) || !m.group(4).equals(column)) return Optional.empty();
        if (m.group(3).contains(";")) return Optional.empty();
        return Optional.of(new Step.Backfill(table, column, m.group(3).strip(), singleKey(t), false));
    }

    private boolean renamable(RenameColumn rc) {
        Table t = current.requireTable(rc.table());
        boolean used = t.primaryKey().map(pk -> pk.columns().contains(rc.from())).orElse(false)
                || t.indexes().stream().anyMatch(i -> i.columnNames().contains(rc.from()) || i.include().contains(rc.from()))
                || t.foreignKeys().stream().anyMatch(f -> f.columns().contains(rc.from()))
                || t.uniques().stream().anyMatch(u -> u.columns().contains(rc.from()))
                || current.tables().stream().anyMatch(o -> o.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(rc.table()) && f.referencedColumns().contains(rc.from())));
        return !used;
    }

    private static Optional<String> singleKey(Table t) {
        return t.primaryKey().filter(pk -> pk.columns().size() == 1).map(pk -> pk.columns().get(0));
    }

    private static String tableOf(Op op) {
        return op instanceof AddCheck ck ? ck.table() : ((AddForeignKey) op).table();
    }

    private final List<Boolean[]> modes = new ArrayList<>();

    private void add(Op op, boolean concurrently, boolean notValid) {
        if (pending.isEmpty()) pendingBefore = current;
        pending.add(op);
        modes.add(new Boolean[] {concurrently, notValid});
        current = op.apply(current);
    }

    /** What the rows of a populated table need checked before {@code op} runs on {@code before} (RowChecks). */
    private List<Step> rowChecks(Op op, Schema before) {
        if (OpTables.primary(op).filter(ctx::populatedTable).isEmpty()) return List.of();
        return RowChecks.of(op, before).stream().<Step>map(Step.CheckRows::new).toList();
    }

    /** Closes the pending operations into one revision; the downgrade inverts them in reverse order. */
    private void flush(String title, List<String> notes) {
        if (pending.isEmpty()) return;
        List<Step> up = new ArrayList<>();
        List<Step> down = new ArrayList<>();
        Schema s = pendingBefore;
        for (int i = 0; i < pending.size(); i++) {
            Op op = pending.get(i);
            boolean concurrently = modes.get(i)[0];
            up.addAll(rowChecks(op, s));
            up.add(new Step.Apply(op, s, concurrently, modes.get(i)[1]));
            Op undo = op.inverse(s);
            s = op.apply(s);
            down.add(0, new Step.Apply(undo, s, concurrently, false));
            down.addAll(0, rowChecks(undo, s));
        }
        revisions.add(new Revision(title, notes, up, down));
        pending.clear();
        modes.clear();
        pendingBefore = current;
    }
}
