package dev.schemadesigner.change;

import dev.schemadesigner.schema.LogicalType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitors over {@link Op} and {@link LogicalType} name every permitted subclass, one method each:
 * each renderer (a dialect's SQL and types, Alembic, SQLAlchemy types, sample values, the tables an
 * operation touches) implements the visitor, so a new operation or type that is added here breaks the
 * build of every renderer, and one that is not added here fails this test.
 */
class ClosedDispatchTest {

    @Test
    void theOperationVisitorHasOneMethodPerOperation() {
        assertThat(Op.class.isSealed()).isTrue();
        assertThat(parameterTypes(Op.Visitor.class)).containsExactlyInAnyOrderElementsOf(Set.of(Op.class.getPermittedSubclasses()));
    }

    @Test
    void theTypeVisitorHasOneMethodPerType() {
        assertThat(LogicalType.class.isSealed()).isTrue();
        assertThat(parameterTypes(LogicalType.Visitor.class)).containsExactlyInAnyOrderElementsOf(Set.of(LogicalType.class.getPermittedSubclasses()));
    }

    @Test
    void everyTypeReachesTheVisitorMethodOfItsOwnClass() {
        List<LogicalType> one = List.of(LogicalType.SMALLINT, LogicalType.INTEGER, LogicalType.BIGINT, LogicalType.decimal(12, 2), LogicalType.DOUBLE,
                LogicalType.varchar(10), LogicalType.TEXT, LogicalType.BOOLEAN, LogicalType.DATE, LogicalType.TIME, LogicalType.TIMESTAMP,
                LogicalType.UUID, LogicalType.JSON, LogicalType.BINARY, LogicalType.enumOf("status"));
        assertThat(one.stream().map(Object::getClass).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(Set.of(LogicalType.class.getPermittedSubclasses()));
        @SuppressWarnings("unchecked")
        LogicalType.Visitor<Class<?>> parameterOfTheMethodCalled = (LogicalType.Visitor<Class<?>>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LogicalType.Visitor.class}, (proxy, method, args) -> method.getParameterTypes()[0]);

        for (LogicalType type : one) assertThat(type.accept(parameterOfTheMethodCalled)).as(type.describe()).isEqualTo(type.getClass());
    }

    private static Set<Class<?>> parameterTypes(Class<?> visitor) {
        Method[] methods = visitor.getDeclaredMethods();
        assertThat(methods).allSatisfy(m -> assertThat(m.getParameterCount()).isEqualTo(1));
        Set<Class<?>> types = Arrays.stream(methods).map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet());
        assertThat(types).hasSize(methods.length);
        return types;
    }
}
