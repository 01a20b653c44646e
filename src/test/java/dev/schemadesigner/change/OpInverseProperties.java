package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every operation, applied and then undone by its inverse, gives back the schema it started from. */
class OpInverseProperties {

    private static final List<String> OP_KINDS = Arrays.stream(Op.class.getPermittedSubclasses()).map(Class::getSimpleName).toList();

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void inverseUndoesEveryOperation(@ForAll("schemaAndOp") Tuple2<Schema, Op> example) {
        // given
        Schema before = example.get1();
        Op op = example.get2();
        Statistics.collect(op.getClass().getSimpleName());

        // when
        Schema after = op.apply(before);
        Schema restored = op.inverse(before).apply(after);

        // then
        assertThat(SchemaDiff.between(before, restored).differences()).as(op.describe()).isEmpty();
        Statistics.coverage(coverage -> OP_KINDS.forEach(kind -> coverage.check(kind).count(n -> n > 0)));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void inverseOfChangeSetUndoesTheWholeSequence(@ForAll("schemaAndOps") Tuple2<Schema, List<Op>> example) {
        // given
        Schema before = example.get1();
        ChangeSet changes = new ChangeSet(example.get2());
        changes.ops().forEach(op -> Statistics.label("op").collect(op.getClass().getSimpleName()));
        Statistics.label("length").collect(changes.ops().size());

        // when
        Schema after = changes.apply(before);
        Schema restored = changes.inverse(before).apply(after);

        // then
        assertThat(SchemaDiff.between(before, restored).differences())
                .as(() -> changes.ops().stream().map(Op::describe).toList().toString()).isEmpty();
        Statistics.label("op").coverage(coverage -> OP_KINDS.forEach(kind -> coverage.check(kind).count(n -> n > 0)));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void refusedOperationThrowsInvalidChangeNamingTheTable(@ForAll("schemaAndInvalidOp") Tuple2<Schema, InvalidOpArbitraries.Invalid> example) {
        Schema before = example.get1();
        InvalidOpArbitraries.Invalid invalid = example.get2();
        Statistics.collect(invalid.op().getClass().getSimpleName());

        assertThatThrownBy(() -> invalid.op().apply(before))
                .as(invalid.op().describe())
                .isInstanceOf(InvalidChange.class)
                .hasMessageContaining(invalid.table());
    }

    @Provide
    Arbitrary<Tuple2<Schema, Op>> schemaAndOp() {
        return SchemaArbitraries.schemas().flatMap(s -> OpArbitraries.validOp(s).map(op -> Tuple.of(s, op)));
    }

    @Provide
    Arbitrary<Tuple2<Schema, List<Op>>> schemaAndOps() {
        return SchemaArbitraries.schemas().flatMap(s -> Arbitraries.integers().between(1, 5)
                .flatMap(n -> OpArbitraries.validOps(s, n)).map(ops -> Tuple.of(s, ops)));
    }

    @Provide
    Arbitrary<Tuple2<Schema, InvalidOpArbitraries.Invalid>> schemaAndInvalidOp() {
        return SchemaArbitraries.schemas().flatMap(s -> InvalidOpArbitraries.invalidOp(s).map(op -> Tuple.of(s, op)));
    }
}
