package dev.schemadesigner.change;

import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenameTableTest {

    @Test
    void renameTableRetargetsForeignKeysPointingAtIt() {
        Schema after = new RenameTable("customers", "clients").apply(Shop.schema());

        assertThat(after.hasTable("customers")).isFalse();
        assertThat(after.requireTable("orders").foreignKey("fk_orders_customer").map(ForeignKey::referencedTable))
                .contains("clients");
    }

    @Test
    void renameTableRetargetsItsOwnSelfReference() {
        Schema after = new RenameTable("orders", "purchases").apply(Shop.schema());

        assertThat(after.requireTable("purchases").foreignKey("fk_orders_parent").map(ForeignKey::referencedTable))
                .contains("purchases");
    }

    @Test
    void renameTableInverseRenamesBack() {
        Schema before = Shop.schema();
        RenameTable rename = new RenameTable("customers", "clients");

        Schema restored = rename.inverse(before).apply(rename.apply(before));

        assertThat(SchemaDiff.between(before, restored).isEmpty()).isTrue();
    }

    @Test
    void renameTableRefusesNameOfExistingTable() {
        assertThatThrownBy(() -> new RenameTable("customers", "orders").apply(Shop.schema()))
                .isInstanceOf(InvalidChange.class).hasMessageContaining("table orders already exists");
    }
}
