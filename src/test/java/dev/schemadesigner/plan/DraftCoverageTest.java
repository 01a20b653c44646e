package dev.schemadesigner.plan;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a plan left out of the request: named tables, columns and enum values, checked against the schema it produces. */
class DraftCoverageTest {

    private static final String TICKETS = "Create a tickets table with subject, severity and status: open, pending, closed";

    private static Schema withTickets(Table tickets) { return new ChangeSet(java.util.List.of(new CreateTable(tickets))).apply(Schema.EMPTY); }

    private static Table tickets(String first, String second, String statusCheck) {
        return Table.of("tickets", java.util.List.of(Column.identity("id", LogicalType.INTEGER), Column.required(first, LogicalType.varchar(200)),
                Column.optional(second, LogicalType.INTEGER), Column.required("status", LogicalType.varchar(20))), PrimaryKey.of("id"))
                .withChecks(java.util.List.of(new Check("ck_tickets_status", statusCheck)));
    }

    @Test
    void aPlanThatKeepsEveryNameAndValueMissesNothing() {
        Schema after = withTickets(tickets("subject", "severity", "status IN ('open', 'pending', 'closed')"));

        assertThat(DraftCoverage.missing(TICKETS, after)).isEmpty();
    }

    @Test
    void renamedColumnsAndChangedValuesAreNamed() {
        Schema after = withTickets(tickets("title", "priority", "status IN ('OPEN', 'CLOSED')"));

        assertThat(DraftCoverage.missing(TICKETS, after)).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("column subject"),
                p -> assertThat(p).contains("column severity"),
                p -> assertThat(p).contains("missing verbatim: open, pending, closed"));
    }

    @Test
    void aMissingTableIsNamed() {
        assertThat(DraftCoverage.missing(TICKETS, Schema.EMPTY)).singleElement().asString().contains("table tickets");
    }
}
