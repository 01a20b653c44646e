package dev.schemadesigner.chat;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.AlembicImporter;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.review.DatabaseReview;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.review.Suppressions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reviews what a user pasted: reads each source with its importer, honours ignores and inline
 * suppressions. A migration that alters a table the schema it starts from lacks is reviewed as
 * altering an existing table ({@link AssumedTables}). A schema source of format {@code database} names a live database (one the operator
 * allowed, see {@link LiveDatabases}): it is introspected and sampled, and reviewed as existing with data.
 */
final class SourceReview {
    static final String DATABASE = "database";

    private final Reviewer reviewer;
    private final LiveDatabases databases;
    private final SchemaImports imports;
    private final List<dev.schemadesigner.verify.VerifyTarget> observers;

    SourceReview(Reviewer reviewer, LiveDatabases databases) {
        this(reviewer, databases, new SchemaImports(), List.of());
    }

    SourceReview(Reviewer reviewer, LiveDatabases databases, SchemaImports imports) {
        this(reviewer, databases, imports, List.of());
    }

    SourceReview(Reviewer reviewer, LiveDatabases databases, List<dev.schemadesigner.verify.VerifyTarget> observers) {
        this(reviewer, databases, new SchemaImports(), observers);
    }

    /** {@code observers}: the verification databases a migration may be observed on (SQLite has nothing to observe). */
    SourceReview(Reviewer reviewer, LiveDatabases databases, SchemaImports imports, List<dev.schemadesigner.verify.VerifyTarget> observers) {
        this.reviewer = reviewer;
        this.databases = databases;
        this.imports = imports;
        this.observers = List.copyOf(observers);
    }

    ReviewOutcome review(ReviewRequest request) { return review(request, java.util.Map.of()); }

    /** {@code projectRows}: the row counts of the project the review is made in, the sizes assumed when nothing nearer says. */
    ReviewOutcome review(ReviewRequest request, java.util.Map<String, Long> projectRows) {
        if (request.schema().isEmpty() && request.migrations().isEmpty()) {
            throw ConversationException.badInput("schema", "give a schema or migrations to review");
        }
        String dialect = dialect(request.dialect().orElse("postgresql"));
        for (String id : request.ignore()) {
            if (!id.equals(Suppressions.ALL) && Rules.byId(id).isEmpty()) {
                throw ConversationException.badInput("ignore", "unknown rule id '" + id + "'; GET /api/v1/rules lists them");
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Schema schema = Schema.EMPTY;
        Suppressions suppressions = Suppressions.fromSql("");
        java.util.Set<String> jsonAsText = java.util.Set.of();
        Optional<DatabaseReview.LiveSchema> live = request.schema().filter(SourceReview::isDatabase).map(s -> databases.read(s.content()));
        if (live.isPresent()) {
            // the database's own dialect; it exists with data
            schema = live.get().schema();
            dialect = live.get().dialect();
            warnings.addAll(live.get().warnings());
        } else if (request.schema().isPresent()) {
            Source source = request.schema().get();
            ImportResult imported = imports.read(source, dialect);
            schema = imported.schema();
            imported.warnings().forEach(w -> warnings.add(describe(source, w)));
            suppressions = withUnchecked(suppressionsOf(source), imported.unchecked());
            jsonAsText = imported.jsonAsText();
        }
        ReviewInput base = ReviewInput.of(schema).withDialect(dialect).withQueryPatterns(request.queries())
                .withIgnore(new HashSet<>(request.ignore())).withJsonAsText(jsonAsText);
        if (live.isPresent()) base = live.get().input(base);
        if (request.migrations().isEmpty()) {
            findings.addAll(proved(reviewer.review(base.withSuppressions(suppressions)), schema, dialect, request.queries(), warnings));
        }
        int targetVersion = request.targetVersion().orElse(ReviewInput.DEFAULT_TARGET_VERSION);
        if (targetVersion < ReviewInput.MIN_TARGET_VERSION || targetVersion > ReviewInput.MAX_TARGET_VERSION) {
            throw ConversationException.badInput("target_version", "target_version must be a PostgreSQL major version from "
                    + ReviewInput.MIN_TARGET_VERSION + " to " + ReviewInput.MAX_TARGET_VERSION + ", was " + targetVersion);
        }
        boolean assumeInTransaction = request.assumeInTransaction().orElse(false);
        for (Source migration : request.migrations()) {
            AssumedTables assumed = live.isPresent() ? AssumedTables.NONE : AssumedTables.in(migration, schema);
            Schema start = assumed.addTo(schema);
            MigrationImport imported = readMigration(migration, dialect, start, assumeInTransaction);
            warnings.addAll(assumed.warnings(migration.name().orElse("migration")));
            imported.warnings().forEach(w -> warnings.add(describe(migration, w)));
            ReviewInput input = base.withMigration(imported.script(), start, targetVersion, assumed.columns().keySet()).withSuppressions(suppressionsOf(migration));
            input = observed(input, request, dialect, imported.script(), start, migration.name().orElse("migration"), warnings);
            input = sized(input, request, migration.content(), imported.script(),
                    live.map(DatabaseReview.LiveSchema::sizes).orElse(java.util.Map.of()), projectRows);
            java.util.Set<String> created = createdTables(imported, start, input.schema());
            if (created.isEmpty()) input = input.withIgnore(withSchemaRules(input.ignore())); // aboutTheMigration would drop all they find
            findings.addAll(aboutTheMigration(reviewer.review(input), created, input.schema()));
        }
        return new ReviewOutcome(findings.stream().distinct().sorted(Finding.ORDER).toList(), warnings);
    }

    /**
     * What a migration review reports: the migration rules' findings, and the other rules' findings
     * on the tables the migration creates (their design is part of it). The rest of the schema is a
     * schema review's business, asked for separately.
     */
    private static List<Finding> aboutTheMigration(List<Finding> findings, java.util.Set<String> created, Schema after) {
        return findings.stream().filter(f -> isMigrationRule(f.rule()) || created.contains(TurnObjects.tableOf(f.object(), after))).toList();
    }

    /** The tables the migration creates (absent before it, present after). */
    private static java.util.Set<String> createdTables(MigrationImport imported, Schema before, Schema after) {
        java.util.Set<String> created = new HashSet<>();
        for (var step : imported.script().upgrade()) {
            dev.schemadesigner.change.OpTables.primary(step.op()).filter(t -> !before.hasTable(t) && after.hasTable(t)).ifPresent(created::add);
        }
        return created;
    }

    /**
     * {@code ignore} and every rule that is not a migration rule: a migration that creates no table gets no finding of
     * theirs, so they need not run over the whole project schema for each file.
     */
    private static java.util.Set<String> withSchemaRules(java.util.Set<String> ignore) {
        java.util.Set<String> out = new HashSet<>(ignore);
        for (dev.schemadesigner.review.Rule rule : Rules.all()) if (rule.area() != dev.schemadesigner.review.Area.MIGRATION) out.add(rule.id());
        return out;
    }

    /**
     * The migration run step by step on the dialect's verification database over seeded rows, its observations
     * added to the input; by default whenever that database is configured. Without one, or when the run fails,
     * the review goes on from the statements alone and a warning says so.
     */
    private ReviewInput observed(ReviewInput input, ReviewRequest request, String dialect, dev.schemadesigner.importer.migration.MigrationScript script,
                                 Schema before, String name, List<String> warnings) {
        int rows = request.observeRows().orElse(dev.schemadesigner.verify.locks.PostgresLockObserver.DEFAULT_ROWS);
        if (rows < 1 || rows > dev.schemadesigner.verify.locks.MigrationObserver.MAX_ROWS) {
            throw ConversationException.badInput("observe_rows", "observe_rows must be from 1 to "
                    + dev.schemadesigner.verify.locks.MigrationObserver.MAX_ROWS + ", was " + rows);
        }
        if (!request.observe().orElse(true)) return input;
        Optional<dev.schemadesigner.verify.VerifyTarget> target = observers.stream().filter(t -> t.dialect().name().equals(dialect))
.findFirst();
        if (target.isEmpty()) {
            if (request.observe().orElse(false)) warnings.add(name + ": not observed: no verification database is configured for " + dialect);
            return input;
        }
        try {
            return input.withObservations(dev.schemadesigner.verify.locks.MigrationObserver.observe(target.get(), before, script, rows));
        } catch (java.sql.SQLException | RuntimeException e) {
            warnings.add(name + ": not observed: " + e.getMessage());
            return input;
        }
    }

    /**
     * Index suggestions proved by the plans of the declared queries ({@link dev.schemadesigner.verify.plans.IndexAdvice}): on
     * PostgreSQL's planner with HypoPG when the dialect's verification database is configured, else SQLite's; each
     * suggestion carries its {@code proof}, and one no plan uses is left out with a warning that says so.
     */
    private List<Finding> proved(List<Finding> findings, Schema schema, String dialect, List<String> queries, List<String> warnings) {
        Optional<dev.schemadesigner.verify.VerifyTarget> postgres = observers.stream().filter(t -> t.dialect().name().equals("postgresql")).findFirst();
        var outcome = dev.schemadesigner.verify.plans.IndexAdvice.proveFindings(postgres, dialect, schema, findings, queries,
                dev.schemadesigner.verify.plans.IndexAdvice.DEFAULT_ROWS);
        warnings.addAll(outcome.warnings());
        for (Finding f : outcome.dropped()) {
            warnings.add("not suggested: " + f.rule() + " " + f.object() + ": no plan of the declared queries uses its index ("
                    + f.proof().map(dev.schemadesigner.review.IndexProof::dialect).orElse("") + ")");
        }
        return outcome.findings();
    }

    /**
     * The sizes of the migration's tables, nearest source first: the request's {@code row_counts}; a reviewed live
     * database's statistics ({@code pg_class.reltuples}, {@code TABLE_ROWS}); a comment in the source ({@code -- ~18M rows})
     * on a step's line or just before it; the project's {@code row_counts}. A table of none is of unknown size.
     */
    private static ReviewInput sized(ReviewInput input, ReviewRequest request, String source, dev.schemadesigner.importer.migration.MigrationScript script,
                                     java.util.Map<String, dev.schemadesigner.review.TableSize> statistics, java.util.Map<String, Long> projectRows) {
        dev.schemadesigner.review.SizeSeverity thresholds;
        try {
            dev.schemadesigner.review.SizeSeverity d = dev.schemadesigner.review.SizeSeverity.DEFAULT;
            thresholds = new dev.schemadesigner.review.SizeSeverity(request.warningRows().orElse(d.warningRows()), request.errorRows().orElse(d.errorRows()));
        } catch (UserFacingException e) {
            throw ConversationException.badInput("warning_rows", e);
        }
        java.util.Map<String, dev.schemadesigner.review.TableSize> sizes = new java.util.HashMap<>();
        projectRows.forEach((table, rows) -> sizes.put(table, new dev.schemadesigner.review.TableSize(rows, "project")));
        java.util.Map<Integer, Long> counts = dev.schemadesigner.review.SizeSeverity.commentCounts(source);
        java.util.Set<String> commented = new HashSet<>();
        for (var step : script.upgrade()) {
            Optional<String> table = dev.schemadesigner.change.OpTables.primary(step.op());
            if (table.isEmpty() || commented.contains(table.get())) continue;
            counts.entrySet().stream().filter(c -> c.getKey() <= step.line()).reduce((a, b) -> b)
                    .filter(c -> script.upgrade().stream().noneMatch(s -> s.line() >= c.getKey() && s.line() < step.line()))
                    .ifPresent(c -> {
                        commented.add(table.get());
                        sizes.put(table.get(), new dev.schemadesigner.review.TableSize(c.getValue(), "comment, line " + c.getKey()));
                    });
        }
        sizes.putAll(statistics);
        request.rowCounts().forEach((table, rows) -> {
            if (rows < 0) throw ConversationException.badInput("row_counts", "row_counts." + table + " must not be negative, was " + rows);
            sizes.put(table, new dev.schemadesigner.review.TableSize(rows, "row_counts"));
        });
        return sizes.isEmpty() && request.warningRows().isEmpty() && request.errorRows().isEmpty() ? input : input.withSizes(sizes, thresholds);
    }

    private static boolean isMigrationRule(String id) {
        return Rules.byId(id).map(r -> r.area() == dev.schemadesigner.review.Area.MIGRATION).orElse(false);
    }

    private static boolean isDatabase(Source source) {
        return source.format().trim().toLowerCase(Locale.ROOT).equals(DATABASE);
    }

    private static MigrationImport readMigration(Source source, String dialect, Schema before, boolean assumeInTransaction) {
        String format = source.format().trim().toLowerCase(Locale.ROOT);
        String name = source.name().orElse("migration");
        try {
            if (format.equals("alembic")) return new AlembicImporter().importRevision(source.content(), name, before);
            if (format.equals("sql")) return new SqlMigrationImporter().importScript(source.content(), name, dialect, before, assumeInTransaction);
        } catch (UserFacingException e) {
            throw ConversationException.badInput("migrations", name + ": " + e.getMessage(), e);
        }
        throw ConversationException.badInput("migrations", "format '" + source.format() + "' cannot be read as a migration; use alembic or sql");
    }

    private static Suppressions suppressionsOf(Source source) {
        String format = source.format().trim().toLowerCase(Locale.ROOT);
        if (format.equals("jpa")) return Suppressions.fromJava(source.content());
        return format.equals("sqlalchemy") || format.equals("alembic") ? Suppressions.fromPython(source.content()) : Suppressions.fromSql(source.content());
    }

    /** The rules the importer left unchecked where they would rest on a fact it skipped, added to the source's own suppressions. */
    private static Suppressions withUnchecked(Suppressions suppressions, java.util.Map<String, java.util.Set<String>> unchecked) {
        if (unchecked.isEmpty()) return suppressions;
        java.util.Map<String, java.util.Set<String>> byObject = new java.util.HashMap<>();
        suppressions.byObject().forEach((k, v) -> byObject.put(k, new HashSet<>(v)));
        unchecked.forEach((k, v) -> byObject.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        return new Suppressions(suppressions.global(), byObject);
    }

    private static String describe(Source source, ImportWarning w) {
        return source.name().map(n -> n + " ").orElse("") + "line " + w.line() + ": " + w.message() + (w.statement().isBlank() ? "" : " (" + w.statement() + ")");
    }

    private static String dialect(String name) {
        try {
            return Dialects.byName(name).name();
        } catch (UserFacingException e) {
            throw ConversationException.badInput("dialect", e);
        }
    }
}
