package dev.schemadesigner.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Functional dependencies measured on a bounded sample of a live database's rows, per table
 * (see {@link DataSample}); {@link #NONE} for a review of a schema without data, where the
 * normalization rules go by names and types only. {@code warnings} say which tables could not be sampled.
 */
public record MeasuredDependencies(Map<String, TableSample> tables, List<String> warnings) {

    public static final MeasuredDependencies NONE = new MeasuredDependencies(Map.of(), List.of());

    public MeasuredDependencies {
        tables = Map.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    public static MeasuredDependencies of(List<TableSample> samples, List<String> warnings) {
        return new MeasuredDependencies(samples.stream().collect(Collectors.toMap(TableSample::table, Function.identity(), (a, b) -> a)), warnings);
    }

    /** The table's sample when it had at least {@link DataSample#MIN_ROWS} rows; empty otherwise. */
    public Optional<TableSample> table(String name) {
        return Optional.ofNullable(tables.get(name)).filter(s -> s.rows() >= DataSample.MIN_ROWS);
    }

    public boolean isEmpty() { return tables.isEmpty(); }

    public List<FunctionalDependency> all() {
        return tables.values().stream().flatMap(s -> s.dependencies().stream()).toList();
    }
}
