package dev.schemadesigner.importer;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The schema while statements are read: tables and enum types in the order they were declared. */
final class SchemaDraft {
    final DdlDialect dialect;
    final Warnings warnings;
    final Map<String, TableDraft> tables = new LinkedHashMap<>();
    final Map<String, EnumType> enums = new LinkedHashMap<>();

    SchemaDraft(DdlDialect dialect, Warnings warnings) {
        this.dialect = dialect;
        this.warnings = warnings;
    }

    Optional<EnumType> enumType(String name) { return Optional.ofNullable(enums.get(name)); }

    Optional<TableDraft> table(String name) { return Optional.ofNullable(tables.get(name)); }

    Schema build() {
        List<Table> built = new ArrayList<>();
        for (TableDraft t : tables.values()) {
            try {
                built.add(t.build(dialect, this::primaryKeyOf, warnings));
            } catch (IllegalArgumentException e) {
                throw new DdlSyntaxException(t.at.line(), t.at.column(), "table " + t.name + " is not valid: " + e.getMessage());
            }
        }
        return new Schema(built, List.copyOf(enums.values()));
    }

    private List<String> primaryKeyOf(String table) {
        TableDraft t = tables.get(table);
        return t == null ? List.of() : t.primaryKey;
    }
}
