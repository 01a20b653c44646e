package dev.schemadesigner.chat;

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

    SourceReview(Reviewer reviewer, LiveDatabases databases) {
        this.reviewer = reviewer;
        this.databases = databases;
    }

    ReviewOutcome review(ReviewRequest request) {
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
        Optional<DatabaseReview.LiveSchema> live = request.schema().filter(SourceReview::isDatabase).map(s -> databases.read(s.content()));
        if (live.isPresent()) {
            // the database's own dialect; it exists with data
            schema = live.get().schema();
            dialect = live.get().dialect();
            warnings.addAll(live.get().warnings());
        } else if (request.schema().isPresent()) {
            Source source = request.schema().get();
            ImportResult imported = source.read(dialect);
            schema = imported.schema();
            imported.warnings().forEach(w -> warnings.add(describe(source, w)));
            suppressions = withUnchecked(suppressionsOf(source), imported.unchecked());
        }
        ReviewInput base = ReviewInput.of(schema).withDialect(dialect).withQueryPatterns(request.queries())
                .withIgnore(new HashSet<>(request.ignore()));
        if (live.isPresent()) base = live.get().input(base);
        if (request.migrations().isEmpty()) {
            findings.addAll(reviewer.review(base.withSuppressions(suppressions)));
        }
        for (Source migration : request.migrations()) {
            AssumedTables assumed = live.isPresent() ? AssumedTables.NONE : AssumedTables.in(migration, schema);
            Schema start = assumed.addTo(schema);
            MigrationImport imported = readMigration(migration, dialect, start);
            warnings.addAll(assumed.warnings(migration.name().orElse("migration")));
            imported.warnings().forEach(w -> warnings.add(describe(migration, w)));
            ReviewInput input = base.withMigration(imported.script(), start).withSuppressions(suppressionsOf(migration));
            findings.addAll(assumed.judged(reviewer.review(input), input.schema()));
        }
        return new ReviewOutcome(findings.stream().distinct().sorted(Finding.ORDER).toList(), warnings);
    }

    private static boolean isDatabase(Source source) {
        return source.format().trim().toLowerCase(Locale.ROOT).equals(DATABASE);
    }

    private static MigrationImport readMigration(Source source, String dialect, Schema before) {
        String format = source.format().trim().toLowerCase(Locale.ROOT);
        String name = source.name().orElse("migration");
        try {
            if (format.equals("alembic")) return new AlembicImporter().importRevision(source.content(), name, before);
            if (format.equals("sql")) return new SqlMigrationImporter().importScript(source.content(), name, dialect, before);
        } catch (IllegalArgumentException e) {
            throw ConversationException.badInput("migrations", name + ": " + e.getMessage());
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
        } catch (IllegalArgumentException e) {
            throw ConversationException.badInput("dialect", e.getMessage());
        }
    }
}
