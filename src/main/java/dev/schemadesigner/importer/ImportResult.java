package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Objects;

/** The imported schema and what the importer skipped or approximated on the way. */
public record ImportResult(Schema schema, List<ImportWarning> warnings) {
    public ImportResult {
        Objects.requireNonNull(schema, "schema");
        warnings = List.copyOf(warnings);
    }
}
