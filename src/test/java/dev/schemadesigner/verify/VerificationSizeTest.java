package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit H3 (1.16, 8.7): verification is bounded by the schema's size, refused above the cap. */
class VerificationSizeTest {

    @Test
    void aSchemaAboveTheCapIsRefusedWithTheCountTheCapAndTheSettingBeforeAnyDatabaseIsContacted() {
        // given: 1,001 tables against the default cap of 1,000
        Schema big = new Schema(IntStream.range(0, 1001).mapToObj(i -> Table.of("t" + i, List.of(Column.identity("id", LogicalType.BIGINT)), PrimaryKey.of("id"))).toList(),
                List.of());
        Verifier verifier = Verifier.of(java.util.Optional.of(TestDatabases.postgresUrl()), java.util.Optional.of(TestDatabases.mariadbUrl()));

        // when
        List<Verification> verifications = verifier.roundTrip(big);

        // then
        assertThat(verifications).hasSize(3).allSatisfy(v -> {
            assertThat(v.ok()).isFalse();
            assertThat(v.serverVersion()).isEqualTo("not contacted");
            assertThat(v.steps()).singleElement().satisfies(step -> assertThat(step.error()).contains(
                    "the schema has 1,001 tables; verification runs on at most 1,000 (SD_VERIFY_MAX_TABLES)"));
        });
    }

    @Test
    void aChangeThatTakesTheSchemaAboveTheCapIsRefusedToo() {
        Schema five = new Schema(IntStream.range(0, 5).mapToObj(i -> Table.of("t" + i, List.of(Column.identity("id", LogicalType.BIGINT)), PrimaryKey.of("id"))).toList(), List.of());
        Verifier verifier = new Verifier(List.of(VerifyTarget.sqlite()), 5);

        List<Verification> verifications = verifier.verify(five, ChangeSet.of(new dev.schemadesigner.change.CreateTable(
                Table.of("t5", List.of(Column.identity("id", LogicalType.BIGINT)), PrimaryKey.of("id")))));

        assertThat(verifications).singleElement().satisfies(v -> assertThat(v.steps().get(0).error())
                .contains("the schema has 6 tables; verification runs on at most 5 (SD_VERIFY_MAX_TABLES)"));
    }

    @Test
    void aTurnOnA300TableProjectVerifiesOnMariaDbWithinTheTurnDeadline() {
        // given: 300 tables with keys, foreign keys, uniques, checks and indexes; the change of audit 8.7
        Schema project = new SqlDdlImporter().importSql(dev.schemadesigner.bench.ImportRenderVerifyBenchmark.generated(300), "postgresql").schema();
        ChangeSet addNotes = ChangeSet.of(new AddColumn("entity_150", Column.of("notes", LogicalType.TEXT, false)
                .withDefault(dev.schemadesigner.schema.DefaultValue.text(""))));
        VerifyTarget mariadb = VerifyTarget.mariadb(TestDatabases.mariadbUrl());

        // when
        long start = System.nanoTime();
        Verification verification = Verifier.verify(mariadb, project, addNotes);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        System.out.println("300-table turn verified on MariaDB in " + took.toMillis() + " ms: " + verification.summary());
        assertThat(verification.ok()).as(verification.diff().toString()).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }
}
