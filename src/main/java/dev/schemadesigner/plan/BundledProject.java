package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Customer Feedback Analyzer of the skill: PostgreSQL in production, SQLite in development,
 * a {@code BaseModel} with {@code id}, {@code created_at}, {@code updated_at} ({@code DateTime},
 * so timestamps without time zone), and its two tables.
 */
public final class BundledProject {
    private BundledProject() {}

    public static final String NAME = "Customer Feedback Analyzer";

    public static PlanningContext context() {
        return new PlanningContext(NAME, PlanningContext.baseModel(LogicalType.TIMESTAMP), Naming.DEFAULT, "postgresql", "sqlite", Optional.empty());
    }

    public static Schema schema() {
        return new Schema(List.of(
                table("feedback_analysis",
                        Column.required("customer_id", LogicalType.varchar(100)),
                        Column.required("comment_text", LogicalType.TEXT),
                        Column.optional("user_score", LogicalType.INTEGER),
                        Column.optional("sentiment_score", LogicalType.DOUBLE),
                        Column.optional("churn_risk", LogicalType.DOUBLE)),
                table("analysis_cache",
                        Column.required("comment_hash", LogicalType.varchar(64)),
                        Column.required("cached_result", LogicalType.JSON),
                        Column.required("expires_at", LogicalType.TIMESTAMP))), List.of());
    }

    private static Table table(String name, Column... columns) {
        List<Column> base = context().baseColumns();
        List<Column> all = new ArrayList<>(List.of(base.get(0)));
        all.addAll(List.of(columns));
        all.addAll(base.subList(1, base.size()));
        return Table.of(name, all, PrimaryKey.of(base.get(0).name()));
    }
}
