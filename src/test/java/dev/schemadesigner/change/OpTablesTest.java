package dev.schemadesigner.change;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpTablesTest {

    @Test
    void primaryOfRenameTableIsTheOldName() {
        assertThat(OpTables.primary(new RenameTable("customers", "clients"))).contains("customers");
    }

    @Test
    void primaryOfTableOpIsItsTable() {
        assertThat(OpTables.primary(new DropTable("orders"))).contains("orders");
    }

    @Test
    void createTableHasNoPrimaryTableThoughItTouchesOne() {
        CreateTable create = new CreateTable(Shop.schema().requireTable("orders"));

        assertThat(OpTables.of(create)).containsExactly("orders");
        assertThat(OpTables.primary(create)).isEmpty();
    }
}
