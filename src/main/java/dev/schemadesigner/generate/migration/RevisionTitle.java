package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropEnum;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A revision's title from what it does, the way a person names a commit: "create vendors, contracts",
 * "add priority to tickets", "index tickets (category, severity)". Operations of one kind on one
 * table share a phrase; a revision does not also name the indexes and constraints of the tables it
 * creates, nor the enum types its columns use.
 */
public final class RevisionTitle {
    private RevisionTitle() {}

    /** At most this many phrases; the rest are counted. */
    private static final int MAX_PHRASES = 3;
    /** A data migration's own description names it when it is this short; a longer one is "migrate data". */
    private static final int MAX_DATA_WORDS = 48;

    public static String of(ChangeSet changes) {
        List<Op> ops = changes.ops();
        if (ops.isEmpty()) return "empty change";
        java.util.Set<String> created = new java.util.HashSet<>();
        ops.forEach(o -> { if (o instanceof CreateTable c) created.add(c.table().name()); });
        // enum types a column of this revision uses: "add status to tickets" already says it gets its type
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Op o : ops) {
            List<dev.schemadesigner.schema.Column> columns = o instanceof CreateTable c ? c.table().columns()
                    : o instanceof AddColumn a ? List.of(a.column()) : List.of();
            columns.forEach(c -> { if (c.type() instanceof dev.schemadesigner.schema.LogicalType.EnumRef e) used.add(e.enumName()); });
            if (o instanceof AlterColumn a && a.type() instanceof dev.schemadesigner.schema.LogicalType.EnumRef e) used.add(e.enumName());
        }
        // phrase ("add … to tickets") → the items it names, in the order they first appear
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (Op op : ops) {
            if (op instanceof CreateEnum e && used.contains(e.type().name())) continue;
            // "create contracts" already says it gets its indexes and constraints
            if (!(op instanceof CreateTable) && dev.schemadesigner.change.OpTables.of(op).size() == 1
                    && created.contains(dev.schemadesigner.change.OpTables.of(op).get(0))) continue;
            Phrase p = phrase(op);
            List<String> items = phrases.computeIfAbsent(p.verb() + "\u0000" + p.target(), k -> new ArrayList<>());
            if (!p.item().isEmpty() && !items.contains(p.item())) items.add(p.item());
        }
        List<String> rendered = new ArrayList<>();
        phrases.forEach((key, items) -> {
            String[] parts = key.split("\u0000", -1);
            StringBuilder s = new StringBuilder(parts[0]);
            if (!items.isEmpty()) s.append(' ').append(String.join(", ", items));
            if (!parts[1].isEmpty()) s.append(' ').append(parts[1]);
            rendered.add(s.toString());
        });
        if (rendered.size() <= MAX_PHRASES) return String.join("; ", rendered);
        int more = rendered.size() - MAX_PHRASES;
        return String.join("; ", rendered.subList(0, MAX_PHRASES)) + " and " + more + " more change" + (more == 1 ? "" : "s");
    }

    /** "add" + "priority" + "to tickets". */
    private record Phrase(String verb, String item, String target) {}

    private static Phrase phrase(Op op) {
        if (op instanceof CreateTable o) return new Phrase("create", o.table().name(), "");
        if (op instanceof DropTable o) return new Phrase("drop table", o.table(), "");
        if (op instanceof RenameTable o) return new Phrase("rename table", o.from() + " to " + o.to(), "");
        if (op instanceof AddColumn o) return new Phrase("add", o.column().name(), "to " + o.table());
        if (op instanceof DropColumn o) return new Phrase("drop", o.column(), "from " + o.table());
        if (op instanceof RenameColumn o) return new Phrase("rename", o.table() + "." + o.from() + " to " + o.to(), "");
        if (op instanceof AlterColumn o) return new Phrase("change", o.column(), "of " + o.table());
        if (op instanceof CreateIndex o) return new Phrase(o.index().unique() ? "unique index" : "index", o.table() + " (" + o.index().describeKeys() + ")", "");
        if (op instanceof DropIndex o) return new Phrase("drop index", o.name(), "");
        if (op instanceof AddForeignKey o) return new Phrase("link", o.table() + " to " + o.foreignKey().referencedTable(), "");
        if (op instanceof DropForeignKey o) return new Phrase("drop foreign key", o.name(), "");
        if (op instanceof AddCheck o) return new Phrase("add check", o.check().name(), "to " + o.table());
        if (op instanceof AddUnique o) return new Phrase("unique", o.table() + " (" + String.join(", ", o.unique().columns()) + ")", "");
        if (op instanceof DropConstraint o) return new Phrase("drop constraint", o.name(), "");
        if (op instanceof CreateEnum o) return new Phrase("create enum", o.type().name(), "");
        if (op instanceof DropEnum o) return new Phrase("drop enum", o.name(), "");
        String data = ((dev.schemadesigner.change.DataMigration) op).description().strip();
        return data.isEmpty() || data.length() > MAX_DATA_WORDS ? new Phrase("migrate data", "", "") : new Phrase(data, "", "");
    }
}
