package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Short builders for expected models, and the one assertion every importer test makes. */
final class Expect {
    private Expect() {}

    static Column req(String name, LogicalType type) { return Column.required(name, type); }

    static Column opt(String name, LogicalType type) { return Column.optional(name, type); }

    static Column id(String name, LogicalType type) { return Column.identity(name, type); }

    static Column withDefault(Column column, DefaultValue value) { return column.withDefault(value); }

    static Column commented(Column column, String comment) { return column.withComment(Optional.of(comment)); }

    static Index expressionIndex(String name, String... expressions) {
        return new Index(name, Arrays.stream(expressions).map(IndexKey::expression).toList(), false,
                Optional.empty(), List.of(), Optional.empty());
    }

    static void assertSameSchema(Schema expected, Schema actual) {
        SchemaDiff diff = SchemaDiff.between(expected, actual);
        assertThat(diff.differences()).as("differences between expected and introspected schema:%n%s", diff).isEmpty();
    }
}
