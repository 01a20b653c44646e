package dev.schemadesigner.change;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlterColumnTest {

    @Test
    void alterColumnInverseRestoresTypeNullabilityAndDefault() {
        // given
        Schema before = Shop.schema();
        AlterColumn alter = new AlterColumn("orders", "total", LogicalType.DOUBLE, true, Optional.empty());

        // when
        Schema after = alter.apply(before);
        Op inverse = alter.inverse(before);

        // then
        Column altered = after.requireTable("orders").column("total").orElseThrow();
        assertThat(altered.type()).isEqualTo(LogicalType.DOUBLE);
        assertThat(altered.nullable()).isTrue();
        assertThat(altered.defaultValue()).isEmpty();
        assertThat(inverse).isEqualTo(new AlterColumn("orders", "total", LogicalType.decimal(12, 2), false,
                Optional.of(DefaultValue.number("0"))));
        assertThat(SchemaDiff.between(before, inverse.apply(after)).isEmpty()).isTrue();
    }

    @Test
    void alterColumnKeepsIdentityColumnANotNullInteger() {
        assertThatThrownBy(() -> new AlterColumn("orders", "id", LogicalType.BIGINT, true, Optional.empty()).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("orders.id is an identity column");
        assertThatThrownBy(() -> new AlterColumn("orders", "id", LogicalType.UUID, false, Optional.empty()).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("orders.id");
    }

    @Test
    void alterColumnRefusesTypeChangeOnEitherEndOfForeignKey() {
        assertThatThrownBy(() -> new AlterColumn("orders", "customer_id", LogicalType.INTEGER, false, Optional.empty()).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("fk_orders_customer");
        assertThatThrownBy(() -> new AlterColumn("customers", "id", LogicalType.INTEGER, false, Optional.empty()).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("customers.id").hasMessageContaining("fk_orders_customer");
    }

    @Test
    void alterColumnAllowsNullabilityChangeOnForeignKeyColumn() {
        Column current = Shop.schema().requireTable("orders").column("customer_id").orElseThrow();

        Schema after = AlterColumn.nullability(current, "orders", true).apply(Shop.schema());

        assertThat(after.requireTable("orders").column("customer_id").map(Column::nullable)).contains(true);
    }

    @Test
    void alterColumnRefusesEnumThatDoesNotExistNamingTheTable() {
        assertThatThrownBy(() -> new AlterColumn("orders", "note", LogicalType.enumOf("mood"), true, Optional.empty()).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("mood").hasMessageContaining("orders");
    }
}
