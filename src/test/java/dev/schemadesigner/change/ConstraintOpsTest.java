package dev.schemadesigner.change;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConstraintOpsTest {

    @Test
    void dropIndexInverseRecreatesPartialCoveringIndexExactly() {
        Schema before = Shop.schema();
        Index open = before.requireTable("orders").index("ix_orders_open").orElseThrow().withMethod("hash")
                .withInclude(List.of("total"));
        before = before.replaceTable("orders", t -> t.withoutIndex("ix_orders_open").withIndex(open));
        DropIndex drop = new DropIndex("orders", "ix_orders_open", true);

        assertThat(drop.inverse(before)).isEqualTo(new CreateIndex("orders", open, true));
        assertThat(SchemaDiff.between(before, drop.inverse(before).apply(drop.apply(before))).isEmpty()).isTrue();
    }

    @Test
    void dropConstraintInverseRestoresCheckOrUnique() {
        Schema before = Shop.schema();

        assertThat(new DropConstraint("customers", "ck_customers_email").inverse(before))
                .isEqualTo(new AddCheck("customers", new Check("ck_customers_email", "length(email) > 3")));
        assertThat(new DropConstraint("orders", "uq_orders_customer_parent").inverse(before))
                .isEqualTo(new AddUnique("orders", Unique.of("uq_orders_customer_parent", "customer_id", "parent_id")));
    }

    @Test
    void dropConstraintRefusesIndexOrForeignKeyNames() {
        assertThatThrownBy(() -> new DropConstraint("orders", "fk_orders_customer").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("fk_orders_customer").hasMessageContaining("orders");
    }

    @Test
    void constraintNamesAreUniqueAcrossTablesAndTheMessageNamesBothTables() {
        assertThatThrownBy(() -> new AddCheck("orders", new Check("ck_customers_email", "total > 0")).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("orders").hasMessageContaining("customers");
    }

    @Test
    void addForeignKeyRefusesMissingReferencedColumn() {
        ForeignKey fk = ForeignKey.of("fk_orders_email", "note", "customers", "mail", FkAction.NO_ACTION);
        assertThatThrownBy(() -> new AddForeignKey("orders", fk).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessage("column customers.mail does not exist");
    }

    @Test
    void addColumnRefusesExistingColumnAndMissingEnumNamingTheTable() {
        assertThatThrownBy(() -> new AddColumn("orders", Column.optional("note", LogicalType.TEXT)).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessage("column orders.note already exists");
        assertThatThrownBy(() -> new AddColumn("orders", Column.optional("mood", LogicalType.enumOf("mood"))).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("orders").hasMessageContaining("enum type mood");
    }

    @Test
    void createTableRefusesConstraintNameUsedByAnotherTable() {
        var copy = Shop.schema().requireTable("customers").withName("clients");
        assertThatThrownBy(() -> new CreateTable(copy).apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("clients").hasMessageContaining("ix_customers_email");
    }
}
