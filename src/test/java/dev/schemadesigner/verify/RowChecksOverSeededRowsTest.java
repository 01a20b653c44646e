package dev.schemadesigner.verify;

import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.RowCheck;
import dev.schemadesigner.change.RowChecks;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unique constraint or a narrowing type change on a table with rows checks the rows first: seeded
 * rows that break it stop the upgrade with the check's message (table, columns, the limit, how many
 * values and one of them), on each database; rows that hold let it pass.
 * <p>
 * How the rows come to break it: the seeder keeps values distinct where nothing says otherwise
 * ({@code title_0}, {@code title_1}, …), so a unique on such a column passes, as it should for a
 * column the change merely declares unique. It repeats values where the column's domain is smaller
 * than the rows, as real data does: a column filled by its default (every ticket {@code open}), a
 * CHECK's range (priority 1..5), an enum; and it follows a CHECK's bounds (values from 3,000,000,000
 * up). The failing cases make those columns unique or narrow them; nothing is planted for the test.
 */
class RowChecksOverSeededRowsTest {

    static List<VerifyTarget> targets() { return VerifyTargets.all(); }

    static final EnumType KIND = EnumType.of("measure_kind", "a", "b");

    /** Columns whose seeded values break a narrower type, and columns whose values fit one. */
    static Schema measures() {
        Table measures = Table.of("measures", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("big", LogicalType.BIGINT),
                        Column.required("small", LogicalType.BIGINT),
                        Column.required("amount", LogicalType.decimal(10, 4)),
                        Column.optional("label", LogicalType.TEXT),
                        Column.optional("code", LogicalType.varchar(20))),
                PrimaryKey.of("id"))
                .withCheck(new Check("ck_measures_big", "big >= 3000000000"))
                .withCheck(new Check("ck_measures_code", "code IN ('a', 'b')"));
        return new Schema(List.of(measures), List.of(KIND));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aUniqueOverRepeatedValuesStopsWithTheTableColumnsAndADuplicate(VerifyTarget target) {
        // every seeded ticket is 'open' (the column's default)
        AddUnique unique = new AddUnique("tickets", Unique.of("uq_tickets_status", "status"));

        Verification v = Verifier.verify(target, TicketingSchema.schema(), ChangeSet.of(unique));

        assertUpgradeStopped(v, "cannot add unique uq_tickets_status: tickets (status) holds 1 duplicated value(s), e.g. \"open\"; make them distinct first");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aUniqueIndexOverACheckedRangeStopsToo(VerifyTarget target) {
        // priority BETWEEN 1 AND 5 over 50 rows, every fifth NULL (NULLs never clash)
        CreateIndex unique = new CreateIndex("tickets", Index.uniqueOn("uq_tickets_priority", "priority"));

        Verification v = Verifier.verify(target, TicketingSchema.schema(), ChangeSet.of(unique));

        assertUpgradeStopped(v, "cannot add unique uq_tickets_priority: tickets (priority) holds ");
        assertThat(upgradeError(v)).contains(" duplicated value(s), e.g. \"1\"");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aUniqueOverDistinctValuesPassesWithItsCheckRun(VerifyTarget target) {
        ChangeSet changes = ChangeSet.of(new AddUnique("tickets", Unique.of("uq_tickets_customer_title", "customer_id", "title")));

        Verification v = Verifier.verify(target, TicketingSchema.schema(), changes);

        assertThat(v.ok()).as(v.summary() + " " + v.steps()).isTrue();
        assertThat(Verifier.statements(target.dialect(), TicketingSchema.schema(), changes).get(0)).contains("HAVING COUNT(*) > 1");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aShorterStringStopsOnLongerValues(VerifyTarget target) {
        Verification v = Verifier.verify(target, TicketingSchema.schema(), ChangeSet.of(
                new AlterColumn("tickets", "title", LogicalType.varchar(5), false, Optional.empty())));

        assertUpgradeStopped(v, "cannot change tickets.title to string(5): 50 value(s) longer than 5 characters, e.g. \"title_0\"; change them first");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aNarrowerIntegerStopsOnValuesOutsideItsRange(VerifyTarget target) {
        Verification v = Verifier.verify(target, measures(), ChangeSet.of(new AlterColumn("measures", "big", LogicalType.INTEGER, false, Optional.empty())));

        assertUpgradeStopped(v, "cannot change measures.big to integer: 50 value(s) outside -2147483648..2147483647, e.g. \"3000000000\"");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void aSmallerScaleStopsOnValuesItWouldRound(VerifyTarget target) {
        Verification v = Verifier.verify(target, measures(), ChangeSet.of(
                new AlterColumn("measures", "amount", LogicalType.decimal(10, 0), false, Optional.empty())));

        assertUpgradeStopped(v, "cannot change measures.amount to numeric(10,0): 50 value(s) with more than 10 digit(s) before the point or 0 after it, e.g. \"1.5");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void textBecomingAnEnumStopsOnValuesOutsideIt(VerifyTarget target) {
        Verification v = Verifier.verify(target, measures(), ChangeSet.of(
                new AlterColumn("measures", "label", LogicalType.enumOf("measure_kind"), true, Optional.empty())));

        // every fifth row is NULL: 40 values, none of them 'a' or 'b'
        assertUpgradeStopped(v, "cannot change measures.label to enum(measure_kind): 40 value(s) not among \"a\", \"b\", e.g. \"label_0\"");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void narrowingsThatEveryValueFitsPass(VerifyTarget target) {
        ChangeSet fits = ChangeSet.of(
                new AlterColumn("measures", "small", LogicalType.INTEGER, false, Optional.empty()),
                new AlterColumn("measures", "amount", LogicalType.decimal(8, 2), false, Optional.empty()),
                new AlterColumn("measures", "code", LogicalType.enumOf("measure_kind"), true, Optional.empty()));

        Verification v = Verifier.verify(target, measures(), fits);

        assertThat(v.ok()).as(v.summary() + " " + v.steps()).isTrue();
        assertThat(RowChecks.of(fits.ops().get(0), measures())).singleElement().isInstanceOf(RowCheck.ValuesFit.class);
    }

    private static void assertUpgradeStopped(Verification v, String message) {
        assertThat(v.ok()).as(v.summary()).isFalse();
        assertThat(v.step("upgrade")).as(v.summary() + " " + v.steps()).hasValueSatisfying(s -> assertThat(s.ok()).isFalse());
        assertThat(upgradeError(v)).contains(message);
    }

    private static String upgradeError(Verification v) { return v.step("upgrade").orElseThrow().error().orElse(""); }
}
