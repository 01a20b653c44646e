package dev.schemadesigner.schema;

import java.util.List;

/** A named UNIQUE constraint over one or more columns. */
public record Unique(String name, List<String> columns) {
    public Unique {
        Names.require(name, "unique constraint name");
        // a column named twice ("one booking per desk per desk") constrains the same as once, and databases keep it once
        columns = Names.requireColumns(columns, "unique constraint " + name).stream().distinct().toList();
    }

    public static Unique of(String name, String... columns) { return new Unique(name, List.of(columns)); }
}
