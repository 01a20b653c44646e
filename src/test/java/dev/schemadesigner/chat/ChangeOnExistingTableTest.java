package dev.schemadesigner.chat;

import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.Verifier;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A change on an existing table of the bundled project, through the whole turn (verified on SQLite). */
class ChangeOnExistingTableTest {

    @Test
    void addingAColumnToAnExistingTableWithoutTimestampsDoesNotAddThemToItOrAnyOtherTable() throws Exception {
        // given: the bundled project, whose analysis_cache has no updated_at
        Path file = Files.createTempFile("sd-change-existing-", ".db");
        file.toFile().deleteOnExit();
        try (Conversation conversation = new Conversation(SessionStore.open("jdbc:sqlite:" + file), IntentDetector.withDefaultSkills(),
                new RulePlanner(), new Reviewer(), Verifier.of(Optional.empty(), Optional.empty()))) {
            Schema project = conversation.project(ProjectContext.BUNDLED_ID).schema();
            assertThat(project.requireTable("analysis_cache").hasColumn("updated_at")).isFalse();

            // when
            Reply reply = conversation.chat(Optional.empty(), Optional.empty(), "add a NOT NULL priority column to analysis_cache", StageListener.NONE);

            // then
            assertThat(reply.verified()).isTrue();
            assertThat(reply.plan().autoFixed()).isEmpty();
            java.util.List<String> columns = new java.util.ArrayList<>(project.requireTable("analysis_cache").columns().stream().map(Column::name).toList());
            columns.add("priority");
            assertThat(reply.schema().requireTable("analysis_cache").columns()).extracting(Column::name).containsExactlyElementsOf(columns);
            for (var table : project.tables()) {
                if (!table.name().equals("analysis_cache")) assertThat(reply.schema().requireTable(table.name())).isEqualTo(table);
            }
            assertThat(reply.findings()).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo("missing-timestamps");
                assertThat(f.object()).isEqualTo("analysis_cache");
                assertThat(f.fix()).isPresent();
            });
        }
    }
}
