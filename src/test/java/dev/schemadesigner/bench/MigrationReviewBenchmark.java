package dev.schemadesigner.bench;

import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.AlembicImporter;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Time to import and review 100 generated migration files (50 Alembic revisions, 50 SQL
 * migrations) against the bundled Customer Feedback Analyzer. Run: {@code mvn -q test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.schemadesigner.bench.MigrationReviewBenchmark}.
 */
public final class MigrationReviewBenchmark {
    public static void main(String[] args) throws IOException {
        Schema before;
        try (InputStream in = MigrationReviewBenchmark.class.getResourceAsStream("/projects/ddl/customer-feedback-analyzer.postgresql.sql")) {
            before = new SqlDdlImporter().importSql(new String(in.readAllBytes(), StandardCharsets.UTF_8), "postgresql").schema();
        }
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) files.add(i % 2 == 0 ? alembic(i) : sql(i));
        Reviewer reviewer = new Reviewer();
        for (int round = 0; round < 3; round++) run(files, before, reviewer); // warm up
        long start = System.nanoTime();
        int findings = run(files, before, reviewer);
        long elapsed = System.nanoTime() - start;
        System.out.printf("import + review of %d migration files: %.1f ms (%d findings)%n", files.size(), elapsed / 1e6, findings);
    }

    private static int run(List<String> files, Schema before, Reviewer reviewer) {
        int findings = 0;
        for (int i = 0; i < files.size(); i++) {
            MigrationImport m = i % 2 == 0 ? new AlembicImporter().importRevision(files.get(i), "r" + i + ".py", before)
                    : new SqlMigrationImporter().importScript(files.get(i), "V" + i + ".sql", "postgresql", before);
            findings += reviewer.review(ReviewInput.of(before).withMigration(m.script(), before)).size();
        }
        return findings;
    }

    private static String alembic(int i) {
        return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'r" + i + "'\ndown_revision = 'r" + (i - 1) + "'\n\n\n"
                + "def upgrade() -> None:\n"
                + "    op.create_table('t" + i + "',\n        sa.Column('id', sa.Integer(), primary_key=True),\n"
                + "        sa.Column('feedback_id', sa.Integer(), sa.ForeignKey('feedback_analysis.id', ondelete='CASCADE'), nullable=False),\n"
                + "        sa.Column('label', sa.String(50), nullable=False),\n    )\n"
                + "    op.add_column('feedback_analysis', sa.Column('c" + i + "', sa.Integer(), nullable=True))\n"
                + "    with op.get_context().autocommit_block():\n"
                + "        op.create_index('idx_fa_c" + i + "', 'feedback_analysis', ['c" + i + "'], postgresql_concurrently=True)\n"
                + "    op.execute(\"UPDATE feedback_analysis SET c" + i + " = 0\")\n\n\n"
                + "def downgrade() -> None:\n    op.drop_index('idx_fa_c" + i + "', table_name='feedback_analysis')\n"
                + "    op.drop_column('feedback_analysis', 'c" + i + "')\n    op.drop_table('t" + i + "')\n";
    }

    private static String sql(int i) {
        return "-- migrate:up\nBEGIN;\nSET LOCAL lock_timeout = '5s';\nCREATE TABLE t" + i + " (id integer PRIMARY KEY, label varchar(50) NOT NULL);\n"
                + "ALTER TABLE feedback_analysis ADD COLUMN c" + i + " integer;\nALTER TABLE feedback_analysis ALTER COLUMN c" + i + " SET NOT NULL;\n"
                + "COMMIT;\nCREATE INDEX CONCURRENTLY idx_fa_c" + i + " ON feedback_analysis (c" + i + ");\n"
                + "-- migrate:down\nDROP INDEX idx_fa_c" + i + ";\nALTER TABLE feedback_analysis DROP COLUMN c" + i + ";\nDROP TABLE t" + i + ";\n";
    }
}
