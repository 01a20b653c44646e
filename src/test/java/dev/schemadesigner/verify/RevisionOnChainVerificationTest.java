package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.generate.BundledProjects;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn's revision is verified on top of the revisions before it: the setup creates the session's
 * base and runs the earlier revisions, then upgrade, downgrade and upgrade again run this revision
 * alone — on SQLite, PostgreSQL and MariaDB.
 */
class RevisionOnChainVerificationTest {
    private static final Schema BASE = BundledProjects.customerFeedbackSchema();
    private static final String T = "feedback_analysis";
    private static final Verifier VERIFIER = Verifier.of(Optional.of(TestDatabases.postgresUrl()), Optional.of(TestDatabases.mariadbUrl()));

    @Test
    void aRevisionThatNeedsTheEarlierOnesVerifiesOnTopOfThemAndItsDowngradeKeepsThem() {
        // given: an earlier revision adds the column this revision indexes
        ChangeSet earlier = ChangeSet.of(new AddColumn(T, Column.optional("priority", LogicalType.INTEGER)));
        ChangeSet index = ChangeSet.of(new CreateIndex(T, Index.on("idx_feedback_analysis_priority", "priority"), false));

        // when
        List<Verification> verified = VERIFIER.verify(BASE, earlier, index, Cancellation.NONE);

        // then: each step matched the database with its schema; the downgrade's is the base with the earlier column
        assertThat(verified).extracting(Verification::dialect).containsExactly("sqlite", "postgresql", "mariadb");
        assertThat(verified).allSatisfy(v -> {
            assertThat(v.ok()).as(v.toString()).isTrue();
            assertThat(v.steps()).extracting(Verification.Step::name).startsWith("setup", "upgrade", "downgrade", "reupgrade");
        });
    }

    @Test
    void earlierRevisionsThatDoNotApplyAreRefusedBeforeAnyDatabaseIsContacted() {
        ChangeSet broken = ChangeSet.of(new DropColumn(T, "no_such_column"));

        List<Verification> verified = VERIFIER.verify(BASE, broken, ChangeSet.of(), Cancellation.NONE);

        assertThat(verified).allSatisfy(v -> {
            assertThat(v.serverVersion()).isEqualTo("not contacted");
            assertThat(v.steps().get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("revisions before this one do not apply"));
        });
    }
}
