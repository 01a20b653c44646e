package dev.schemadesigner.review;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What was measured on one table's sample: how many rows were read, which columns, which
 * determinants had enough distinct, repeated values to be judged (a single column, or a part of
 * the primary key), and the dependencies that held. A judged determinant without a dependency on
 * a sampled column is evidence that the column does not depend on it.
 */
public record TableSample(String table, int rows, Set<String> columns, Set<List<String>> judged, List<FunctionalDependency> dependencies) {
    public TableSample {
        Objects.requireNonNull(table, "table");
        columns = Set.copyOf(columns);
        judged = Set.copyOf(judged);
        dependencies = List.copyOf(dependencies);
    }

    /** True when the sample can say whether {@code dependent} depends on {@code determinant}. */
    public boolean judges(List<String> determinant, String dependent) {
        return columns.contains(dependent) && judged.contains(List.copyOf(determinant));
    }
}
