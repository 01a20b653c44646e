package dev.schemadesigner.chat;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.DataFigures;
import dev.schemadesigner.verify.Verification;
import dev.schemadesigner.verify.Verifier;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's own migration for a NOT NULL column on a table with rows passes seeded verification
 * on SQLite, PostgreSQL and MariaDB, and the reply carries the data step's figures (the naive
 * single-step form fails: SeededVerificationTest).
 */
class PlannedNotNullColumnOverRowsTest {

    @Test
    void thePlannersNotNullColumnPassesOverSeededRowsWithTheDataFiguresInTheReply() throws Exception {
        Path file = Files.createTempFile("sd-planned-not-null-", ".db");
        file.toFile().deleteOnExit();
        try (Conversation conversation = new Conversation(SessionStore.open("jdbc:sqlite:" + file), IntentDetector.withDefaultSkills(),
                new RulePlanner(), new Reviewer(),
                Verifier.of(Optional.of(TestDatabases.postgresUrl()), Optional.of(TestDatabases.mariadbUrl())))) {

            Reply reply = conversation.chat(Optional.empty(), Optional.empty(), "add a NOT NULL priority column to analysis_cache", StageListener.NONE);

            assertThat(reply.verification()).extracting(Verification::dialect).contains("sqlite", "postgresql", "mariadb");
            for (Verification v : reply.verification()) {
                if (v.step("upgrade").isEmpty()) continue; // generated-code checks carry no data step
                assertThat(v.ok()).as(v.summary() + " " + v.steps()).isTrue();
                DataFigures figures = v.step("data").orElseThrow().data().orElseThrow();
                assertThat(figures.rowsSeeded()).isPositive();
                DataFigures.TableFigures table = figures.tables().stream().filter(t -> t.table().equals("analysis_cache")).findFirst().orElseThrow();
                assertThat(table.rowsBefore()).isPositive();
                assertThat(table.rowsAfterUpgrade()).contains(table.rowsBefore());
                assertThat(table.nullsAfterUpgrade()).containsEntry("priority", 0L);
                assertThat(table.keptEqual()).contains(true);
                assertThat(table.rowsAfterDowngrade()).contains(table.rowsBefore());
                System.out.println("planned NOT NULL column, " + v.dialect() + ": " + figures.summary());
            }
            assertThat(reply.text()).contains("rows seeded");
            System.out.println(reply.text().substring(reply.text().indexOf("### Changes"), reply.text().indexOf("### Review")).strip());
        }
    }
}
