package dev.schemadesigner.change;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Operations that must be refused for a schema, each with the table its refusal has to name. */
final class InvalidOpArbitraries {
    private InvalidOpArbitraries() {}

    record Invalid(Op op, String table) {}

    static Arbitrary<Invalid> invalidOp(Schema schema) {
        List<Arbitrary<Invalid>> kinds = new ArrayList<>();
        List<Table> tables = schema.tables();
        List<Table> withColumns = tables.stream().filter(t -> !t.columns().isEmpty()).toList();
        String missing = "missing_" + FreshNames.renamedTable(schema);

        kinds.add(Arbitraries.just(new Invalid(new DropTable(missing), missing)));
        kinds.add(Arbitraries.just(new Invalid(new AddColumn(missing, Column.optional("x", LogicalType.TEXT)), missing)));
        kinds.add(Arbitraries.just(new Invalid(new RenameTable(missing, "anything"), missing)));
        addIfAny(kinds, tables, t -> new Invalid(new CreateTable(Table.of(t.name(), List.of(), null)), t.name()));
        addIfAny(kinds, withColumns, t -> new Invalid(new AddColumn(t.name(), t.columns().get(0).withComment(Optional.empty())), t.name()));
        addIfAny(kinds, tables, t -> new Invalid(new DropColumn(t.name(), FreshNames.column(t)), t.name()));
        addIfAny(kinds, tables, t -> new Invalid(new DropIndex(t.name(), "no_such_index"), t.name()));
        addIfAny(kinds, tables, t -> new Invalid(new DropForeignKey(t.name(), "no_such_fk"), t.name()));
        addIfAny(kinds, tables, t -> new Invalid(new DropConstraint(t.name(), "no_such_constraint"), t.name()));
        addIfAny(kinds, tables, t -> new Invalid(new CreateIndex(t.name(), Index.on("ix_missing_column", FreshNames.column(t))), t.name()));
        addIfAny(kinds, tables, t -> new Invalid(new AddColumn(t.name(), Column.optional(FreshNames.column(t), LogicalType.enumOf("no_such_enum"))), t.name()));
        addIfAny(kinds, OpArbitraries.columns(schema).filter(a -> !a.column().identity()).toList(),
                a -> new Invalid(new AlterColumn(a.tableName(), a.columnName(), LogicalType.enumOf("no_such_enum"), true, Optional.empty()), a.tableName()));
        addIfAny(kinds, tables.stream().filter(t -> t.columns().size() > 1).toList(),
                t -> new Invalid(new RenameColumn(t.name(), t.columns().get(0).name(), t.columns().get(1).name()), t.name()));
        addIfAny(kinds, tables.stream().filter(t -> !schema.referencing(t.name()).isEmpty()).toList(),
                t -> new Invalid(new DropTable(t.name()), t.name()));
        addIfAny(kinds, usedByIndex(schema), a -> new Invalid(new DropColumn(a.tableName(), a.columnName()), a.tableName()));
        List<String> taken = tables.stream().flatMap(t -> t.constraintNames().stream()).toList();
        if (!taken.isEmpty() && !withColumns.isEmpty()) {
            kinds.add(Arbitraries.of(withColumns).flatMap(t -> Arbitraries.of(taken).map(name ->
                    new Invalid(new AddCheck(t.name(), new Check(name, t.columns().get(0).name() + " > 0")), t.name()))));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** Columns named as a key or INCLUDE column of an index. */
    private static List<OpArbitraries.At> usedByIndex(Schema schema) {
        return OpArbitraries.columns(schema).filter(a -> a.table().indexes().stream().anyMatch(ix ->
                ix.keys().contains(IndexKey.column(a.columnName())) || ix.include().contains(a.columnName()))).toList();
    }

    private static <T> void addIfAny(List<Arbitrary<Invalid>> kinds, List<T> candidates, Function<T, Invalid> invalid) {
        if (!candidates.isEmpty()) kinds.add(Arbitraries.of(candidates).map(invalid));
    }
}
