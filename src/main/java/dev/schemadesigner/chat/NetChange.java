package dev.schemadesigner.chat;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The net effect of one revision's changes (a plan with the review's auto-fixes after it, or a whole
 * session when it is squashed): an index, column, constraint or table that is created and later
 * dropped again is neither, and an index dropped and created again as it was is left alone. What is
 * left must give the same schema; when it would not, the changes stay as they were.
 */
final class NetChange {
    private NetChange() {}

    static ChangeSet of(Schema before, ChangeSet changes) {
        List<Op> ops = new ArrayList<>(changes.ops());
        while (cancelOnePair(before, ops)) {
            // each pass removes one created-and-dropped pair; inner pairs go first
        }
        if (ops.size() == changes.ops().size()) return changes;
        ChangeSet net = new ChangeSet(ops);
        try {
            Schema expected = changes.apply(before);
            Schema actual = net.apply(before);
            if (expected.equals(actual) || SchemaDiff.between(expected, actual).isEmpty()) return net;
        } catch (UserFacingException doesNotApply) {
            // the net change would not apply as it stands: keep the changes as planned
        }
        return changes;
    }

    private static boolean cancelOnePair(Schema before, List<Op> ops) {
        for (int j = 0; j < ops.size(); j++) {
            for (int i = j - 1; i >= 0; i--) {
                Optional<List<Integer>> removed = cancels(before, ops, i, j);
                if (removed.isPresent()) {
                    removed.get().stream().sorted(java.util.Comparator.reverseOrder()).forEach(k -> ops.remove((int) k));
                    return true;
                }
            }
        }
        return false;
    }

    /** The positions to remove when op {@code i} is undone by op {@code j} and nothing between needs it. */
    private static Optional<List<Integer>> cancels(Schema before, List<Op> ops, int i, int j) {
        Op first = ops.get(i);
        Op second = ops.get(j);
        if (first instanceof CreateIndex c && second instanceof DropIndex d && c.table().equals(d.table()) && c.index().name().equals(d.name())
                && untouchedBetween(ops, i, j, c.table(), c.index().columnNames(), Optional.of(d.name()))) {
            return Optional.of(List.of(i, j));
        }
        if (first instanceof DropIndex d && second instanceof CreateIndex c && c.table().equals(d.table()) && c.index().name().equals(d.name())
                && untouchedBetween(ops, i, j, c.table(), c.index().columnNames(), Optional.of(d.name()))) {
            Optional<Index> was = new ChangeSet(ops.subList(0, i)).apply(before).table(d.table())
                    .flatMap(t -> t.indexes().stream().filter(x -> x.name().equals(d.name())).findFirst());
            if (was.isPresent() && was.get().equals(c.index())) return Optional.of(List.of(i, j));
        }
        if (first instanceof AddColumn a && second instanceof DropColumn d && a.table().equals(d.table()) && a.column().name().equals(d.column())
                && untouchedBetween(ops, i, j, a.table(), List.of(d.column()), Optional.empty())) {
            return Optional.of(List.of(i, j));
        }
        Optional<String> added = constraintAdded(first);
        if (added.isPresent() && constraintDropped(second).equals(added) && OpTables.of(first).equals(OpTables.of(second))
                && untouchedBetween(ops, i, j, OpTables.of(first).get(0), List.of(), added)) {
            return Optional.of(List.of(i, j));
        }
        if (first instanceof CreateTable c && second instanceof DropTable d && c.table().name().equals(d.table())) {
            // every op between on that table goes with it; nothing else may refer to it
            String t = d.table();
            List<Integer> out = new ArrayList<>(List.of(i, j));
            for (int k = i + 1; k < j; k++) {
                Op op = ops.get(k);
                if (op instanceof DataMigration) return Optional.empty();
                if (op instanceof AddForeignKey fk && fk.foreignKey().referencedTable().equals(t) && !fk.table().equals(t)) return Optional.empty();
                List<String> tables = OpTables.of(op);
                if (tables.equals(List.of(t))) out.add(k);
                else if (tables.contains(t)) return Optional.empty();
            }
            return Optional.of(out);
        }
        return Optional.empty();
    }

    private static Optional<String> constraintAdded(Op op) {
        if (op instanceof AddCheck o) return Optional.of(o.check().name());
        if (op instanceof AddUnique o) return Optional.of(o.unique().name());
        if (op instanceof AddForeignKey o) return Optional.of(o.foreignKey().name());
        return Optional.empty();
    }

    private static Optional<String> constraintDropped(Op op) {
        if (op instanceof DropConstraint o) return Optional.of(o.name());
        if (op instanceof DropForeignKey o) return Optional.of(o.name());
        return Optional.empty();
    }

    /**
     * Whether the ops strictly between {@code i} and {@code j} leave alone what the pair is about: no
     * data migration, nothing that renames or drops {@code table}, and on {@code table} only new
     * columns or indexes and constraints that neither use {@code columns} nor carry {@code name}.
     */
    private static boolean untouchedBetween(List<Op> ops, int i, int j, String table, List<String> columns, Optional<String> name) {
        for (int k = i + 1; k < j; k++) {
            Op op = ops.get(k);
            if (op instanceof DataMigration) return false;
            if (!OpTables.of(op).contains(table)) continue;
            boolean harmless = op instanceof AddColumn a && !columns.contains(a.column().name())
                    || op instanceof CreateIndex c && !name.equals(Optional.of(c.index().name())) && c.index().columnNames().stream().noneMatch(columns::contains)
                    || op instanceof DropIndex d && !name.equals(Optional.of(d.name()))
                    || constraintAdded(op).isPresent() && !constraintAdded(op).equals(name) && columns.isEmpty()
                    || constraintDropped(op).isPresent() && !constraintDropped(op).equals(name);
            if (!harmless) return false;
        }
        return true;
    }
}
