package dev.schemadesigner.schema;

import java.util.List;

/** Argument checks shared by the schema records. Dialect rules (length, reserved words) live in the dialects. */
final class Names {
    private Names() {}

    static String require(String name, String what) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) throw new IllegalArgumentException(what + " needs at least one column");
        columns.forEach(c -> require(c, what + " column"));
        return List.copyOf(columns);
    }
}
