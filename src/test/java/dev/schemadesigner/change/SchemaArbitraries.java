package dev.schemadesigner.change;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Generators for consistent schemas: 1–6 tables with columns of every {@link LogicalType}, identity or
 * composite primary keys, foreign keys to earlier tables and to themselves, and every kind of index,
 * check, unique and enum. Constraint names carry their table's name, so they are unique schema-wide.
 */
final class SchemaArbitraries {
    private SchemaArbitraries() {}

    static Arbitrary<Schema> schemas() {
        return Arbitraries.integers().between(0, 3)
                .flatMap(n -> Combinators.combine(IntStream.range(0, n).mapToObj(i -> enumType("e" + i)).toList()).as(l -> l))
                .flatMap(enums -> Arbitraries.integers().between(1, 6).flatMap(n -> withTables(new Schema(List.of(), enums), n)));
    }

    private static Arbitrary<Schema> withTables(Schema schema, int remaining) {
        if (remaining == 0) return Arbitraries.just(schema);
        return table(schema, FreshNames.table(schema)).flatMap(t -> withTables(schema.withTable(t), remaining - 1));
    }

    static Arbitrary<EnumType> enumType(String name) {
        return Arbitraries.of("low", "mid", "high", "new", "done", "it's").list().uniqueElements().ofMinSize(1).ofMaxSize(4)
                .map(values -> new EnumType(name, values.stream().distinct().toList())); // shrinking can repeat a value
    }

    /** A table named {@code name} that fits into {@code schema}: its foreign keys point at tables there or at itself. */
    static Arbitrary<Table> table(Schema schema, String name) {
        Arbitrary<List<Column>> key = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(LogicalType.BIGINT, LogicalType.INTEGER).map(t -> List.of(Column.identity("id", t)))),
                Tuple.of(3, Arbitraries.just(List.of(Column.required("k1", LogicalType.INTEGER), Column.required("k2", LogicalType.varchar(20))))),
                Tuple.of(1, Arbitraries.just(List.<Column>of())));
        Arbitrary<List<Column>> plain = Arbitraries.integers().between(1, 5).flatMap(n -> Combinators.combine(
                IntStream.range(0, n).mapToObj(i -> column("c" + i, schema.enums())).toList()).as(l -> l));
        List<Table> targets = schema.tables().stream().filter(t -> t.primaryKey().isPresent()).toList();
        return Combinators.combine(key, plain).as((k, p) -> {
            List<Column> columns = new ArrayList<>(k);
            columns.addAll(p);
            return Table.of(name, columns, k.isEmpty() ? null : new PrimaryKey(k.stream().map(Column::name).toList()));
        }).flatMap(bare -> foreignKeys(bare, targets)).flatMap(SchemaArbitraries::constraints);
    }

    /** Up to two foreign keys, each with columns of its own that match the referenced primary key. */
    private static Arbitrary<Table> foreignKeys(Table bare, List<Table> others) {
        List<Table> targets = new ArrayList<>(others);
        if (bare.primaryKey().isPresent()) targets.add(bare);
        if (targets.isEmpty()) return Arbitraries.just(bare);
        return Combinators.combine(Arbitraries.of(targets).list().ofMaxSize(2), fkAction().list().ofSize(4)).as((chosen, actions) -> {
            Table t = bare;
            for (int i = 0; i < chosen.size(); i++) {
                Table target = chosen.get(i).name().equals(bare.name()) ? bare : chosen.get(i);
                List<String> refs = target.primaryKey().orElseThrow().columns();
                List<String> locals = new ArrayList<>();
                for (String ref : refs) {
                    Column referenced = target.column(ref).orElseThrow();
                    String local = "f" + i + "_" + ref;
                    t = t.withColumn(new Column(local, referenced.type(), true, Optional.empty(), false, Optional.empty()));
                    locals.add(local);
                }
                t = t.withForeignKey(new ForeignKey("fk_" + bare.name() + "_" + i, locals, target.name(), refs,
                        actions.get(2 * i), actions.get(2 * i + 1)));
            }
            return t;
        });
    }

    private static Arbitrary<Table> constraints(Table t) {
        List<String> columns = t.columns().stream().map(Column::name).toList();
        Arbitrary<List<Index>> indexes = index(columns, "ix").list().ofMaxSize(3).map(list -> renamed(list, "ix_" + t.name() + "_",
                Index::withName));
        Arbitrary<List<Check>> checks = checkExpression(columns).list().ofMaxSize(2)
                .map(list -> IntStream.range(0, list.size()).mapToObj(i -> new Check("ck_" + t.name() + "_" + i, list.get(i))).toList());
        Arbitrary<List<Unique>> uniques = uniqueColumns(columns).list().ofMaxSize(1)
                .map(list -> IntStream.range(0, list.size()).mapToObj(i -> new Unique("uq_" + t.name() + "_" + i, list.get(i))).toList());
        Arbitrary<Optional<String>> comment = Arbitraries.of("what it holds", "keep 90 days").optional(0.2);
        return Combinators.combine(indexes, checks, uniques, comment)
                .as((ix, ck, uq, c) -> t.withIndexes(ix).withChecks(ck).withUniques(uq).withComment(c));
    }

    private static <T> List<T> renamed(List<T> items, String prefix, java.util.function.BiFunction<T, String, T> withName) {
        return IntStream.range(0, items.size()).mapToObj(i -> withName.apply(items.get(i), prefix + i)).toList();
    }

    static Arbitrary<Column> column(String name, List<EnumType> enums) {
        return logicalType(enums).flatMap(type -> Combinators.combine(Arbitraries.of(true, false), defaultFor(type, enums),
                        Arbitraries.of("shown to users", "set by the importer").optional(0.15))
                .as((nullable, dflt, comment) -> new Column(name, type, nullable, dflt, false, comment)));
    }

    /** Every kind of {@link LogicalType}, enums only when the schema has some. */
    static Arbitrary<LogicalType> logicalType(List<EnumType> enums) {
        List<Arbitrary<? extends LogicalType>> kinds = new ArrayList<>(List.of(
                Arbitraries.of(LogicalType.SMALLINT, LogicalType.INTEGER, LogicalType.BIGINT, LogicalType.DOUBLE, LogicalType.TEXT,
                        LogicalType.BOOLEAN, LogicalType.DATE, LogicalType.TIME, LogicalType.TIMESTAMP, LogicalType.TIMESTAMPTZ,
                        LogicalType.UUID, LogicalType.JSON, LogicalType.BINARY),
                Arbitraries.integers().between(1, 65).flatMap(p -> Arbitraries.integers().between(0, p).map(s -> LogicalType.decimal(p, s))),
                Arbitraries.integers().between(1, 500).map(LogicalType::varchar)));
        if (!enums.isEmpty()) kinds.add(Arbitraries.of(enums).map(e -> LogicalType.enumOf(e.name())));
        return Arbitraries.oneOf(kinds);
    }

    /** A default that makes sense for the type, or none. */
    static Arbitrary<Optional<DefaultValue>> defaultFor(LogicalType type, List<EnumType> enums) {
        Arbitrary<DefaultValue> value;
        if (type.isInteger()) value = Arbitraries.of("0", "42", "-1").map(DefaultValue::number);
        else if (type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) value = Arbitraries.of("0.5", "10", "1.50").map(DefaultValue::number);
        else if (type instanceof LogicalType.Varchar || type instanceof LogicalType.Text) value = Arbitraries.of("", "open", "it's").map(DefaultValue::text);
        else if (type instanceof LogicalType.Bool) value = Arbitraries.of(true, false).map(DefaultValue::bool);
        else if (type instanceof LogicalType.Timestamp) value = Arbitraries.just(DefaultValue.now());
        else if (type instanceof LogicalType.Date) value = Arbitraries.just(DefaultValue.expression("CURRENT_DATE"));
        else if (type instanceof LogicalType.Uuid) value = Arbitraries.just(DefaultValue.expression("gen_random_uuid()"));
        else if (type instanceof LogicalType.EnumRef e) {
            value = Arbitraries.of(enums.stream().filter(x -> x.name().equals(e.enumName())).findFirst().orElseThrow().values())
                    .map(DefaultValue::text);
        } else return Arbitraries.just(Optional.empty());
        return value.optional(0.4);
    }

    /** Column, expression, partial, covering, unique and non-btree indexes; the name is set by the caller. */
    static Arbitrary<Index> index(List<String> columns, String name) {
        Arbitrary<String> column = Arbitraries.of(columns);
        Arbitrary<IndexKey> key = Arbitraries.frequencyOf(
                Tuple.of(4, column.map(IndexKey::column)),
                Tuple.of(1, column.map(c -> IndexKey.expression("lower(" + c + ")"))),
                Tuple.of(1, column.map(c -> IndexKey.expression(c + " + 1"))));
        Arbitrary<List<IndexKey>> keys = key.list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<Optional<String>> where = column.map(c -> c + " IS NOT NULL").optional(0.25);
        Arbitrary<List<String>> include = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<String>of())),
                Tuple.of(1, column.list().uniqueElements().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<Optional<String>> method = Arbitraries.of("gin", "hash", "brin", "btree", "GiST").optional(0.25);
        return Combinators.combine(keys, Arbitraries.of(true, false), where, include, method)
                .as((k, unique, w, inc, m) -> new Index(name, k, unique, w, inc, m));
    }

    static Arbitrary<String> checkExpression(List<String> columns) {
        Arbitrary<String> column = Arbitraries.of(columns);
        return Arbitraries.oneOf(
                column.map(c -> c + " > 0"),
                column.map(c -> "length(" + c + ") > 3"),
                Combinators.combine(column, column).as((a, b) -> a + " IS NOT NULL OR " + b + " IS NULL"));
    }

    static Arbitrary<List<String>> uniqueColumns(List<String> columns) {
        return Arbitraries.of(columns).list().uniqueElements().ofMinSize(1).ofMaxSize(2);
    }

    static Arbitrary<FkAction> fkAction() { return Arbitraries.of(FkAction.class); }
}
