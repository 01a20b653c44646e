package dev.schemadesigner.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/review}: a schema and/or migrations to review, the dialect, rule ids to ignore, declared queries,
 * whether a SQL migration without BEGIN runs in one transaction anyway (as Flyway runs it; default no), and the
 * PostgreSQL major version the migrations target (default 15), whether to observe the migrations on the verification
 * database of the dialect (default: yes when one is configured) and how many rows a touched table gets there (default 10,000),
 * the rows each table holds ({@code row_counts}) and the sizes from which a locking step is a warning and an error
 * ({@code warning_rows}, {@code error_rows}; see {@link dev.schemadesigner.review.SizeSeverity}).
 */
public record ReviewRequest(Optional<Source> schema, List<Source> migrations, Optional<String> dialect, List<String> ignore, List<String> queries,
                            Optional<Boolean> assumeInTransaction, Optional<Integer> targetVersion, Optional<Boolean> observe,
                            Optional<Integer> observeRows, Map<String, Long> rowCounts, Optional<Long> warningRows, Optional<Long> errorRows) {
    public ReviewRequest {
        schema = schema == null ? Optional.empty() : schema;
        migrations = migrations == null ? List.of() : List.copyOf(migrations);
        dialect = dialect == null ? Optional.empty() : dialect;
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        queries = queries == null ? List.of() : List.copyOf(queries);
        assumeInTransaction = assumeInTransaction == null ? Optional.empty() : assumeInTransaction;
        targetVersion = targetVersion == null ? Optional.empty() : targetVersion;
        observe = observe == null ? Optional.empty() : observe;
        observeRows = observeRows == null ? Optional.empty() : observeRows;
        rowCounts = rowCounts == null ? Map.of() : Map.copyOf(rowCounts);
        warningRows = warningRows == null ? Optional.empty() : warningRows;
        errorRows = errorRows == null ? Optional.empty() : errorRows;
    }

    public ReviewRequest(Optional<Source> schema, List<Source> migrations, Optional<String> dialect, List<String> ignore, List<String> queries,
                         Optional<Boolean> assumeInTransaction, Optional<Integer> targetVersion) {
        this(schema, migrations, dialect, ignore, queries, assumeInTransaction, targetVersion, Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty(), Optional.empty());
    }

    public ReviewRequest(Optional<Source> schema, List<Source> migrations, Optional<String> dialect, List<String> ignore, List<String> queries) {
        this(schema, migrations, dialect, ignore, queries, Optional.empty(), Optional.empty());
    }
}
