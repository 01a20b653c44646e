package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Four turns, each planned against the schema the turn before produced. */
class ConversationTest {

    @Test
    void fourTurnsDesignThenChangeTheSameTable() {
        // given
        Schema schema = Schema.EMPTY;

        // when: turn 1, design
        Plan design = Plans.plan("Create a table for tickets with subject, email, status: open, pending, closed, and description", schema);
        assertThat(design.changes().ops()).hasSize(2);
        assertThat(design.changes().ops().get(0)).isEqualTo(new CreateEnum(EnumType.of("ticket_status", "open", "pending", "closed")));
        assertThat(((CreateTable) design.changes().ops().get(1)).table().name()).isEqualTo("tickets");
        schema = design.result(schema);

        // turn 2: the table is not named; the conversation is about tickets
        Plan priority = Plans.plan("now add a priority column", schema);
        assertThat(priority.changes().ops()).containsExactly(
                new CreateEnum(EnumType.of("ticket_priority", "low", "medium", "high", "urgent")),
                new AddColumn("tickets", Column.required("priority", LogicalType.enumOf("ticket_priority")).withDefault(DefaultValue.text("medium"))));
        schema = priority.result(schema);

        // turn 3
        Plan index = Plans.plan("add an index on (status, created_at)", schema);
        assertThat(index.changes().ops()).containsExactly(
                new CreateIndex("tickets", Index.on("idx_tickets_status_created_at", "status", "created_at"), true));
        schema = index.result(schema);

        // turn 4
        Plan unique = Plans.plan("make email unique", schema);
        assertThat(unique.changes().ops()).containsExactly(new AddUnique("tickets", Unique.of("uq_tickets_email", "email")));
        schema = unique.result(schema);

        // then
        var tickets = schema.requireTable("tickets");
        assertThat(tickets.columns()).extracting(Column::name)
                .containsExactly("id", "subject", "email", "status", "description", "created_at", "updated_at", "priority");
        assertThat(tickets.indexes()).extracting(Index::name).containsExactly("idx_tickets_status_created_at");
        assertThat(tickets.uniques()).extracting(Unique::name).containsExactly("uq_tickets_email");
    }
}
