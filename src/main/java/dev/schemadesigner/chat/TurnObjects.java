package dev.schemadesigner.chat;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.HashSet;
import java.util.Set;

/**
 * What a turn's plan creates or changes: whole tables it creates, the columns it adds, alters or
 * renames ({@code table.column}), and the indexes, constraints and enum types it creates (by name).
 * A finding about one of them is the turn's own and may be fixed automatically; a finding that was
 * already true of the schema before the turn (an existing table without timestamps) is only shown.
 */
record TurnObjects(Set<String> tables, Set<String> columns, Set<String> names) {

    TurnObjects {
        tables = Set.copyOf(tables);
        columns = Set.copyOf(columns);
        names = Set.copyOf(names);
    }

    static TurnObjects of(ChangeSet changes) {
        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Op op : changes.ops()) {
            if (op instanceof CreateTable o) tables.add(o.table().name());
            else if (op instanceof AddColumn o) columns.add(o.table() + "." + o.column().name());
            else if (op instanceof AlterColumn o) columns.add(o.table() + "." + o.column());
            else if (op instanceof RenameColumn o) columns.add(o.table() + "." + o.to());
            else if (op instanceof CreateIndex o) names.add(o.index().name());
            else if (op instanceof AddUnique o) names.add(o.unique().name());
            else if (op instanceof AddCheck o) names.add(o.check().name());
            else if (op instanceof CreateEnum o) names.add(o.type().name());
            else if (op instanceof AddForeignKey o) {
                names.add(o.foreignKey().name());
                o.foreignKey().columns().forEach(c -> columns.add(o.table() + "." + c));
            }
        }
        return new TurnObjects(tables, columns, names);
    }

    /** A finding's object is {@code table}, {@code table.column}, {@code table.a,b}, or the name of an index, constraint or type. */
    boolean owns(Finding finding, Schema schema) {
        String object = finding.object();
        if (names.contains(object) || tables.contains(tableOf(object, schema))) return true;
        int dot = object.indexOf('.');
        if (dot <= 0) return false;
        String table = object.substring(0, dot);
        for (String column : object.substring(dot + 1).split(",")) {
            if (columns.contains(table + "." + column.strip())) return true;
        }
        return false;
    }

    /** The table an object belongs to: its prefix, or the table holding the index or constraint of that name. */
    static String tableOf(String object, Schema schema) {
        String prefix = object.split("[.,]")[0];
        if (schema.hasTable(prefix)) return prefix;
        return schema.tables().stream().filter(t -> t.constraintNames().contains(object)).map(Table::name).findFirst().orElse(prefix);
    }
}
