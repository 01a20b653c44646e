package dev.schemadesigner.chat;

import java.util.List;
import java.util.Optional;

/** {@code POST /api/v1/review}: a schema and/or migrations to review, the dialect, rule ids to ignore, declared queries. */
public record ReviewRequest(Optional<Source> schema, List<Source> migrations, Optional<String> dialect, List<String> ignore, List<String> queries) {
    public ReviewRequest {
        schema = schema == null ? Optional.empty() : schema;
        migrations = migrations == null ? List.of() : List.copyOf(migrations);
        dialect = dialect == null ? Optional.empty() : dialect;
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        queries = queries == null ? List.of() : List.copyOf(queries);
    }
}
