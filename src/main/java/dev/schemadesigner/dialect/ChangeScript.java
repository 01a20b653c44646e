package dev.schemadesigner.dialect;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.change.Placeholders;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.change.RowCheck;
import dev.schemadesigner.change.RowChecks;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A change set as one database runs it, upgrade or downgrade: each operation rendered against the
 * schema it applies to, and on tables that may hold rows (every table the script did not create
 * itself) what rows need first: {@link RowChecks} before a unique constraint or a narrowing type
 * change, and in a downgrade a dropped NOT NULL column brought back nullable, filled with a
 * placeholder, then set NOT NULL (its values are gone; the part says so). The SQL artifacts and the
 * verifier both run this, so what is verified is what is shipped.
 */
public final class ChangeScript {
    private ChangeScript() {}

    /** Statements under one comment line: an operation, or a step the rows need. */
    public record Part(String comment, List<String> statements) {
        public Part { statements = List.copyOf(statements); }
    }

    /** The upgrade; an operation the database cannot run throws. */
    public static List<Part> upgrade(Dialect d, Schema before, ChangeSet changes) { return parts(d, before, changes.ops(), false, false); }

    /** The downgrade, run on the schema the upgrade leaves; an operation the database cannot run throws. */
    public static List<Part> downgrade(Dialect d, Schema before, ChangeSet changes) {
        return parts(d, changes.apply(before), changes.inverse(before).ops(), true, false);
    }

    /** As {@link #upgrade}, for a script a person reads: an operation the database cannot run is a comment saying why. */
    public static List<Part> upgradeScript(Dialect d, Schema before, ChangeSet changes) { return parts(d, before, changes.ops(), false, true); }

    /** As {@link #downgrade}, for a script a person reads. */
    public static List<Part> downgradeScript(Dialect d, Schema before, ChangeSet changes) {
        return parts(d, changes.apply(before), changes.inverse(before).ops(), true, true);
    }

    public static List<String> statements(List<Part> parts) {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.statements()));
        return out;
    }

    private static List<Part> parts(Dialect d, Schema start, List<Op> ops, boolean downgrade, boolean explainRefusals) {
        List<Part> out = new ArrayList<>();
        Set<String> created = new HashSet<>();
        Schema current = start;
        for (Op op : ops) {
            if (op instanceof CreateTable ct) created.add(ct.table().name());
            if (op instanceof RenameTable rt && created.contains(rt.from())) created.add(rt.to());
            Schema at = current;
            boolean holdsRows = OpTables.primary(op).filter(t -> at.hasTable(t) && !created.contains(t)).isPresent();
            if (holdsRows) {
                for (RowCheck check : RowChecks.of(op, current)) {
                    out.add(new Part("check existing rows of " + check.table() + " first", d.checkRows(check, current)));
                }
            }
            if (downgrade && holdsRows && op instanceof AddColumn ac && restoresWithoutValues(ac.column())) {
                current = restore(d, ac, current, out);
                continue;
            }
            out.add(new Part(op.describe(), rendered(d, op, current, explainRefusals)));
            current = op.apply(current);
        }
        return out;
    }

    private static List<String> rendered(Dialect d, Op op, Schema at, boolean explainRefusals) {
        try {
            return d.render(op, at);
        } catch (UserFacingException e) {
            if (!explainRefusals) throw e;
            return List.of("-- not possible on " + d.displayName() + ": " + e.getMessage());
        }
    }

    /** A NOT NULL column without a default cannot come back in one step over rows. */
    private static boolean restoresWithoutValues(Column c) { return !c.nullable() && c.defaultValue().isEmpty() && !c.identity(); }

    private static Schema restore(Dialect d, AddColumn ac, Schema current, List<Part> out) {
        Column c = ac.column();
        String where = ac.table() + "." + c.name();
        AddColumn nullable = new AddColumn(ac.table(), c.withNullable(true));
        out.add(new Part(nullable.describe() + " (nullable first: the table holds rows)", d.render(nullable, current)));
        current = nullable.apply(current);
        String placeholder = Placeholders.sql(c.type(), current);
        DataMigration fill = DataMigration.portable("fill " + where, "UPDATE " + d.quote(ac.table()) + " SET " + d.quote(c.name()) + " = "
                + placeholder + " WHERE " + d.quote(c.name()) + " IS NULL", null);
        out.add(new Part("lossy: " + where + " comes back filled with " + placeholder + "; its values were dropped with the column", d.render(fill, current)));
        AlterColumn notNull = AlterColumn.nullability(current.requireTable(ac.table()).column(c.name()).orElseThrow(), ac.table(), false);
        out.add(new Part(notNull.describe(), d.render(notNull, current)));
        return notNull.apply(current);
    }
}
