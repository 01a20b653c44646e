package dev.schemadesigner.chat;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each column's type as the project's production database spells it for people ({@link Dialect#readableType}):
 * {@code tables.<table>.<column>} → {@code varchar(100)}, {@code timestamptz}, {@code datetime(6)}. The diagram
 * shows these, so a type is spelled in one place, the dialect.
 */
public record ColumnTypes(String dialect, Map<String, Map<String, String>> tables) {
    /** Replies stored before the types were kept. */
    public static final ColumnTypes NONE = new ColumnTypes("", Map.of());

    public ColumnTypes {
        Objects.requireNonNull(dialect, "dialect");
        tables = tables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    static ColumnTypes of(Schema schema, Dialect dialect) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (Column column : table.columns()) columns.put(column.name(), spelled(dialect, table, column, schema));
            tables.put(table.name(), Collections.unmodifiableMap(columns));
        }
        return new ColumnTypes(dialect.name(), tables);
    }

    /** A type the dialect cannot spell (an enum the schema lacks) is shown as the model names it. */
    private static String spelled(Dialect dialect, Table table, Column column, Schema schema) {
        try {
            return dialect.readableType(table, column, schema);
        } catch (IllegalArgumentException e) {
            return column.type().describe();
        }
    }
}
