package dev.schemadesigner.plan;

import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The skill's two worked examples, against the bundled Customer Feedback Analyzer, improved per the skill's own advice. */
class SkillExamplesTest {

    private final RulePlanner planner = new RulePlanner();

    private Plan plan(String message) {
        return planner.plan(new PlanRequest(message, BundledProject.schema(), BundledProject.context()));
    }

    private static Table created(Plan plan, String name) {
        return plan.changes().ops().stream().filter(o -> o instanceof CreateTable c && c.table().name().equals(name))
                .map(o -> ((CreateTable) o).table()).findFirst().orElseThrow();
    }

    @Test
    void painPointTrackingCreatesExampleOneTableWithCheckAndCascade() {
        // when
        Plan plan = plan("Design database schema for pain point tracking");

        // then
        assertThat(plan.question()).isEmpty();
        assertThat(plan.changes().ops()).singleElement().isInstanceOf(CreateTable.class);
        Table t = created(plan, "pain_points");
        assertThat(t.columns()).containsExactly(
                Column.identity("id", LogicalType.INTEGER),
                Column.required("feedback_id", LogicalType.INTEGER),
                Column.required("category", LogicalType.varchar(50)),
                Column.optional("subcategory", LogicalType.varchar(50)),
                Column.optional("keywords", LogicalType.varchar(500)),
                Column.required("severity", LogicalType.INTEGER),
                BundledProject.context().baseColumns().get(1),
                BundledProject.context().baseColumns().get(2));
        assertThat(t.primaryKey().orElseThrow().columns()).containsExactly("id");
        assertThat(t.foreignKeys()).containsExactly(
                ForeignKey.of("fk_pain_points_feedback_id", "feedback_id", "feedback_analysis", "id", FkAction.CASCADE));
        assertThat(t.indexes()).containsExactly(
                Index.on("idx_pain_category", "category"),
                Index.on("idx_pain_severity", "severity"),
                Index.on("idx_pain_feedback_category", "feedback_id", "category"));
        assertThat(t.checks()).containsExactly(
                new Check("ck_pain_points_category", "category IN ('CONNECTIVITY', 'SPEED', 'SUPPORT', 'BILLING')"),
                new Check("ck_pain_points_severity", "severity BETWEEN 1 AND 10"));
        assertThat(t.relationships()).containsExactly(
                new Relationship("feedback", "feedback_analysis", false, Optional.of("pain_points"), Optional.empty(), Optional.empty()));
        assertThat(plan.backReferences()).containsExactly(new BackReference("feedback_analysis",
                new Relationship("pain_points", "pain_points", true, Optional.of("feedback"), Optional.of("all, delete-orphan"), Optional.empty())));
        assertThat(plan.queryPatterns()).contains("SELECT * FROM pain_points WHERE severity >= 7 ORDER BY severity DESC");
    }

    @Test
    void painPointPlanAppliesAndPairsBackPopulatesOnBothSides() {
        Plan plan = plan("Design database schema for pain point tracking");

        Schema after = plan.result(BundledProject.schema());

        Relationship parentSide = after.requireTable("feedback_analysis").relationships().get(0);
        Relationship childSide = after.requireTable("pain_points").relationships().get(0);
        assertThat(parentSide.backPopulates()).contains(childSide.name());
        assertThat(childSide.backPopulates()).contains(parentSide.name());
    }

    @Test
    void customerFeedbackTimelineCreatesExampleTwoTableAndCopiesExistingFeedback() {
        // when
        Plan plan = plan("Add table to track customer feedback timeline");

        // then
        assertThat(plan.question()).isEmpty();
        List<Op> ops = plan.changes().ops();
        assertThat(ops).hasSize(2);
        assertThat(ops.get(0)).isInstanceOf(CreateTable.class);
        Table t = created(plan, "customer_timeline");
        assertThat(t.columns()).containsExactly(
                Column.identity("id", LogicalType.INTEGER),
                Column.required("customer_id", LogicalType.varchar(100)),
                Column.optional("feedback_id", LogicalType.INTEGER),
                Column.required("event_type", LogicalType.varchar(50)),
                Column.optional("event_data", LogicalType.JSON),
                Column.required("occurred_at", LogicalType.TIMESTAMP),
                BundledProject.context().baseColumns().get(1),
                BundledProject.context().baseColumns().get(2));
        assertThat(t.foreignKeys()).containsExactly(
                ForeignKey.of("fk_customer_timeline_feedback_id", "feedback_id", "feedback_analysis", "id", FkAction.SET_NULL));
        assertThat(t.indexes()).containsExactly(
                Index.on("idx_customer_timeline", "customer_id", "occurred_at"),
                Index.on("idx_timeline_event_type", "event_type"),
                Index.on("idx_customer_timeline_feedback_id", "feedback_id"));
        assertThat(t.checks()).containsExactly(
                new Check("ck_customer_timeline_event_type", "event_type IN ('FEEDBACK', 'ESCALATION', 'RESOLVED')"));
        assertThat(t.relationships()).containsExactly(
                new Relationship("feedback", "feedback_analysis", false, Optional.of("customer_timeline"), Optional.empty(), Optional.empty()));
        DataMigration copy = (DataMigration) ops.get(1);
        assertThat(copy.upgradeFor("postgresql")).isEqualTo("INSERT INTO customer_timeline (customer_id, feedback_id, event_type, occurred_at, created_at, updated_at) "
                + "SELECT customer_id, id, 'FEEDBACK', created_at, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM feedback_analysis WHERE customer_id IS NOT NULL");
        assertThat(copy.reversible()).isTrue();
        assertThat(copy.downgradeFor("sqlite")).isEqualTo("DELETE FROM customer_timeline WHERE event_type = 'FEEDBACK'");
        assertThat(plan.changes().apply(BundledProject.schema()).hasTable("customer_timeline")).isTrue();
    }

    @Test
    void addNewTableWordingPlansTheSameTimeline() {
        Plan skill = plan("Add table to track customer feedback timeline");
        Plan reworded = plan("Add new table to track customer feedback timeline");

        assertThat(reworded.changes()).isEqualTo(skill.changes());
        assertThat(reworded.backReferences()).isEqualTo(skill.backReferences());
    }

    @Test
    void timelineWithoutFeedbackTableHasNoBackfill() {
        Plan plan = planner.plan(PlanRequest.of("Add table to track customer feedback timeline", Schema.EMPTY));

        assertThat(plan.changes().ops()).noneMatch(o -> o instanceof DataMigration);
        assertThat(created(plan, "customer_timeline").hasColumn("feedback_id")).isFalse();
    }
}
