package dev.schemadesigner.change;

import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenameColumnTest {

    @Test
    void renameColumnFollowsIntoIndexesAndForeignKeys() {
        // given
        Schema before = new DropIndex("orders", "ix_orders_open").apply(Shop.schema());

        // when
        Table orders = new RenameColumn("orders", "customer_id", "client_id").apply(before).requireTable("orders");

        // then
        assertThat(orders.hasColumn("client_id")).isTrue();
        assertThat(orders.index("ix_orders_customer").map(Index::columnNames)).contains(List.of("client_id"));
        assertThat(orders.foreignKey("fk_orders_customer").map(ForeignKey::columns)).contains(List.of("client_id"));
        assertThat(orders.unique("uq_orders_customer_parent").map(Unique::columns)).contains(List.of("client_id", "parent_id"));
    }

    @Test
    void renameColumnFollowsIntoIndexIncludeList() {
        Schema after = new RenameColumn("orders", "total", "amount").apply(Shop.schema());

        assertThat(after.requireTable("orders").index("ix_orders_customer").map(Index::include)).contains(List.of("amount"));
    }

    @Test
    void renameColumnFollowsIntoPrimaryKeyAndForeignKeysPointingAtIt() {
        // given
        Schema before = Shop.schema();

        // when
        Schema after = new RenameColumn("orders", "id", "order_id").apply(new RenameColumn("customers", "id", "customer_no").apply(before));

        // then
        Table orders = after.requireTable("orders");
        assertThat(after.requireTable("customers").primaryKey()).contains(PrimaryKey.of("customer_no"));
        assertThat(orders.primaryKey()).contains(PrimaryKey.of("order_id"));
        assertThat(orders.foreignKey("fk_orders_customer").map(ForeignKey::referencedColumns)).contains(List.of("customer_no"));
        assertThat(orders.foreignKey("fk_orders_parent").map(ForeignKey::referencedColumns)).contains(List.of("order_id"));
    }

    @Test
    void renameColumnInverseRestoresEveryReference() {
        Schema before = Shop.schema();
        RenameColumn rename = new RenameColumn("customers", "id", "customer_no");

        Schema restored = rename.inverse(before).apply(rename.apply(before));

        assertThat(SchemaDiff.between(before, restored).isEmpty()).isTrue();
    }

    @Test
    void renameColumnRefusesColumnNamedInsideCheckOrPartialIndex() {
        assertThatThrownBy(() -> new RenameColumn("customers", "email", "mail").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("customers.email").hasMessageContaining("check ck_customers_email");
        assertThatThrownBy(() -> new RenameColumn("orders", "status", "state").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("index ix_orders_open");
    }

    @Test
    void renameColumnRefusesExistingName() {
        assertThatThrownBy(() -> new RenameColumn("customers", "name", "email").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("column email already exists");
    }
}
