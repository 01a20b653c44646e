package dev.schemadesigner.schema;

import java.util.List;

/** A primary key; more than one column makes it composite. Its name is the database's business. */
public record PrimaryKey(List<String> columns) {
    public PrimaryKey {
        columns = Names.requireColumns(columns, "primary key");
    }

    public static PrimaryKey of(String... columns) { return new PrimaryKey(List.of(columns)); }

    public boolean isComposite() { return columns.size() > 1; }
}
