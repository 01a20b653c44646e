package dev.schemadesigner.importer.migration;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.importer.ImportException;
import dev.schemadesigner.importer.InputTooLargeException;
import dev.schemadesigner.plan.BundledProject;
import dev.schemadesigner.schema.LogicalType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlembicImporterTest {
    private final AlembicImporter importer = new AlembicImporter();

    private static final String REVISION = String.join("\n",
            "\"\"\"add pain points",
            "",
            "Revision ID: a1b2c3",
            "\"\"\"",
            "from alembic import op",
            "import sqlalchemy as sa",
            "from sqlalchemy.dialects import postgresql",
            "",
            "revision = 'a1b2c3'",
            "down_revision = 'f00d'",
            "",
            "def upgrade() -> None:",
            "    op.create_table('pain_points',",
            "        sa.Column('id', sa.Integer(), nullable=False),",
            "        sa.Column('feedback_id', sa.Integer(), sa.ForeignKey('feedback_analysis.id', ondelete='CASCADE'), nullable=False),",
            "        sa.Column('category', sa.String(50), nullable=False),  # a comment (with a paren",
            "        sa.Column('severity', sa.Numeric(12, 2), server_default='0'),",
            "        sa.Column('meta', postgresql.JSONB(), nullable=True),",
            "        sa.Column('status', sa.Enum('open', 'closed', name='pain_status'), nullable=False),",
            "        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),",
            "        sa.PrimaryKeyConstraint('id'),",
            "        sa.CheckConstraint('severity >= 0', name='ck_pain_points_severity'),",
            "    )",
            "    with op.get_context().autocommit_block():",
            "        op.create_index('idx_feedback_analysis_user_score', 'feedback_analysis', ['user_score'],",
            "                        postgresql_concurrently=True)",
            "    with op.batch_alter_table('analysis_cache') as batch_op:",
            "        batch_op.add_column(sa.Column('hits', sa.Integer(), nullable=True))",
            "        batch_op.alter_column('hits', new_column_name='hit_count')",
            "    op.alter_column('feedback_analysis', 'user_score', nullable=False)",
            "    op.execute(\"\"\"UPDATE feedback_analysis SET user_score = 0",
            "                  WHERE user_score IS NULL\"\"\")",
            "    frobnicate(42)",
            "",
            "",
            "def downgrade() -> None:",
            "    pass",
            "");

    @Test
    void readsOperationsWithTheirContext() {
        // when
        MigrationImport result = importer.importRevision(REVISION, "a1b2c3_add_pain_points.py", BundledProject.schema());
        MigrationScript script = result.script();
        // then
        assertThat(script.revision()).contains("a1b2c3");
        assertThat(script.downRevision()).contains("f00d");
        assertThat(script.downgrade()).isEmpty();
        List<MigrationStep> up = script.upgrade();
        assertThat(up).extracting(s -> s.op().getClass().getSimpleName()).containsExactly("CreateEnum", "CreateTable", "CreateIndex",
                "AddColumn", "RenameColumn", "AlterColumn", "DataMigration");
        CreateTable table = (CreateTable) up.get(1).op();
        assertThat(table.table().foreignKeys()).hasSize(1);
        assertThat(table.table().column("severity").orElseThrow().type()).isEqualTo(LogicalType.decimal(12, 2));
        assertThat(up.get(2).inTransaction()).isFalse();
        assertThat(up.get(2).concurrently()).isTrue();
        assertThat(((CreateIndex) up.get(2).op()).concurrently()).isTrue();
        assertThat(up.get(3).batchMode()).isTrue();
        assertThat(((AddColumn) up.get(3).op()).table()).isEqualTo("analysis_cache");
        assertThat(((RenameColumn) up.get(4).op()).to()).isEqualTo("hit_count");
        AlterColumn alter = (AlterColumn) up.get(5).op();
        assertThat(alter.type()).isEqualTo(BundledProject.schema().requireTable("feedback_analysis").column("user_score").orElseThrow().type());
        assertThat(alter.nullable()).isFalse();
        assertThat(up.get(5).inTransaction()).isTrue();
        assertThat(up.get(6).op()).isInstanceOf(DataMigration.class);
        assertThat(up.get(6).backfill()).isTrue();
        assertThat(up.get(6).batched()).isFalse();
        assertThat(up.get(6).line()).isEqualTo(31);
        assertThat(result.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("frobnicate") && m.contains("skipped"));
    }

    @Test
    void unbalancedParenthesesAreASyntaxErrorWithLineAndColumn() {
        String source = "def upgrade():\n    op.add_column('t', sa.Column('x', sa.Integer())\n\ndef downgrade():\n    pass\n";
        assertThatThrownBy(() -> importer.importRevision(source, "bad.py"))
                .isInstanceOf(MigrationSyntaxException.class).hasMessageContaining("line 2, column 18").hasMessageContaining("never closed");
    }

    @Test
    void mismatchedBracketAndBadIndentationAreSyntaxErrors() {
        assertThatThrownBy(() -> importer.importRevision("def upgrade():\n    op.drop_table('t']\n", "bad.py"))
                .isInstanceOf(MigrationSyntaxException.class).hasMessageContaining("line 2").hasMessageContaining("does not match");
        assertThatThrownBy(() -> importer.importRevision("def upgrade():\n        op.drop_table('a')\n    op.drop_table('b')\n", "bad.py"))
                .isInstanceOf(MigrationSyntaxException.class).hasMessageContaining("line 3, column 5").hasMessageContaining("unindent");
        assertThatThrownBy(() -> importer.importRevision("def upgrade():\nop.drop_table('a')\n", "bad.py"))
                .isInstanceOf(MigrationSyntaxException.class).hasMessageContaining("expected an indented block");
        assertThatThrownBy(() -> importer.importRevision("x = 'abc\n", "bad.py"))
                .isInstanceOf(MigrationSyntaxException.class).hasMessageContaining("unterminated string");
    }

    @Test
    void readsAVariantTypeAsItsPortableType() {
        // given: the generated spellings of a BIGINT key that autoincrements on SQLite and of a UUID kept as a string on SQLite
        String source = "revision = 'r1'\ndown_revision = None\n\ndef upgrade():\n    op.create_table('t',\n"
                + "        sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), \"sqlite\"), nullable=False),\n"
                + "        sa.Column('ref', sa.String(length=36).with_variant(postgresql.UUID(as_uuid=False), \"postgresql\"), nullable=False),\n"
                + "        sa.PrimaryKeyConstraint('id'),\n    )\n";
        // when
        CreateTable table = (CreateTable) importer.importRevision(source, "r1.py").script().upgrade().get(0).op();
        // then
        assertThat(table.table().column("id").orElseThrow().type()).isEqualTo(LogicalType.BIGINT);
        assertThat(table.table().column("ref").orElseThrow().type()).isEqualTo(LogicalType.UUID);
    }

    @Test
    void readsAnnotatedRevisionIdentifiersAndTheAliasOfTheBatchTable() {
        // given
        String source = "revision: str = 'r2'\ndown_revision: Union[str, None] = 'r1'\n\ndef upgrade() -> None:\n"
                + "    with op.batch_alter_table('analysis_cache') as batch_op, op.get_context().autocommit_block():\n"
                + "        batch_op.drop_column('hits')\n";
        // when
        MigrationImport result = importer.importRevision(source, "r2.py");
        // then
        assertThat(result.script().revision()).contains("r2");
        assertThat(result.script().downRevision()).contains("r1");
        assertThat(result.script().upgrade()).singleElement().satisfies(s -> assertThat(s.batchMode()).isTrue());
    }

    @Test
    void binaryAndHugeInputsAreRefusedClearly() {
        assertThatThrownBy(() -> importer.importRevision("PK\u0003\u0004\u0000\u0000binary", "x.py"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not Python source").hasMessageContaining("NUL byte");
        String tenMegabytes = "# filler\n".repeat(10 * 1024 * 1024 / 9);
        assertThatThrownBy(() -> importer.importRevision(tenMegabytes, "huge.py"))
                .isInstanceOf(InputTooLargeException.class).hasMessageContaining("limit is 8,000,000 characters");
    }

    @Test
    void aPartlyReadableFileStillYieldsTheStepsItCouldRead() {
        String source = "def upgrade():\n    op.drop_column('feedback_analysis', 'churn_risk')\n    op.create_table(sa.Column('x'))\n"
                + "    helpers.do_magic(op)\n    if True:\n        op.rename_table('analysis_cache', 'cache')\n";
        MigrationImport result = importer.importRevision(source, "partial.py", BundledProject.schema());
        assertThat(result.script().upgrade()).hasSize(2);
        assertThat(result.warnings()).extracting(w -> w.message())
                .anyMatch(m -> m.contains("op.create_table") && m.contains("skipped"))
                .anyMatch(m -> m.contains("helpers.do_magic") && m.contains("skipped"));
    }
}
