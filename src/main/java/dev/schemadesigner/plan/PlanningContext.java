package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project conventions a plan follows: the base-model columns every new table gets (the first
 * one is the primary key), the naming convention, the dialects, and the table the conversation is
 * about ({@code focusTable}) for requests that do not name one.
 */
public record PlanningContext(String projectName, List<Column> baseColumns, Naming naming, String productionDialect,
                              String developmentDialect, Optional<String> focusTable) {

    public PlanningContext {
        Objects.requireNonNull(projectName, "projectName");
        baseColumns = List.copyOf(baseColumns);
        if (baseColumns.isEmpty()) throw new IllegalArgumentException("the base model needs at least its primary key column");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(productionDialect, "productionDialect");
        Objects.requireNonNull(developmentDialect, "developmentDialect");
        Objects.requireNonNull(focusTable, "focusTable");
    }

    /** A new project: PostgreSQL + SQLite, {@code id} identity, timezone-aware timestamps. */
    public static PlanningContext defaults() {
        return new PlanningContext("new project", baseModel(LogicalType.TIMESTAMPTZ), Naming.DEFAULT, "postgresql", "sqlite", Optional.empty());
    }

    /** {@code id}, {@code created_at}, {@code updated_at} with the given timestamp type. */
    public static List<Column> baseModel(LogicalType timestamp) {
        return List.of(Column.identity("id", LogicalType.INTEGER),
                Column.required("created_at", timestamp).withDefault(DefaultValue.now()),
                Column.required("updated_at", timestamp).withDefault(DefaultValue.now()));
    }

    public PlanningContext withFocusTable(String table) {
        return new PlanningContext(projectName, baseColumns, naming, productionDialect, developmentDialect, Optional.ofNullable(table));
    }

    public Column primaryKey() { return baseColumns.get(0); }

    /** The type new {@code *_at} columns get: the base model's own timestamp type, so a table reads like its neighbours. */
    public LogicalType timestampType() {
        return baseColumns.stream().map(Column::type).filter(t -> t instanceof LogicalType.Timestamp).findFirst().orElse(LogicalType.TIMESTAMPTZ);
    }
}
