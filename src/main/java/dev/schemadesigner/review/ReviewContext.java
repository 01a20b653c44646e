package dev.schemadesigner.review;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The input of one review plus what every rule would otherwise recompute: the parsed query patterns. */
public final class ReviewContext {
    private final ReviewInput input;
    private final List<QueryPattern> queries;
    private final List<String> unreadQueries;
    private final Optional<MigrationFacts> migration;

    public ReviewContext(ReviewInput input) {
        this.input = input;
        List<QueryPattern> read = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String sql : input.queryPatterns()) {
            QueryPatterns.parse(sql, input.schema()).ifPresentOrElse(read::add, () -> unread.add(sql));
        }
        this.queries = List.copyOf(read);
        this.unreadQueries = List.copyOf(unread);
        this.migration = input.migration().map(MigrationFacts::new);
    }

    /** The migration under review, with each step in context; empty for a schema review (migration rules then find nothing). */
    public Optional<MigrationFacts> migration() { return migration; }

    /** The upgrade steps of the migration under review; none for a schema review. */
    public List<MigrationFacts.StepInContext> upgradeSteps() { return migration.map(MigrationFacts::upgrade).orElse(List.of()); }

    public ReviewInput input() { return input; }

    public Schema schema() { return input.schema(); }

    public List<Table> tables() { return input.schema().tables(); }

    public Optional<Table> table(String name) { return input.schema().table(name); }

    /** {@code postgresql}, {@code sqlite} or {@code mariadb}. */
    public String dialect() { return input.dialect(); }

    /** True when the review targets PostgreSQL. */
    public boolean postgresql() { return input.dialect().equals("postgresql"); }

    /** True when the schema already exists with data: changes to it must be migration-safe. */
    public boolean existing() { return input.existing(); }

    /** True when index fixes should be built CONCURRENTLY: the tables exist with data, on PostgreSQL. */
    public boolean concurrentIndexes() { return input.existing() && postgresql(); }

    /** True when CHECK and foreign key fixes should be added NOT VALID (validated later): existing tables on PostgreSQL. */
    public boolean notValidConstraints() { return input.existing() && postgresql(); }

    /** True when the user declared query patterns: performance rules then follow them instead of name heuristics. */
    public boolean hasQueryPatterns() { return !input.queryPatterns().isEmpty(); }

    public List<QueryPattern> queries() { return queries; }

    /**
     * What was measured on the table's rows when reviewing a live database with enough rows in it
     * (see {@link DataSample}); empty for a schema review, where rules go by names and types.
     */
    public Optional<TableSample> sample(String table) { return input.measured().table(table); }

    /** Declared patterns that are not a plain SELECT JSqlParser can read; no rule uses them. */
    public List<String> unreadQueries() { return unreadQueries; }
}
