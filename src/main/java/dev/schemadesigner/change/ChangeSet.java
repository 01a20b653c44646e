package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered list of operations: what a plan proposes and a migration carries out. */
public record ChangeSet(List<Op> ops) {
    public ChangeSet { ops = List.copyOf(ops); }

    public static ChangeSet of(Op... ops) { return new ChangeSet(List.of(ops)); }

    public Schema apply(Schema before) {
        Schema current = before;
        for (Op op : ops) current = op.apply(current);
        return current;
    }

    /** The operations that undo this change set, in the order they must run. */
    public ChangeSet inverse(Schema before) {
        List<Op> undo = new ArrayList<>();
        Schema current = before;
        for (Op op : ops) {
            undo.add(op.inverse(current));
            current = op.apply(current);
        }
        Collections.reverse(undo);
        return new ChangeSet(undo);
    }

    public boolean isEmpty() { return ops.isEmpty(); }
}
