package dev.schemadesigner.importer.migration;

import dev.schemadesigner.importer.ImportWarning;

import java.util.List;
import java.util.Objects;

/** An imported migration and what the importer skipped on the way (each warning names its line and what it skipped). */
public record MigrationImport(MigrationScript script, List<ImportWarning> warnings) {
    public MigrationImport {
        Objects.requireNonNull(script, "script");
        warnings = List.copyOf(warnings);
    }
}
