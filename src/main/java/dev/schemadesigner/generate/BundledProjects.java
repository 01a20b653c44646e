package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GenerationContext.BaseModel;
import dev.schemadesigner.generate.GenerationContext.NamingConvention;
import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import dev.schemadesigner.generate.GenerationContext.Paths;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled Customer Feedback Analyzer of the skill: its schema, its models, Alembic environment
 * and initial revision (resources under {@code projects/customer-feedback-analyzer/}), so new
 * revisions chain onto {@link #CUSTOMER_FEEDBACK_HEAD}.
 */
public final class BundledProjects {
    private BundledProjects() {}

    public static final String CUSTOMER_FEEDBACK_RESOURCE = "projects/customer-feedback-analyzer/";
    /** The initial revision of the bundled project (creates feedback_analysis and analysis_cache). */
    public static final String CUSTOMER_FEEDBACK_HEAD = "66ca97a22eb4";

    public static Schema customerFeedbackSchema() {
        Table feedback = new Table("feedback_analysis", List.of(
                Column.identity("id", LogicalType.INTEGER),
                Column.required("customer_id", LogicalType.varchar(100)),
                Column.required("comment_text", LogicalType.TEXT),
                Column.optional("user_score", LogicalType.INTEGER),
                Column.optional("sentiment_score", LogicalType.DOUBLE),
                Column.optional("churn_risk", LogicalType.DOUBLE),
                Column.required("created_at", LogicalType.TIMESTAMP),
                Column.optional("updated_at", LogicalType.TIMESTAMP)),
                Optional.of(PrimaryKey.of("id")), List.of(),
                List.of(Index.on("idx_feedback_analysis_customer_id", "customer_id")), List.of(), List.of(), List.of(), Optional.empty());
        Table cache = new Table("analysis_cache", List.of(
                Column.identity("id", LogicalType.INTEGER),
                Column.required("comment_hash", LogicalType.varchar(64)),
                Column.required("cached_result", LogicalType.JSON),
                Column.required("created_at", LogicalType.TIMESTAMP),
                Column.required("expires_at", LogicalType.TIMESTAMP)),
                Optional.of(PrimaryKey.of("id")), List.of(),
                List.of(Index.on("idx_analysis_cache_expires_at", "expires_at")), List.of(),
                List.of(Unique.of("uq_analysis_cache_comment_hash", "comment_hash")), List.of(), Optional.empty());
        return Schema.of(feedback, cache);
    }

    /** The bundled project as it is: classic models, PostgreSQL in production, tables holding data. */
    public static GenerationContext customerFeedbackAnalyzer() {
        return new GenerationContext("Customer Feedback Analyzer", OrmStyle.CLASSIC, Paths.DEFAULT, "app.domain.models",
                BaseModel.DEFAULT, NamingConvention.DEFAULT, customerFeedbackSchema(), Optional.of(CUSTOMER_FEEDBACK_HEAD), true, "postgresql");
    }

    /** The project's existing files (path relative to the project root → content), from the bundled resources. */
    public static List<Artifact> customerFeedbackFiles() {
        List<Artifact> out = new ArrayList<>();
        for (String line : resource("FILES").split("\n")) {
            String path = line.strip();
            if (path.isEmpty()) continue;
            String kind = path.contains("/models/") ? "model" : path.contains("/tests/") ? "test" : "migration";
            out.add(new Artifact(path, "python", kind, resource(path)));
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = BundledProjects.class.getClassLoader().getResourceAsStream(CUSTOMER_FEEDBACK_RESOURCE + path)) {
            if (in == null) throw new IllegalStateException("missing bundled resource " + CUSTOMER_FEEDBACK_RESOURCE + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
