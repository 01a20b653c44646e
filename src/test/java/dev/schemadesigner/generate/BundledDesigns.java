package dev.schemadesigner.generate;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.generate.Design.DataCheck;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Unique;

import java.util.List;
import java.util.Optional;

/** Designs against the bundled Customer Feedback Analyzer, whose tables hold rows (SEED_ROWS feedback rows). */
public final class BundledDesigns {
    private BundledDesigns() {}

    public static final int SEED_ROWS = 25;

    public static List<Design> all() {
        return List.of(painPointTracking(), customerTimeline(), notNullColumnWithBackfill(), notNullColumnWithPlaceholder(),
                concurrentIndex(), checkOnPopulatedTable(), renameColumn(), foreignKeyToNewTable(), widenColumn(), dropColumn(),
                enumStatusColumn(), feedbackTags(), dropCacheTable(), uniqueOnPopulatedTable(), cacheCleanup());
    }

    /** The skill's example 1. */
    public static Design painPointTracking() {
        var table = Tables.based("pain_points")
                .required("feedback_id", LogicalType.INTEGER)
                .required("category", LogicalType.varchar(50))
                .optional("subcategory", LogicalType.varchar(50))
                .optional("keywords", LogicalType.varchar(500))
                .required("severity", LogicalType.INTEGER)
                .fk(ForeignKey.of("fk_pain_points_feedback_id_feedback_analysis", "feedback_id", "feedback_analysis", "id", FkAction.CASCADE))
                .check("ck_pain_points_severity_range", "severity BETWEEN 1 AND 10")
                .index(Index.on("idx_pain_category", "category"))
                .index(Index.on("idx_pain_severity", "severity"))
                .index(Index.on("idx_pain_feedback_category", "feedback_id", "category"))
                .rel(new Relationship("feedback", "feedback_analysis", false, Optional.of("pain_points"), Optional.empty(), Optional.empty()))
                .build();
        return Design.bundled("pain_point_tracking", ChangeSet.of(new CreateTable(table)));
    }

    /** The skill's example 2: a new table filled from feedback_analysis by a data migration. */
    public static Design customerTimeline() {
        var table = Tables.based("customer_timeline")
                .required("customer_id", LogicalType.varchar(100))
                .optional("feedback_id", LogicalType.INTEGER)
                .required("event_type", LogicalType.varchar(50))
                .optional("event_data", LogicalType.JSON)
                .required("occurred_at", LogicalType.TIMESTAMP)
                .fk(ForeignKey.of("fk_customer_timeline_feedback_id_feedback_analysis", "feedback_id", "feedback_analysis", "id", FkAction.SET_NULL))
                .index(Index.on("idx_customer_timeline", "customer_id", "occurred_at"))
                .index(Index.on("idx_timeline_event_type", "event_type"))
                .index(Index.on("idx_customer_timeline_feedback_id", "feedback_id"))
                .build();
        var copy = DataMigration.portable("copy existing feedback into the timeline",
                "INSERT INTO customer_timeline (customer_id, feedback_id, event_type, occurred_at, created_at, updated_at)\n"
                        + "SELECT customer_id, id, 'FEEDBACK', created_at, created_at, created_at\nFROM feedback_analysis",
                "DELETE FROM customer_timeline WHERE event_type = 'FEEDBACK'");
        return Design.bundled("customer_timeline", ChangeSet.of(new CreateTable(table), copy),
                new DataCheck("SELECT COUNT(*) FROM customer_timeline", SEED_ROWS),
                new DataCheck("SELECT COUNT(*) FROM customer_timeline WHERE event_type = 'FEEDBACK'", SEED_ROWS));
    }

    public static Design notNullColumnWithBackfill() {
        var backfill = DataMigration.portable("channel of existing feedback is web",
                "UPDATE feedback_analysis SET channel = 'web' WHERE channel IS NULL", null);
        return Design.bundled("not_null_column_backfill", ChangeSet.of(
                        new AddColumn("feedback_analysis", Column.required("channel", LogicalType.varchar(20))), backfill),
                new DataCheck("SELECT COUNT(*) FROM feedback_analysis WHERE channel = 'web'", SEED_ROWS));
    }

    public static Design notNullColumnWithPlaceholder() {
        return Design.bundled("not_null_column_placeholder", ChangeSet.of(
                        new AddColumn("feedback_analysis", Column.required("priority", LogicalType.INTEGER))),
                new DataCheck("SELECT COUNT(*) FROM feedback_analysis WHERE priority = 0", SEED_ROWS));
    }

    public static Design concurrentIndex() {
        return Design.bundled("concurrent_index", ChangeSet.of(
                new CreateIndex("feedback_analysis", Index.on("idx_feedback_analysis_customer_created", "customer_id", "created_at")),
                new CreateIndex("feedback_analysis", Index.on("idx_high_churn", "churn_risk").withWhere("churn_risk > 70"))));
    }

    public static Design checkOnPopulatedTable() {
        return Design.bundled("check_on_populated_table", ChangeSet.of(
                new AddCheck("feedback_analysis", new Check("ck_feedback_analysis_user_score_range", "user_score >= 0 AND user_score <= 10"))));
    }

    public static Design renameColumn() {
        return Design.bundled("rename_column", ChangeSet.of(new RenameColumn("feedback_analysis", "comment_text", "comment_body")),
                new DataCheck("SELECT COUNT(*) FROM feedback_analysis WHERE comment_body IS NOT NULL", SEED_ROWS));
    }

    public static Design foreignKeyToNewTable() {
        var agents = Tables.based("agents").required("name", LogicalType.varchar(100)).unique("uq_agents_name", "name").build();
        return Design.bundled("foreign_key_on_populated_table", ChangeSet.of(new CreateTable(agents),
                new AddColumn("feedback_analysis", Column.optional("agent_id", LogicalType.INTEGER)),
                new CreateIndex("feedback_analysis", Index.on("idx_feedback_analysis_agent_id", "agent_id")),
                new AddForeignKey("feedback_analysis", ForeignKey.of("fk_feedback_analysis_agent_id_agents", "agent_id", "agents", "id", FkAction.SET_NULL))));
    }

    public static Design widenColumn() {
        return Design.bundled("widen_column", ChangeSet.of(
                new AlterColumn("analysis_cache", "comment_hash", LogicalType.varchar(128), false, Optional.empty())));
    }

    public static Design dropColumn() {
        return Design.bundled("drop_column", ChangeSet.of(new DropColumn("feedback_analysis", "sentiment_score")));
    }

    public static Design enumStatusColumn() {
        return Design.bundled("enum_status_column", ChangeSet.of(
                        new CreateEnum(EnumType.of("feedback_status", "new", "reviewed", "resolved")),
                        new AddColumn("feedback_analysis", Column.required("status", LogicalType.enumOf("feedback_status")).withDefault(DefaultValue.text("new")))),
                new DataCheck("SELECT COUNT(*) FROM feedback_analysis WHERE status = 'new'", SEED_ROWS));
    }

    public static Design feedbackTags() {
        var tags = Tables.based("feedback_tags")
                .required("feedback_id", LogicalType.INTEGER)
                .required("tag", LogicalType.varchar(40))
                .optional("confidence", LogicalType.DOUBLE)
                .fk(ForeignKey.of("fk_feedback_tags_feedback_id_feedback_analysis", "feedback_id", "feedback_analysis", "id", FkAction.CASCADE))
                .unique("uq_feedback_tags_feedback_id_tag", "feedback_id", "tag")
                .check("ck_feedback_tags_confidence_range", "confidence >= 0 AND confidence <= 1")
                .index(Index.on("idx_feedback_tags_tag", "tag"))
                .build();
        return Design.bundled("feedback_tags", ChangeSet.of(new CreateTable(tags)));
    }

    public static Design uniqueOnPopulatedTable() {
        return Design.bundled("unique_on_populated_table", ChangeSet.of(
                new AddUnique("feedback_analysis", Unique.of("uq_feedback_analysis_customer_id_created_at", "customer_id", "created_at"))));
    }

    /** DropIndex, DropConstraint and RenameTable on a table with rows. */
    public static Design cacheCleanup() {
        return Design.bundled("cache_cleanup", ChangeSet.of(
                        new DropIndex("analysis_cache", "idx_analysis_cache_expires_at"),
                        new DropConstraint("analysis_cache", "uq_analysis_cache_comment_hash"),
                        new RenameTable("analysis_cache", "analysis_results")),
                new DataCheck("SELECT COUNT(*) FROM analysis_results", 3));
    }

    public static Design dropCacheTable() {
        return Design.bundled("drop_cache_table", ChangeSet.of(new DropTable("analysis_cache")));
    }
}
