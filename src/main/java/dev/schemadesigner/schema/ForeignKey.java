package dev.schemadesigner.schema;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.List;
import java.util.Objects;

public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         FkAction onDelete, FkAction onUpdate) {
    public ForeignKey {
        Names.require(name, "foreign key name");
        columns = Names.requireColumns(columns, "foreign key " + name);
        Names.require(referencedTable, "foreign key " + name + " referenced table");
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name + " reference");
        if (columns.size() != referencedColumns.size()) {
            throw new UserFacingException(ErrorCode.INVALID_SCHEMA, "foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    public static ForeignKey of(String name, String column, String referencedTable, String referencedColumn, FkAction onDelete) {
        return new ForeignKey(name, List.of(column), referencedTable, List.of(referencedColumn), onDelete, FkAction.NO_ACTION);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    public ForeignKey withReferencedTable(String table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    public ForeignKey withReferencedColumns(List<String> newColumns) {
        return new ForeignKey(name, columns, referencedTable, newColumns, onDelete, onUpdate);
    }

    public ForeignKey withActions(FkAction newOnDelete, FkAction newOnUpdate) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, newOnDelete, newOnUpdate);
    }
}
