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

class DropColumnTest {

    @Test
    void dropColumnRefusesColumnUsedByIndex() {
        assertThatThrownBy(() -> new DropColumn("customers", "email").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class)
                .hasMessageContaining("customers.email").hasMessageContaining("index ix_customers_email");
    }

    @Test
    void dropColumnRefusesColumnInIndexInclude() {
        Schema schema = new DropIndex("orders", "ix_orders_open").apply(Shop.schema());
        assertThatThrownBy(() -> new DropColumn("orders", "total").apply(schema))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("index ix_orders_customer");
    }

    @Test
    void dropColumnRefusesColumnNamedInsideCheckOrIndexExpression() {
        assertThatThrownBy(() -> new DropColumn("customers", "name").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("index ix_customers_lower_name");
        Schema withoutEmailIndex = new DropIndex("customers", "ix_customers_email").apply(Shop.schema());
        assertThatThrownBy(() -> new DropColumn("customers", "email").apply(withoutEmailIndex))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("check ck_customers_email");
    }

    @Test
    void dropColumnRefusesColumnReferencedByForeignKeyOfAnotherTable() {
        assertThatThrownBy(() -> new DropColumn("customers", "id").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("customers.id");
    }

    @Test
    void dropColumnRefusesColumnPartOfUniqueConstraint() {
        Schema schema = ChangeSet.of(new DropIndex("orders", "ix_orders_open"), new DropIndex("orders", "ix_orders_customer"),
                new DropForeignKey("orders", "fk_orders_customer")).apply(Shop.schema());
        assertThatThrownBy(() -> new DropColumn("orders", "customer_id").apply(schema))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("unique constraint uq_orders_customer_parent");
    }

    @Test
    void dropColumnInverseRestoresColumnWithDefaultAndComment() {
        // given
        Column note = Column.optional("note", LogicalType.TEXT).withDefault(DefaultValue.text("none"))
                .withComment(Optional.of("free text"));
        Schema before = Shop.schema().replaceTable("orders", t -> t.replaceColumn("note", c -> note));
        DropColumn drop = new DropColumn("orders", "note");

        // when
        Schema after = drop.apply(before);
        Schema restored = drop.inverse(before).apply(after);

        // then
        assertThat(after.requireTable("orders").hasColumn("note")).isFalse();
        assertThat(SchemaDiff.between(before, restored).isEmpty()).isTrue();
        assertThat(restored.requireTable("orders").column("note")).contains(note);
    }
}
