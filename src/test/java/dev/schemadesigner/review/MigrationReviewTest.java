package dev.schemadesigner.review;

import dev.schemadesigner.importer.ImportException;
import dev.schemadesigner.importer.InputTooLargeException;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.AlembicImporter;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.importer.migration.MigrationSyntaxException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The acceptance items of the migration review: the CONCURRENTLY cases, bad input, and partly readable files. */
class MigrationReviewTest {
    private static final String HEAD = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'b2'\ndown_revision = 'b1'\n\n\ndef upgrade():\n";
    private static final String DOWN = "\n\ndef downgrade():\n    op.drop_index('idx_feedback_analysis_user_score', table_name='feedback_analysis')\n";
    private static final String INDEX = "op.create_index('idx_feedback_analysis_user_score', 'feedback_analysis', ['user_score']";

    private final Reviewer reviewer = new Reviewer();

    @Test
    void indexOnExistingTableWithoutConcurrentlyIsFlagged() {
        assertThat(rules(HEAD + "    " + INDEX + ")\n" + DOWN)).contains("create-index-not-concurrently").doesNotContain("concurrently-in-transaction");
    }

    @Test
    void concurrentlyWithoutAutocommitBlockIsFlagged() {
        assertThat(rules(HEAD + "    " + INDEX + ", postgresql_concurrently=True)\n" + DOWN))
                .contains("concurrently-in-transaction").doesNotContain("create-index-not-concurrently");
    }

    @Test
    void concurrentlyInsideAutocommitBlockIsFine() {
        String source = HEAD + "    with op.get_context().autocommit_block():\n        " + INDEX + ", postgresql_concurrently=True)\n" + DOWN;
        assertThat(rules(source)).doesNotContain("concurrently-in-transaction", "create-index-not-concurrently");
    }

    @Test
    void badInputIsAClearError() {
        AlembicImporter alembic = new AlembicImporter();
        assertThatThrownBy(() -> alembic.importRevision("\u0000\u0001\u0002binary", "x.py")).isInstanceOf(ImportException.class)
                .hasMessageContaining("not Python source");
        assertThatThrownBy(() -> alembic.importRevision(HEAD + "    op.drop_table('x'\n", "x.py")).isInstanceOf(MigrationSyntaxException.class)
                .hasMessageContaining("line 9").hasMessageContaining("never closed");
        assertThatThrownBy(() -> alembic.importRevision(HEAD + "    op.drop_table('a')\n      op.drop_table('b')\n", "x.py"))
                .isInstanceOf(MigrationSyntaxException.class).hasMessageContaining("line 10, column 7: unexpected indent");
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        assertThatThrownBy(() -> alembic.importRevision(tenMegabytes, "x.py")).isInstanceOf(InputTooLargeException.class);
        assertThatThrownBy(() -> new SqlMigrationImporter().importScript(tenMegabytes, "x.sql", "postgresql", MigrationFixtures.bundled()))
                .isInstanceOf(InputTooLargeException.class);
        assertThatThrownBy(() -> new SqlMigrationImporter().importScript("\u0000SQLite format 3", "x.sql", "postgresql", MigrationFixtures.bundled()))
                .isInstanceOf(ImportException.class).hasMessageContaining("not SQL text");
    }

    @Test
    void aPartlyReadableFileIsStillReviewedWithAWarningNamingWhatWasSkipped() {
        // given
        String source = HEAD + "    op.drop_column('feedback_analysis', 'comment_text')\n    op.bulk_insert(table, rows)\n    do_something_custom()\n";
        // when
        MigrationImport imported = MigrationFixtures.imported(source, "partial.py");
        List<String> found = rules(source);
        // then
        assertThat(found).contains("drop-column", "missing-downgrade");
        assertThat(imported.warnings()).extracting(w -> w.message())
                .anyMatch(m -> m.contains("op.bulk_insert") && m.contains("skipped"))
                .anyMatch(m -> m.contains("do_something_custom") && m.contains("skipped"));
    }

    @Test
    void sqlMigrationReadsTransactionsLockTimeoutAndDataSteps() {
        String sql = "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE feedback_analysis ADD COLUMN priority integer;\n"
                + "UPDATE feedback_analysis SET priority = 0 WHERE id BETWEEN 1 AND 1000;\nCOMMIT;\n"
                + "CREATE INDEX CONCURRENTLY idx_feedback_analysis_priority ON feedback_analysis (priority);\nGRANT SELECT ON feedback_analysis TO app;\n";
        MigrationImport imported = new SqlMigrationImporter().importScript(sql, "V2__priority.sql", "postgresql", MigrationFixtures.bundled());
        var steps = imported.script().upgrade();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).inTransaction()).isTrue();
        assertThat(steps.get(0).lockTimeoutSet()).isTrue();
        assertThat(steps.get(1).backfill()).isTrue();
        assertThat(steps.get(1).batched()).isTrue();
        assertThat(steps.get(2).inTransaction()).isFalse();
        assertThat(steps.get(2).concurrently()).isTrue();
        assertThat(steps.get(2).line()).isEqualTo(6);
        assertThat(imported.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("GRANT") && m.contains("skipped"));
    }

    @Test
    void schemaReviewsAreUnaffected() {
        ReviewInput schemaOnly = ReviewInput.of(MigrationFixtures.bundled());
        assertThat(reviewer.review(schemaOnly)).noneMatch(f -> Rules.byId(f.rule()).orElseThrow().area() == Area.MIGRATION);
    }

    private List<String> rules(String source) {
        return reviewer.review(MigrationFixtures.input(source, "rev.py")).stream().map(Finding::rule).toList();
    }
}
