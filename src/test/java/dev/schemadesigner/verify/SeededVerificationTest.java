package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification with rows in the tables: a change that only works on empty tables fails with the
 * database's own message, and the {@code data} step says what became of the seeded rows.
 */
class SeededVerificationTest {

    static List<VerifyTarget> targets() { return VerifyTargets.all(); }

    /** A NOT NULL column with neither a default nor a backfill: what a naive migration does. */
    private static ChangeSet naiveNotNullColumn() {
        return ChangeSet.of(new AddColumn("tickets", Column.required("severity", LogicalType.INTEGER)));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aNaiveNotNullColumnOnAPopulatedTableFailsWithTheDatabasesMessage(VerifyTarget target) {
        Verification v = Verifier.verify(target, TicketingSchema.schema(), naiveNotNullColumn());

        assertThat(v.ok()).as(v.summary()).isFalse();
        Verification.Step data = v.step("data").orElseThrow();
        assertThat(data.data().orElseThrow().rowsSeeded()).isEqualTo(150);
        String expected = switch (target.dialect().name()) {
            case "sqlite" -> "NOT NULL constraint failed: _sd_new_tickets.severity";
            case "postgresql" -> "column \"severity\" of relation \"tickets\" contains null values";
            // MariaDB fills the rows with its implicit default (0) and succeeds; the data step names the invented values
            default -> "tickets.severity: 50 existing row(s) got values no step of the change gave them";
        };
        String failed = v.steps().stream().filter(s -> !s.ok()).map(s -> s.name() + ": " + s.error().orElse("")).findFirst().orElseThrow();
        assertThat(failed).as(v.summary()).contains(expected);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void theSameColumnAddedNullableBackfilledThenSetNotNullPassesWithItsFigures(VerifyTarget target) {
        ChangeSet staged = ChangeSet.of(
                new AddColumn("tickets", Column.optional("severity", LogicalType.INTEGER)),
                DataMigration.portable("backfill severity", "UPDATE tickets SET severity = 3 WHERE severity IS NULL", null),
                new AlterColumn("tickets", "severity", LogicalType.INTEGER, false, Optional.empty()));

        Verification v = Verifier.verify(target, TicketingSchema.schema(), staged);

        assertThat(v.ok()).as(v.summary() + " " + v.steps()).isTrue();
        DataFigures figures = v.step("data").orElseThrow().data().orElseThrow();
        DataFigures.TableFigures tickets = figures.tables().stream().filter(t -> t.table().equals("tickets")).findFirst().orElseThrow();
        assertThat(tickets.rowsBefore()).isEqualTo(50);
        assertThat(tickets.rowsAfterUpgrade()).contains(50L);
        assertThat(tickets.rowsAfterDowngrade()).contains(50L);
        assertThat(tickets.nullsAfterUpgrade()).containsEntry("severity", 0L);
        assertThat(tickets.keptEqual()).contains(true);
        assertThat(tickets.restoredEqual()).contains(true);
        assertThat(figures.otherTablesCompared()).isEqualTo(2);
        assertThat(figures.lossy()).anyMatch(l -> l.contains("backfill severity") && l.contains("no downgrade"));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void settingNotNullOnAColumnHoldingNullsFailsWithoutABackfill(VerifyTarget target) {
        ChangeSet naive = ChangeSet.of(new AlterColumn("tickets", "priority", LogicalType.INTEGER, false, Optional.empty()));

        Verification v = Verifier.verify(target, TicketingSchema.schema(), naive);

        assertThat(v.step("upgrade").orElseThrow().ok()).as(v.summary()).isFalse();
        assertThat(v.step("upgrade").orElseThrow().error().orElseThrow()).containsAnyOf("NOT NULL constraint failed", "contains null values",
                "Data truncated for column 'priority'");
    }

    @Test
    void aDroppedColumnIsNamedLossyWithTheValuesItTakes() {
        Verification v = Verifier.verify(VerifyTarget.sqlite(), TicketingSchema.schema(), ChangeSet.of(new DropColumn("tickets", "body")));

        assertThat(v.ok()).as(v.summary() + v.steps()).isTrue();
        DataFigures figures = v.step("data").orElseThrow().data().orElseThrow();
        // every fifth row of a nullable column is NULL: 40 of 50 rows held a value
        assertThat(figures.lossy()).containsExactly("tickets.body: 40 value(s) dropped with the column; the downgrade brings the column back without them");
        DataFigures.TableFigures tickets = figures.tables().get(0);
        assertThat(tickets.keptColumns()).doesNotContain("body").contains("customer_id", "title");
        assertThat(tickets.restoredColumns()).doesNotContain("body");
        assertThat(tickets.restoredEqual()).contains(true);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void droppingARequiredColumnIsDowngradedOverRowsWithAPlaceholderAndNamedLossy(VerifyTarget target) {
        // the downgrade adds title back nullable, fills it with a placeholder, then sets NOT NULL: in one step
        // SQLite and PostgreSQL refuse a NOT NULL column without a default on a table with rows
        ChangeSet drop = ChangeSet.of(new DropColumn("tickets", "title"));

        Verification v = Verifier.verify(target, TicketingSchema.schema(), drop);

        assertThat(v.ok()).as(v.summary() + " " + v.steps()).isTrue();
        assertThat(v.step("downgrade").orElseThrow().ok()).isTrue();
        DataFigures figures = v.step("data").orElseThrow().data().orElseThrow();
        assertThat(figures.lossy()).containsExactly("tickets.title: 50 value(s) dropped with the column; the downgrade brings the column back without them");
        DataFigures.TableFigures tickets = figures.tables().stream().filter(t -> t.table().equals("tickets")).findFirst().orElseThrow();
        assertThat(tickets.rowsAfterDowngrade()).contains(50L);
        assertThat(tickets.restoredEqual()).contains(true);
        assertThat(dev.schemadesigner.dialect.ChangeScript.downgrade(target.dialect(), TicketingSchema.schema(), drop))
                .anySatisfy(p -> assertThat(p.comment()).startsWith("lossy: tickets.title comes back filled with ''"));
    }

    @Test
    void aRenamedColumnKeepsItsValuesUnderTheNewName() {
        Verification v = Verifier.verify(VerifyTarget.postgres(TestDatabases.postgresUrl()), TicketingSchema.schema(),
                ChangeSet.of(new RenameColumn("tickets", "body", "description")));

        assertThat(v.ok()).as(v.summary()).isTrue();
        DataFigures.TableFigures tickets = v.step("data").orElseThrow().data().orElseThrow().tables().get(0);
        assertThat(tickets.keptColumns()).contains("body");
        assertThat(tickets.keptEqual()).contains(true);
        assertThat(tickets.restoredEqual()).contains(true);
    }

    @Test
    void aDataMigrationThatDeletesRowsIsShownWithTheRowsItTook() {
        ChangeSet deletes = ChangeSet.of(DataMigration.portable("drop old tags", "DELETE FROM ticket_tags", null));
        Verification v = Verifier.verify(VerifyTarget.sqlite(), TicketingSchema.schema(), deletes);

        assertThat(v.ok()).as(v.summary()).isTrue();
        DataFigures.TableFigures tags = v.step("data").orElseThrow().data().orElseThrow().tables().stream()
                .filter(t -> t.table().equals("ticket_tags")).findFirst().orElseThrow();
        assertThat(tags.rowsAfterUpgrade()).contains(0L);
        assertThat(tags.problem()).hasValueSatisfying(p -> assertThat(p).contains("data migration"));
    }

    @Test
    void withSeedingTurnedOffTheNaiveColumnPassesOnEmptyTablesAndNoDataStepIsShown() {
        Verification v = Verifier.verify(VerifyTarget.sqlite(), TicketingSchema.schema(), naiveNotNullColumn(), 0);

        assertThat(v.ok()).as(v.summary()).isTrue();
        assertThat(v.step("data")).isEmpty();
    }

    @Test
    void theDataStepTravelsInTheReplyJson() throws Exception {
        Verification v = Verifier.verify(VerifyTarget.sqlite(), TicketingSchema.schema(), ChangeSet.of(new DropColumn("tickets", "title")));

        String json = dev.schemadesigner.json.Json.write(v);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = dev.schemadesigner.json.Json.read(json, Map.class);
        assertThat(json).contains("\"rows_seeded\":150", "\"rows_after_upgrade\":50", "\"lossy\":[\"tickets.title: 50 value(s)");
        assertThat(dev.schemadesigner.json.Json.read(json, Verification.class)).isEqualTo(v);
        assertThat(back).containsKey("steps");
    }

    static Schema schema() { return TicketingSchema.schema(); }
}
