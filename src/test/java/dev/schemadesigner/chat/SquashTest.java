package dev.schemadesigner.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which messages ask to squash the session's migrations. */
class SquashTest {

    @Test
    void recognisesSquashAsPeopleWriteIt() {
        assertThat(java.util.List.of("squash", "Squash!", "squash the migrations", "please squash all revisions into one",
                "combine the migrations", "squash my alembic revisions", "collapse this session's migrations into a single revision"))
                .allMatch(Squash::isRequest);
    }

    @Test
    void leavesChangeRequestsThatShareAVerbAlone() {
        assertThat(java.util.List.of("merge tables vendors and suppliers", "combine first_name and last_name into full_name",
                "squash the duplicate rows in contacts", "add a squash_count column to games", "what does squash do?"))
                .noneMatch(Squash::isRequest);
    }
}
