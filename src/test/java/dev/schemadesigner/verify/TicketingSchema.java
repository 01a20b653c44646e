package dev.schemadesigner.verify;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.List;

/** A small help-desk schema every operation is verified against: enum, composite key, FKs, checks, uniques, indexes. */
final class TicketingSchema {
    private TicketingSchema() {}

    static final EnumType TICKET_STATUS = EnumType.of("ticket_status", "open", "pending", "closed");
    static final EnumType LEGACY_KIND = EnumType.of("legacy_kind", "a", "b");

    static Schema schema() {
        Table customers = Table.of("customers", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("email", LogicalType.varchar(255)),
                        Column.required("name", LogicalType.varchar(100)),
                        Column.required("created_at", LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now())),
                PrimaryKey.of("id"))
                .withUnique(Unique.of("uq_customers_email", "email"));
        Table tickets = Table.of("tickets", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("customer_id", LogicalType.BIGINT),
                        Column.required("title", LogicalType.varchar(200)),
                        Column.required("status", LogicalType.enumOf("ticket_status")).withDefault(DefaultValue.text("open")),
                        Column.optional("priority", LogicalType.INTEGER),
                        Column.optional("body", LogicalType.TEXT),
                        Column.required("created_at", LogicalType.TIMESTAMP).withDefault(DefaultValue.now())),
                PrimaryKey.of("id"))
                .withForeignKey(ForeignKey.of("fk_tickets_customer_id", "customer_id", "customers", "id", FkAction.CASCADE))
                .withIndex(Index.on("idx_tickets_customer_id", "customer_id"))
                .withIndex(Index.on("idx_tickets_created_at", "created_at"))
                .withCheck(new Check("ck_tickets_priority", "priority BETWEEN 1 AND 5"));
        Table ticketTags = Table.of("ticket_tags", List.of(
                        Column.required("ticket_id", LogicalType.BIGINT),
                        Column.required("tag", LogicalType.varchar(50))),
                PrimaryKey.of("ticket_id", "tag"))
                .withForeignKey(ForeignKey.of("fk_ticket_tags_ticket_id", "ticket_id", "tickets", "id", FkAction.CASCADE));
        return new Schema(List.of(customers, tickets, ticketTags), List.of(TICKET_STATUS, LEGACY_KIND));
    }
}
