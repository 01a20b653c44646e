package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The imported schema and what the importer skipped or approximated on the way. {@code unchecked} names, per table or
 * {@code table.column}, the review rules that would rest on a fact the importer skipped (a primary key that may come
 * from a mixin of another module): a review of this import leaves those rules out there, and a warning says why.
 * {@code jsonAsText} names the {@code table.column}s the source declares {@code json} rather than {@code jsonb}, which the
 * model holds alike.
 */
public record ImportResult(Schema schema, List<ImportWarning> warnings, Map<String, Set<String>> unchecked, Set<String> jsonAsText) {
    public ImportResult {
        jsonAsText = Set.copyOf(jsonAsText);
        Objects.requireNonNull(schema, "schema");
        warnings = List.copyOf(warnings);
        Map<String, Set<String>> copy = new java.util.LinkedHashMap<>();
        unchecked.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        unchecked = java.util.Collections.unmodifiableMap(copy);
    }

    public ImportResult(Schema schema, List<ImportWarning> warnings, Map<String, Set<String>> unchecked) {
        this(schema, warnings, unchecked, Set.of());
    }

    public ImportResult(Schema schema, List<ImportWarning> warnings) {
        this(schema, warnings, Map.of());
    }
}
