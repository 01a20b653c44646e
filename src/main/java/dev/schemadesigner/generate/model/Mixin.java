package dev.schemadesigner.generate.model;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.List;
import java.util.Optional;

/**
 * The skill's common patterns as mixin classes in base.py: a table that has exactly their columns
 * uses the mixin instead of declaring them (soft delete, audit trail, optimistic versioning).
 */
public enum Mixin {
    SOFT_DELETE("SoftDeleteMixin", List.of(Column.optional("deleted_at", LogicalType.TIMESTAMP))),
    AUDIT("AuditMixin", List.of(Column.optional("created_by", LogicalType.varchar(100)), Column.optional("updated_by", LogicalType.varchar(100)))),
    VERSIONED("VersionedMixin", List.of(Column.required("version", LogicalType.INTEGER).withDefault(Optional.of(DefaultValue.number("1")))));

    private final String className;
    private final List<Column> columns;

    Mixin(String className, List<Column> columns) {
        this.className = className;
        this.columns = columns;
    }

    public String className() { return className; }

    public List<Column> columns() { return columns; }

    public boolean fits(Table t) { return columns.stream().allMatch(c -> t.column(c.name()).map(c::equals).orElse(false)); }

    public boolean declares(String column) { return columns.stream().anyMatch(c -> c.name().equals(column)); }
}
