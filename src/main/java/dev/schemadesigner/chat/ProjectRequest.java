package dev.schemadesigner.chat;

import java.util.Map;
import java.util.Optional;

/**
 * A project as the API receives it (API.md {@code Project}); only {@code name} is required, the
 * rest takes the defaults of a new project: PostgreSQL + SQLite, {@code sqlalchemy2}, standard paths,
 * no existing tables. {@code row_counts}: the rows each production table holds, the size a migration review of the
 * project assumes when nothing nearer says (see {@link dev.schemadesigner.review.SizeSeverity}).
 */
public record ProjectRequest(Optional<String> id, String name, Optional<DialectPair> dialects, Optional<String> ormStyle,
                             Optional<PathSet> paths, Optional<Source> schema, Map<String, Long> rowCounts) {

    public record DialectPair(Optional<String> production, Optional<String> development) {}

    public record PathSet(Optional<String> models, Optional<String> migrations, Optional<String> tests) {}

    public ProjectRequest {
        id = id == null ? Optional.empty() : id;
        dialects = dialects == null ? Optional.empty() : dialects;
        ormStyle = ormStyle == null ? Optional.empty() : ormStyle;
        paths = paths == null ? Optional.empty() : paths;
        schema = schema == null ? Optional.empty() : schema;
        rowCounts = rowCounts == null ? Map.of() : Map.copyOf(rowCounts);
    }

    public ProjectRequest(Optional<String> id, String name, Optional<DialectPair> dialects, Optional<String> ormStyle,
                          Optional<PathSet> paths, Optional<Source> schema) {
        this(id, name, dialects, ormStyle, paths, schema, Map.of());
    }
}
