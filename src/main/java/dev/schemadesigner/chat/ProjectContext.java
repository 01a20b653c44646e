package dev.schemadesigner.chat;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.generate.BundledProjects;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import dev.schemadesigner.plan.PlanningContext;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The project a session belongs to: its databases (production and development), ORM style,
 * artifact paths and the schema that already exists. The planner, the generators and the verifier
 * each get their view of it from here.
 */
public record ProjectContext(String id, String name, String productionDialect, String developmentDialect, OrmStyle ormStyle,
                             GenerationContext.Paths paths, Schema schema, boolean bundled, java.util.Map<String, Long> rowCounts) {

    public static final String BUNDLED_ID = "customer-feedback-analyzer";

    public ProjectContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(productionDialect, "productionDialect");
        Objects.requireNonNull(developmentDialect, "developmentDialect");
        Objects.requireNonNull(ormStyle, "ormStyle");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(schema, "schema");
        rowCounts = rowCounts == null ? java.util.Map.of() : java.util.Map.copyOf(rowCounts);
    }

    public ProjectContext(String id, String name, String productionDialect, String developmentDialect, OrmStyle ormStyle,
                          GenerationContext.Paths paths, Schema schema, boolean bundled) {
        this(id, name, productionDialect, developmentDialect, ormStyle, paths, schema, bundled, java.util.Map.of());
    }

    /** The skill's Customer Feedback Analyzer: PostgreSQL in production, SQLite in development, classic SQLAlchemy. */
    public static ProjectContext customerFeedbackAnalyzer() {
        GenerationContext g = BundledProjects.customerFeedbackAnalyzer();
        return new ProjectContext(BUNDLED_ID, g.projectName(), "postgresql", "sqlite", g.ormStyle(), g.paths(), g.existingSchema(), true);
    }

    public GenerationContext generationContext() {
        if (bundled) return BundledProjects.customerFeedbackAnalyzer();
        return GenerationContext.newProject(name, ormStyle).withExisting(schema, Optional.empty()).withPopulated(!schema.tables().isEmpty());
    }

    /**
     * The planner follows the project's base model exactly as the generators declare it, so every
     * new table inherits {@code BaseModel} in the generated code instead of repeating its columns.
     */
    public PlanningContext planningContext() {
        List<Column> base = generationContext().baseModel().columns().stream()
                .map(b -> b.primaryKey() ? Column.identity(b.name(), b.type()) : Column.of(b.name(), b.type(), b.nullable()))
                .toList();
        return new PlanningContext(name, base, PlanningContext.defaults().naming(), productionDialect, developmentDialect, Optional.empty());
    }

    public static OrmStyle ormStyle(String text) {
        String key = text == null ? "sqlalchemy2" : text.trim().toLowerCase(Locale.ROOT);
        if (key.equals("sqlalchemy2") || key.equals("sqlalchemy 2") || key.equals("typed")) return OrmStyle.SQLALCHEMY2;
        if (key.equals("classic")) return OrmStyle.CLASSIC;
        throw new UserFacingException(ErrorCode.INVALID_SETTING, "unknown orm_style '" + text + "': expected sqlalchemy2 or classic");
    }

    /** The same project as it was when a session started: its schema then. */
    public ProjectContext withSchema(Schema value) {
        return new ProjectContext(id, name, productionDialect, developmentDialect, ormStyle, paths, value, bundled);
    }

    public String ormStyleName() { return ormStyle == OrmStyle.CLASSIC ? "classic" : "sqlalchemy2"; }
}
