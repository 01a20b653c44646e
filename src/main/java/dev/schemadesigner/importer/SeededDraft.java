package dev.schemadesigner.importer;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one DDL statement of a migration (CREATE TABLE / INDEX / TYPE, ALTER TABLE … ADD) through
 * the DDL importer's own {@link StatementReader}, on a draft seeded with the schema as it stands,
 * and returns what the statement added as operations. So a migration's DDL is read by the same
 * parser as a pasted schema, not by a second one.
 */
final class SeededDraft {
    private SeededDraft() {}

    static List<Op> read(List<Token> statement, Schema current, DdlDialect dialect, Warnings warnings,
                         boolean concurrently, boolean notValid) {
        SchemaDraft draft = new SchemaDraft(dialect, warnings);
        current.enums().forEach(e -> draft.enums.put(e.name(), e));
        Token at = new Token(Token.Kind.END, "", "", 0, 0, 1, 1, false);
        for (Table t : current.tables()) draft.tables.put(t.name(), seed(t, at));
        new StatementReader(draft).read(statement);
        Schema after = draft.build();
        List<Op> ops = new ArrayList<>();
        for (EnumType e : after.enums()) if (current.enumType(e.name()).isEmpty()) ops.add(new CreateEnum(e));
        for (Table t : after.tables()) {
            Optional<Table> before = current.table(t.name());
            if (before.isEmpty()) {
                ops.add(new CreateTable(t));
                continue;
            }
            Table b = before.get();
            for (Column c : t.columns()) if (!b.hasColumn(c.name())) ops.add(new AddColumn(t.name(), c));
            for (Index i : t.indexes()) if (b.index(i.name()).isEmpty()) ops.add(new CreateIndex(t.name(), i, concurrently));
            for (ForeignKey f : t.foreignKeys()) if (b.foreignKey(f.name()).isEmpty()) ops.add(new AddForeignKey(t.name(), f, notValid));
            for (Check c : t.checks()) if (b.check(c.name()).isEmpty()) ops.add(new AddCheck(t.name(), c, notValid));
            for (Unique u : t.uniques()) if (b.unique(u.name()).isEmpty()) ops.add(new AddUnique(t.name(), u));
        }
        return ops;
    }

    private static TableDraft seed(Table t, Token at) {
        TableDraft d = new TableDraft(t.name(), at);
        for (Column c : t.columns()) {
            TableDraft.ColumnDraft cd = new TableDraft.ColumnDraft(c.name(), c.type());
            cd.nullable = c.nullable();
            cd.defaultValue = c.defaultValue();
            cd.identity = c.identity();
            cd.comment = c.comment();
            d.columns.put(c.name(), cd);
        }
        t.primaryKey().ifPresent(pk -> d.primaryKey = pk.columns());
        for (ForeignKey f : t.foreignKeys()) {
            d.foreignKeys.add(new TableDraft.ForeignKeyDraft(Optional.of(f.name()), f.columns(), f.referencedTable(), f.referencedColumns(),
                    f.onDelete(), f.onUpdate(), at));
        }
        d.indexes.addAll(t.indexes());
        for (Check c : t.checks()) d.checks.add(new TableDraft.CheckDraft(Optional.of(c.name()), c.expression(), Optional.empty()));
        for (Unique u : t.uniques()) d.uniques.add(new TableDraft.UniqueDraft(Optional.of(u.name()), u.columns()));
        d.comment = t.comment();
        return d;
    }
}
