package dev.schemadesigner.review;

import java.util.Objects;
import java.util.Optional;

/**
 * The size a size-aware finding assumed for its table and where it came from: {@code row_counts} (the review
 * request), {@code project} (the project context's row counts), {@code comment, line 3} (the reviewed source),
 * {@code database statistics} (a live database's {@code pg_class.reltuples} / {@code information_schema.TABLES.TABLE_ROWS}),
 * or {@code unknown} with no rows.
 */
public record AssumedSize(String table, Optional<Long> rows, String source) {
    public static final String UNKNOWN = "unknown";

    public AssumedSize {
        Objects.requireNonNull(table, "table");
        rows = rows == null ? Optional.empty() : rows;
        Objects.requireNonNull(source, "source");
    }

    static AssumedSize of(String table, Optional<TableSize> size) {
        return size.map(s -> new AssumedSize(table, Optional.of(s.rows()), s.source())).orElse(new AssumedSize(table, Optional.empty(), UNKNOWN));
    }
}
