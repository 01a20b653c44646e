package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change requests in the forms people write (issue K, point 1), against an imported help-desk schema:
 * each form becomes the operations it means, whichever way the table and column are named; and a change
 * that cannot apply says what was understood, the words not placed and the nearest change (point 6).
 */
class ChangeFormsTest {

    private static final Schema HELPDESK = read("/plan/change-forms/helpdesk.sql");

    private static Schema read(String resource) {
        try (var in = ChangeFormsTest.class.getResourceAsStream(resource)) {
            return new SqlDdlImporter().importSql(new String(in.readAllBytes(), StandardCharsets.UTF_8), "postgresql").schema();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Plan plan(String message) { return Plans.plan(message, HELPDESK); }

    private static Plan planAbout(String message, String focus) {
        return Plans.plan(message, HELPDESK, PlanningContext.defaults().withFocusTable(focus));
    }

    private static List<Op> ops(String message) {
        Plan plan = plan(message);
        assertThat(plan.question()).as(message).isEmpty();
        return plan.changes().ops();
    }

    private static final DataMigration PRIORITY_NORMAL = DataMigration.portable("backfill tickets.priority where it is NULL",
            "UPDATE tickets SET priority = 'normal' WHERE priority IS NULL", null);
    private static final AlterColumn PRIORITY_NOT_NULL = new AlterColumn("tickets", "priority", LogicalType.varchar(20), false, Optional.empty());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"make tickets.priority NOT NULL, existing rows become 'normal'", "make priority on tickets not null; existing rows get 'normal'",
            "make the priority of tickets required. Existing rows become normal", "priority in tickets must not be null, backfill with 'normal'",
            "make Tickets.Priority mandatory, existing rows become 'normal'", "haz obligatorio priority de tickets, las filas existentes pasan a 'normal'"})
    void notNullWithTheRuleForExistingRowsIsADataMigrationBeforeTheConstraint(String message) {
        assertThat(ops(message)).containsExactly(PRIORITY_NORMAL, PRIORITY_NOT_NULL);
    }

    @Test
    void notNullWithAConditionalRuleInWordsBecomesACase() {
        assertThat(ops("make shipments.state NOT NULL: delivered if delivered_at is set, else pending")).containsExactly(
                DataMigration.portable("backfill shipments.state where it is NULL",
                        "UPDATE shipments SET state = CASE WHEN delivered_at IS NOT NULL THEN 'delivered' ELSE 'pending' END WHERE state IS NULL", null),
                new AlterColumn("shipments", "state", LogicalType.varchar(20), false, Optional.empty()));
    }

    @Test
    void aFocusTableFillsInWhenTheRequestNamesNone() {
        assertThat(planAbout("make priority not null, existing rows become 'normal'", "tickets").changes().ops()).containsExactly(PRIORITY_NORMAL, PRIORITY_NOT_NULL);
        assertThat(planAbout("rename column description to details", "tickets").changes().ops()).containsExactly(new RenameColumn("tickets", "description", "details"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rename column description to details", "rename tickets.description to details", "rename description on tickets to details",
            "rename the description column of tickets to details", "rename description to details in tickets", "renombra la columna description de tickets a details",
            "benenne die spalte description in details um", "rename tickets.descripton to details"})
    void renameAColumnNamedAnyWay(String message) {
        assertThat(ops(message)).containsExactly(new RenameColumn("tickets", "description", "details"));
    }

    @Test
    void renameWhileOldAndNewCodeRunSideBySideIsTheExpandStep() {
        assertThat(ops("rename tickets.description to details; old and new code run side by side for a while")).containsExactly(
                new AddColumn("tickets", dev.schemadesigner.schema.Column.optional("details", LogicalType.TEXT)),
                DataMigration.portable("copy tickets.description into details", "UPDATE tickets SET details = description WHERE details IS NULL", null));
    }

    @Test
    void renameATable() {
        assertThat(ops("rename table brands to labels")).containsExactly(new RenameTable("brands", "labels"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"add an index for looking up tracks by composer", "index tracks by composer", "tracks should be indexed by composer",
            "add an index on tracks.composer_id", "create an index on composer of tracks", "crea un índice en tracks por composer"})
    void indexForALookupNamesTheColumnAsWritten(String message) {
        assertThat(ops(message)).containsExactly(new CreateIndex("tracks", Index.on("idx_tracks_composer_id", "composer_id"), true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index by category and severity", "add an index on (category, severity)", "add a composite index on category, severity",
            "index tickets by category then severity"})
    void multiColumnIndexKeepsEveryColumnInOrder(String message) {
        assertThat(planAbout(message, "tickets").changes().ops())
                .containsExactly(new CreateIndex("tickets", Index.on("idx_tickets_category_severity", "category", "severity"), true));
    }

    @Test
    void uniqueAndPartialIndexes() {
        assertThat(ops("add a unique index on users (email)")).containsExactly(new CreateIndex("users", Index.uniqueOn("uq_users_email", "email"), true));
        Index open = Index.on("idx_tickets_category_open", "category").withWhere("status = 'open'");
        assertThat(ops("index tickets by category, only open ones")).containsExactly(new CreateIndex("tickets", open, true));
        assertThat(ops("add an index on tickets by category where status = 'open'")).containsExactly(new CreateIndex("tickets", open, true));
        assertThat(ops("index tickets by category, only the not archived ones")).containsExactly(new CreateIndex("tickets",
                Index.on("idx_tickets_category_not_archived", "category").withWhere("archived = FALSE"), true));
    }

    @Test
    void aColumnOnEveryTableOfAGroup() {
        assertThat(ops("add a deleted_at column to every table in billing")).containsExactly(
                new AddColumn("billing_invoices", dev.schemadesigner.schema.Column.optional("deleted_at", LogicalType.TIMESTAMPTZ)),
                new AddColumn("billing_payments", dev.schemadesigner.schema.Column.optional("deleted_at", LogicalType.TIMESTAMPTZ)));
        assertThat(ops("add archived_at to all billing tables")).extracting(op -> ((AddColumn) op).table()).containsExactly("billing_invoices", "billing_payments");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"drop the logo field from brands", "remove brands.logo", "drop column logo", "delete the logo column of brands", "get rid of logo on brands",
            "elimina la columna logo de brands", "lösche die spalte logo aus brands"})
    void dropAColumnNamedAnyWay(String message) {
        assertThat(ops(message)).containsExactly(new DropColumn("brands", "logo"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"change tickets.severity to bigint", "change the type of severity in tickets to bigint", "severity on tickets should be a bigint",
            "convert severity of tickets to bigint"})
    void changeAColumnsType(String message) {
        assertThat(ops(message)).containsExactly(new AlterColumn("tickets", "severity", LogicalType.BIGINT, true, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"add a CHECK so that severity stays between 1 and 5 in tickets", "add a check that tickets.severity is between 1 and 5",
            "make sure severity on tickets stays between 5 and 1"})
    void aCheckKeepsAValueBetweenTwoBounds(String message) {
        assertThat(ops(message)).containsExactly(new AddCheck("tickets", new Check("ck_tickets_severity", "severity BETWEEN 1 AND 5"), true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one vote per user per poll", "only one vote per user and poll", "at most one vote for each user per poll"})
    void compositeUniqueFromOnePerPer(String message) {
        assertThat(ops(message)).containsExactly(new AddUnique("votes", new Unique("uq_votes_user_id_poll_id", List.of("user_id", "poll_id"))));
    }

    @Test
    void splitColumnsIntoANewOneToOneTableMovesTheirData() {
        List<Op> ops = ops("move phone and address from customers into a new customer_contacts table");

        Table created = ((CreateTable) ops.get(0)).table();
        assertThat(created.name()).isEqualTo("customer_contacts");
        assertThat(created.columns()).extracting(c -> c.name()).containsExactly("id", "customer_id", "phone", "address", "created_at", "updated_at");
        assertThat(created.uniques()).extracting(Unique::columns).containsExactly(List.of("customer_id"));
        assertThat(ops.get(1)).isInstanceOfSatisfying(DataMigration.class, dm -> {
            assertThat(dm.upgradeFor("postgresql")).isEqualTo("INSERT INTO customer_contacts (customer_id, phone, address) SELECT id, phone, address FROM customers");
            assertThat(dm.reversible()).isTrue();
        });
        assertThat(ops.subList(2, 4)).containsExactly(new DropColumn("customers", "phone"), new DropColumn("customers", "address"));
    }

    @Test
    void mergeATableIntoTheOneItReferences() {
        List<Op> ops = ops("merge customer_notes into customers");

        assertThat(ops).hasSize(4);
        assertThat(ops.subList(0, 2)).extracting(op -> ((AddColumn) op).column().name()).containsExactly("note", "pinned");
        assertThat(ops.get(2)).isInstanceOf(DataMigration.class);
        assertThat(ops.get(3)).isEqualTo(new DropTable("customer_notes"));
    }

    @Test
    void theIssuesFailedExamplesNoLongerAskForAnOnlineShop() {
        assertThat(plan("make tickets.priority NOT NULL").question()).hasValueSatisfying(q -> {
            assertThat(q.text()).contains("make tickets.priority NOT NULL", "does not say what they become").doesNotContain("customers", "orders", "products");
            assertThat(q.assumedRequest()).isEqualTo("make tickets.priority NOT NULL, existing rows become 'unknown'");
        });
        assertThat(ops("rename column description to details")).containsExactly(new RenameColumn("tickets", "description", "details"));
        assertThat(ops("add an index for looking up tracks by composer")).hasSize(1);
        assertThat(ops("drop the logo field from brands")).containsExactly(new DropColumn("brands", "logo"));
    }

    @Test
    void aFailureSaysWhatWasUnderstoodWhichWordsWereNotPlacedAndTheNearestChange() {
        Plan typo = plan("add an index on tickets by categry and sevrity level");

        assertThat(typo.changes().isEmpty()).isTrue();
        assertThat(typo.question()).hasValueSatisfying(q -> {
            assertThat(q.text()).contains("I read this as: add an index", "\"sevrity level\"", "tickets has no column sevrity_level");
            assertThat(q.assumedRequest()).isEqualTo("add an index on tickets by categry and severity");
        });
        Plan group = plan("add a deleted_at column to every table in biling");
        assertThat(group.question()).hasValueSatisfying(q -> {
            assertThat(q.text()).contains("\"biling\"");
            assertThat(q.assumedRequest()).isEqualTo("add a deleted_at column to every table in billing");
        });
        Plan value = plan("make shipments.state not null, existing rows become 'delivred'");
        assertThat(value.question()).hasValueSatisfying(q -> {
            assertThat(q.text()).contains("'delivred' is not one of the values shipments.state allows (pending, delivered, lost)");
            assertThat(q.assumedRequest()).isEqualTo("make shipments.state not null, existing rows become 'delivered'");
        });
    }

    @Test
    void aWordThatIsNothingNearAnyNameOffersNoChangeAndListsTheNames() {
        Plan plan = plan("drop the logo field from tickets");

        assertThat(plan.question()).hasValueSatisfying(q -> {
            assertThat(q.text()).contains("I could not place \"logo\"", "tickets has no column logo", "tickets.priority");
            assertThat(q.assumedRequest()).isEmpty();
        });
    }

    @Test
    void aQualifiedColumnOfATableThatDoesNotExistSaysTheTableIsMissing() {
        Plan plan = Plans.plan("make orders.priority NOT NULL", HELPDESK, PlanningContext.defaults().withFocusTable("tickets"));

        assertThat(plan.changes().isEmpty()).isTrue();
        assertThat(plan.question()).hasValueSatisfying(q ->
                assertThat(q.text()).contains("there is no table orders").doesNotContain("tickets has no column"));
    }
}
