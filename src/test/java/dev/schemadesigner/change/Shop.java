package dev.schemadesigner.change;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.List;

/** A small shop schema the example tests share: a referenced table, a self-reference, an enum, expressions. */
final class Shop {
    private Shop() {}

    static Schema schema() {
        Table customers = Table.of("customers", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("email", LogicalType.varchar(200)),
                        Column.optional("name", LogicalType.TEXT),
                        Column.optional("nickname", LogicalType.TEXT)), PrimaryKey.of("id"))
                .withIndex(Index.uniqueOn("ix_customers_email", "email"))
                .withIndex(new Index("ix_customers_lower_name", List.of(IndexKey.expression("lower(name)")), false,
                        java.util.Optional.empty(), List.of(), java.util.Optional.empty()))
                .withCheck(new Check("ck_customers_email", "length(email) > 3"));
        Table orders = Table.of("orders", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("customer_id", LogicalType.BIGINT),
                        Column.required("status", LogicalType.enumOf("order_status")).withDefault(DefaultValue.text("open")),
                        Column.required("total", LogicalType.decimal(12, 2)).withDefault(DefaultValue.number("0")),
                        Column.optional("parent_id", LogicalType.BIGINT),
                        Column.optional("note", LogicalType.TEXT)), PrimaryKey.of("id"))
                .withForeignKey(ForeignKey.of("fk_orders_customer", "customer_id", "customers", "id", FkAction.CASCADE))
                .withForeignKey(ForeignKey.of("fk_orders_parent", "parent_id", "orders", "id", FkAction.SET_NULL))
                .withIndex(Index.on("ix_orders_customer", "customer_id").withInclude(List.of("total")))
                .withIndex(Index.on("ix_orders_open", "customer_id", "status").withWhere("status = 'open'"))
                .withUnique(Unique.of("uq_orders_customer_parent", "customer_id", "parent_id"));
        return new Schema(List.of(customers, orders), List.of(EnumType.of("order_status", "open", "paid", "shipped")));
    }
}
