package dev.schemadesigner.chat;

import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/review}: a schema and/or migrations to review, the dialect, rule ids to ignore, declared queries,
 * whether a SQL migration without BEGIN runs in one transaction anyway (as Flyway runs it; default no), and the
 * PostgreSQL major version the migrations target (default 15).
 */
public record ReviewRequest(Optional<Source> schema, List<Source> migrations, Optional<String> dialect, List<String> ignore, List<String> queries,
                            Optional<Boolean> assumeInTransaction, Optional<Integer> targetVersion) {
    public ReviewRequest {
        schema = schema == null ? Optional.empty() : schema;
        migrations = migrations == null ? List.of() : List.copyOf(migrations);
        dialect = dialect == null ? Optional.empty() : dialect;
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        queries = queries == null ? List.of() : List.copyOf(queries);
        assumeInTransaction = assumeInTransaction == null ? Optional.empty() : assumeInTransaction;
        targetVersion = targetVersion == null ? Optional.empty() : targetVersion;
    }

    public ReviewRequest(Optional<Source> schema, List<Source> migrations, Optional<String> dialect, List<String> ignore, List<String> queries) {
        this(schema, migrations, dialect, ignore, queries, Optional.empty(), Optional.empty());
    }
}
