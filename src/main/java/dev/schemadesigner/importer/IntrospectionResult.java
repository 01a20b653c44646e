package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Objects;

/**
 * A schema read from a live database, with what could not be represented exactly: a column of a
 * type outside the model (PostgreSQL {@code inet}, arrays) read as the closest type, a constraint
 * without a name given one, a feature the model does not carry dropped.
 */
public record IntrospectionResult(Schema schema, List<String> warnings) {
    public IntrospectionResult {
        Objects.requireNonNull(schema, "schema");
        warnings = List.copyOf(warnings);
    }
}
