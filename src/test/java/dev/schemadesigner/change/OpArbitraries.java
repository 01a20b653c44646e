package dev.schemadesigner.change;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Operations that are valid for a given schema, one generator per kind that applies; and sequences of them. */
final class OpArbitraries {
    private OpArbitraries() {}

    /** A table and one of its columns. */
    record At(Table table, Column column) {
        String tableName() { return table.name(); }
        String columnName() { return column.name(); }
    }

    /** Chooses evenly among the kinds of operation that apply to {@code schema}, so each kind is exercised. */
    static Arbitrary<Op> validOp(Schema schema) {
        List<Arbitrary<? extends Op>> kinds = new ArrayList<>();
        List<Table> tables = schema.tables();
        List<Table> withColumns = tables.stream().filter(t -> !t.columns().isEmpty()).toList();
        List<At> columns = columns(schema).toList();

        kinds.add(SchemaArbitraries.table(schema, FreshNames.table(schema)).map(CreateTable::new));
        kinds.add(SchemaArbitraries.enumType(FreshNames.enumType(schema)).map(CreateEnum::new));
        kinds.add(dataMigration());
        addIfAny(kinds, tables.stream().filter(t -> schema.referencing(t.name()).isEmpty()).toList(), t -> Arbitraries.just(new DropTable(t.name())));
        addIfAny(kinds, tables, t -> Arbitraries.just(new RenameTable(t.name(), FreshNames.renamedTable(schema))));
        addIfAny(kinds, tables, t -> SchemaArbitraries.column(FreshNames.column(t), schema.enums()).map(c -> new AddColumn(t.name(), c)));
        addIfAny(kinds, columns.stream().filter(a -> !FreshNames.used(schema, a.table(), a.columnName())).toList(),
                a -> Arbitraries.just(new DropColumn(a.tableName(), a.columnName())));
        addIfAny(kinds, columns.stream().filter(a -> !FreshNames.namedInExpressions(a.table(), a.columnName())).toList(),
                a -> Arbitraries.just(new RenameColumn(a.tableName(), a.columnName(), FreshNames.column(a.table()))));
        addIfAny(kinds, columns, a -> alterColumn(schema, a));
        addIfAny(kinds, withColumns, t -> Combinators.combine(SchemaArbitraries.index(columnNames(t), FreshNames.constraint(schema, "ix_" + t.name() + "_")),
                Arbitraries.of(true, false)).as((ix, concurrently) -> new CreateIndex(t.name(), ix, concurrently)));
        addIfAny(kinds, tables.stream().flatMap(t -> t.indexes().stream().map(ix -> Map.entry(t.name(), ix.name()))).toList(),
                e -> Arbitraries.of(true, false).map(concurrently -> new DropIndex(e.getKey(), e.getValue(), concurrently)));
        addIfAny(kinds, foreignKeyCandidates(schema), pair -> addForeignKey(schema, pair.get(0), pair.get(1)));
        addIfAny(kinds, tables.stream().flatMap(t -> t.foreignKeys().stream().map(fk -> new DropForeignKey(t.name(), fk.name()))).toList(),
                Arbitraries::just);
        addIfAny(kinds, withColumns, t -> Combinators.combine(SchemaArbitraries.checkExpression(columnNames(t)), Arbitraries.of(true, false))
                .as((expression, notValid) -> new AddCheck(t.name(), new Check(FreshNames.constraint(schema, "ck_" + t.name() + "_"), expression), notValid)));
        addIfAny(kinds, withColumns, t -> SchemaArbitraries.uniqueColumns(columnNames(t))
                .map(cols -> new AddUnique(t.name(), new Unique(FreshNames.constraint(schema, "uq_" + t.name() + "_"), cols))));
        addIfAny(kinds, tables.stream().flatMap(t -> Stream.concat(t.checks().stream().map(Check::name), t.uniques().stream().map(Unique::name))
                .map(name -> new DropConstraint(t.name(), name))).toList(), Arbitraries::just);
        addIfAny(kinds, schema.enums().stream().filter(e -> columns.stream().noneMatch(a -> a.column().type().equals(LogicalType.enumOf(e.name()))))
                .map(e -> new DropEnum(e.name())).toList(), Arbitraries::just);
        return Arbitraries.oneOf(kinds);
    }

    /** {@code length} operations, each valid for the schema the ones before it leave. */
    static Arbitrary<List<Op>> validOps(Schema schema, int length) {
        if (length == 0) return Arbitraries.just(List.of());
        return validOp(schema).flatMap(op -> validOps(op.apply(schema), length - 1).map(rest -> {
            List<Op> all = new ArrayList<>();
            all.add(op);
            all.addAll(rest);
            return all;
        }));
    }

    static Stream<At> columns(Schema schema) {
        return schema.tables().stream().flatMap(t -> t.columns().stream().map(c -> new At(t, c)));
    }

    private static List<String> columnNames(Table t) { return t.columns().stream().map(Column::name).toList(); }

    private static <T> void addIfAny(List<Arbitrary<? extends Op>> kinds, List<T> candidates,
                                     java.util.function.Function<T, Arbitrary<? extends Op>> op) {
        if (!candidates.isEmpty()) kinds.add(Arbitraries.of(candidates).flatMap(op::apply));
    }

    /** Identity columns stay NOT NULL integers; a column on either end of a foreign key keeps its type. */
    private static Arbitrary<Op> alterColumn(Schema schema, At at) {
        Column current = at.column();
        Arbitrary<LogicalType> type;
        if (FreshNames.inForeignKey(schema, at.table(), current.name())) type = Arbitraries.just(current.type());
        else if (current.identity()) type = Arbitraries.of(LogicalType.SMALLINT, LogicalType.INTEGER, LogicalType.BIGINT);
        else type = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(current.type())),
                    net.jqwik.api.Tuple.of(2, SchemaArbitraries.logicalType(schema.enums())));
        Arbitrary<Boolean> nullable = current.identity() ? Arbitraries.just(false) : Arbitraries.of(true, false);
        return type.flatMap(t -> Combinators.combine(nullable, SchemaArbitraries.defaultFor(t, schema.enums()))
                .as((n, d) -> new AlterColumn(at.tableName(), current.name(), t, n, d)));
    }

    /** Pairs (referencing column, referenced column) of the same type; a column never references itself. */
    private static List<List<At>> foreignKeyCandidates(Schema schema) {
        List<At> all = columns(schema).toList();
        List<List<At>> pairs = new ArrayList<>();
        for (At from : all) {
            for (At to : all) {
                boolean same = from.tableName().equals(to.tableName()) && from.columnName().equals(to.columnName());
                if (!same && from.column().type().equals(to.column().type())) pairs.add(List.of(from, to));
            }
        }
        return pairs;
    }

    private static Arbitrary<Op> addForeignKey(Schema schema, At from, At to) {
        String name = FreshNames.constraint(schema, "fk_" + from.tableName() + "_");
        return Combinators.combine(SchemaArbitraries.fkAction(), SchemaArbitraries.fkAction(), Arbitraries.of(true, false))
                .as((onDelete, onUpdate, notValid) -> new AddForeignKey(from.tableName(), new ForeignKey(name, List.of(from.columnName()),
                        to.tableName(), List.of(to.columnName()), onDelete, onUpdate), notValid));
    }

    private static Arbitrary<DataMigration> dataMigration() {
        return Arbitraries.of(
                DataMigration.portable("backfill defaults", "UPDATE t0 SET c0 = 0 WHERE c0 IS NULL", null),
                DataMigration.portable("copy names", "UPDATE t0 SET c1 = c0", "UPDATE t0 SET c1 = NULL"),
                new DataMigration("lower-case emails", Map.of("postgresql", "UPDATE t0 SET c0 = lower(c0)", "any", "UPDATE t0 SET c0 = LOWER(c0)"),
                        Map.of()));
    }
}
