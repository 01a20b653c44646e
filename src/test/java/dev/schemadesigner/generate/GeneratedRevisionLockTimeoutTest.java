package dev.schemadesigner.generate;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.generate.migration.AlembicRevisionGenerator;
import dev.schemadesigner.importer.migration.AlembicImporter;
import dev.schemadesigner.importer.migration.MigrationStep;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated revision keeps lock_timeout in force for the steps after an autocommit_block, which commits the SET LOCAL away. */
class GeneratedRevisionLockTimeoutTest {

    @Test
    void stepsAfterAnAutocommitBlockRunWithLockTimeoutSetAgain() {
        Schema schema = BundledProjects.customerFeedbackSchema();
        GenerationContext ctx = GenerationContext.newProject("Customer Feedback Analyzer", GenerationContext.OrmStyle.CLASSIC)
                .withExisting(schema, Optional.of(BundledProjects.CUSTOMER_FEEDBACK_HEAD)).withPopulated(true);
        ChangeSet changes = new ChangeSet(List.of(
                new AddColumn("feedback_analysis", Column.optional("priority", LogicalType.INTEGER)),
                new CreateIndex("feedback_analysis", Index.on("idx_feedback_analysis_priority", "priority"), true),
                new AddColumn("feedback_analysis", Column.optional("source", LogicalType.TEXT))));
        String revision = new AlembicRevisionGenerator().generate(ctx, changes, "priority and source").stream()
                .filter(a -> a.kind().equals("migration")).reduce((a, b) -> b).orElseThrow().content();
        assertThat(revision).contains("autocommit_block");
        List<MigrationStep> steps = new AlembicImporter().importRevision(revision, "r.py", schema).script().upgrade();
        MigrationStep last = steps.get(steps.size() - 1);
        assertThat(last.op()).isInstanceOf(AddColumn.class);
        assertThat(last.inTransaction()).isTrue();
        assertThat(last.lockTimeoutSet()).as(revision).isTrue();
    }
}
