package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DropTableTest {

    @Test
    void dropTableRefusesWhileReferenced() {
        assertThatThrownBy(() -> new DropTable("customers").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class)
                .hasMessageContaining("cannot drop table customers").hasMessageContaining("orders");
    }

    @Test
    void dropTableAllowsOnlySelfReferenceAndInverseRecreatesIt() {
        Schema before = Shop.schema();
        DropTable drop = new DropTable("orders");

        Schema after = drop.apply(before);

        assertThat(after.hasTable("orders")).isFalse();
        assertThat(drop.inverse(before)).isEqualTo(new CreateTable(before.requireTable("orders")));
        assertThat(SchemaDiff.between(before, drop.inverse(before).apply(after)).isEmpty()).isTrue();
    }

    @Test
    void dropTableRefusesMissingTableNamingIt() {
        assertThatThrownBy(() -> new DropTable("invoices").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessage("table invoices does not exist");
    }

    @Test
    void createTableRefusesForeignKeyToMissingTable() {
        Schema withoutOrders = new DropTable("orders").apply(Shop.schema());
        Schema noCustomers = Schema.EMPTY.withEnums(withoutOrders.enums());
        assertThatThrownBy(() -> new CreateTable(Shop.schema().requireTable("orders")).apply(noCustomers))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("fk_orders_customer").hasMessageContaining("customers");
    }

    @Test
    void createTableRefusesForeignKeyToMissingColumnNamingBothTables() {
        var orders = Shop.schema().requireTable("orders");
        var broken = orders.withoutForeignKey("fk_orders_customer")
                .withForeignKey(dev.schemadesigner.schema.ForeignKey.of("fk_orders_customer", "customer_id", "customers", "uid",
                        dev.schemadesigner.schema.FkAction.CASCADE));
        Schema withoutOrders = new DropTable("orders").apply(Shop.schema());

        assertThatThrownBy(() -> new CreateTable(broken).apply(withoutOrders))
                .isInstanceOf(InvalidChange.class).hasMessage("foreign key fk_orders_customer of orders references column customers.uid, which does not exist");
    }
}
