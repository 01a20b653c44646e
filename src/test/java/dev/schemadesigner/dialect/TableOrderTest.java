package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableOrderTest {

    private static Table table(String name, String... references) {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.identity("id", LogicalType.INTEGER)));
        List<ForeignKey> fks = new java.util.ArrayList<>();
        for (String target : references) {
            columns.add(Column.optional(target + "_id", LogicalType.INTEGER));
            fks.add(ForeignKey.of("fk_" + name + "_" + target, target + "_id", target, "id", FkAction.NO_ACTION));
        }
        return Fixtures.table(name, columns, PrimaryKey.of("id"), fks, List.of(), List.of(), List.of(), null);
    }

    @Test
    void createsReferencedTablesFirstAndKeepsSelfReferencesInline() {
        Schema schema = Schema.of(table("ticket", "account", "ticket"), table("account"));

        TableOrder order = TableOrder.of(schema);

        assertThat(order.tables()).extracting(Table::name).containsExactly("account", "ticket");
        assertThat(order.deferred()).isEmpty();
    }

    @Test
    void defersOnlyTheForeignKeyThatClosesACycle() {
        Schema schema = Schema.of(table("a", "b"), table("b", "c"), table("c", "b"));

        TableOrder order = TableOrder.of(schema);

        assertThat(order.tables()).extracting(Table::name).containsExactly("b", "a", "c");
        assertThat(order.deferred()).containsOnlyKeys("b");
        assertThat(order.deferredOf("b")).extracting(ForeignKey::name).containsExactly("fk_b_c");
    }
}
