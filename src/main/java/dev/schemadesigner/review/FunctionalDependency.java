package dev.schemadesigner.review;

import java.util.List;
import java.util.Objects;

/**
 * A functional dependency measured on sampled rows: in {@code table}, every value of the
 * {@code determinant} columns (one non-key column, or a proper part of a composite primary key)
 * maps to exactly one value of {@code dependent} on all {@code sampledRows} rows read.
 */
public record FunctionalDependency(String table, List<String> determinant, String dependent, int sampledRows) {
    public FunctionalDependency {
        Objects.requireNonNull(table, "table");
        determinant = List.copyOf(determinant);
        Objects.requireNonNull(dependent, "dependent");
        if (determinant.isEmpty()) throw new IllegalArgumentException("a dependency needs a determinant");
    }

    /** The determinant as written in a message: {@code customer_id} or {@code (order_id, line_no)}. */
    public String determinantText() {
        return determinant.size() == 1 ? determinant.get(0) : "(" + String.join(", ", determinant) + ")";
    }
}
