package dev.schemadesigner.schema;

import java.util.List;

/** A named UNIQUE constraint over one or more columns. */
public record Unique(String name, List<String> columns) {
    public Unique {
        Names.require(name, "unique constraint name");
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }

    public static Unique of(String name, String... columns) { return new Unique(name, List.of(columns)); }
}
