package dev.schemadesigner.review;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.schema.Schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a review looks at: the schema, the dialect it is for ({@code postgresql}, {@code sqlite},
 * {@code mariadb}), the declared query patterns (SQL SELECT strings), the rule ids to ignore
 * everywhere, the rule ids to ignore per object (from inline {@code schema-designer: ignore}
 * comments, see {@link Suppressions}), whether the schema already exists with data in it,
 * optionally a migration to review with the schema it starts from (see {@link #withMigration}), and
 * the functional dependencies measured on a sample of a live database's rows ({@link MeasuredDependencies#NONE} otherwise).
 */
public record ReviewInput(Schema schema, String dialect, List<String> queryPatterns, Set<String> ignore,
                          Map<String, Set<String>> ignoreByObject, boolean existing, Optional<Migration> migration,
                          MeasuredDependencies measured, Set<String> jsonAsText) {

    /**
     * A migration under review: its script, the schema before it (a table in it exists with data),
     * the PostgreSQL major version it targets, where the cost of a step differs between versions, and
     * the tables of {@code before} that were only assumed from the migration's own statements (their
     * column types are not known).
     */
    public record Migration(MigrationScript script, Schema before, int targetVersion, Set<String> assumedTables, List<Observation> observations,
                            Map<String, TableSize> sizes, SizeSeverity sizeSeverity) {
        public Migration {
            sizes = Map.copyOf(sizes);
            Objects.requireNonNull(sizeSeverity, "sizeSeverity");
            Objects.requireNonNull(script, "script");
            Objects.requireNonNull(before, "before");
            assumedTables = Set.copyOf(assumedTables);
            observations = List.copyOf(observations);
            if (targetVersion < MIN_TARGET_VERSION || targetVersion > MAX_TARGET_VERSION) {
                throw new UserFacingException(ErrorCode.INVALID_SETTING, "target_version must be a PostgreSQL major version from " + MIN_TARGET_VERSION
                        + " to " + MAX_TARGET_VERSION + ", was " + targetVersion);
            }
        }

        public Migration(MigrationScript script, Schema before, int targetVersion, Set<String> assumedTables) {
            this(script, before, targetVersion, assumedTables, List.of(), Map.of(), SizeSeverity.DEFAULT);
        }

        /** True when the review knows more than the statements: what the database did, or how big the tables are. */
        public boolean measured() { return !observations.isEmpty() || !sizes.isEmpty(); }

        public Migration(MigrationScript script, Schema before) { this(script, before, DEFAULT_TARGET_VERSION, Set.of()); }
    }

    /** The PostgreSQL major version a migration review assumes when none is given. */
    public static final int DEFAULT_TARGET_VERSION = 15;
    public static final int MIN_TARGET_VERSION = 9;
    public static final int MAX_TARGET_VERSION = 19;

    public static final String DEFAULT_DIALECT = "postgresql";

    public ReviewInput {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(dialect, "dialect");
        queryPatterns = List.copyOf(queryPatterns);
        ignore = Set.copyOf(ignore);
        Map<String, Set<String>> copy = new HashMap<>();
        ignoreByObject.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        ignoreByObject = Map.copyOf(copy);
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(measured, "measured");
        jsonAsText = Set.copyOf(jsonAsText);
    }

    public ReviewInput(Schema schema, String dialect, List<String> queryPatterns, Set<String> ignore,
                       Map<String, Set<String>> ignoreByObject, boolean existing, Optional<Migration> migration, MeasuredDependencies measured) {
        this(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, migration, measured, Set.of());
    }

    public ReviewInput(Schema schema, String dialect, List<String> queryPatterns, Set<String> ignore,
                       Map<String, Set<String>> ignoreByObject, boolean existing, Optional<Migration> migration) {
        this(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, migration, MeasuredDependencies.NONE);
    }

    public ReviewInput(Schema schema, String dialect, List<String> queryPatterns, Set<String> ignore,
                       Map<String, Set<String>> ignoreByObject, boolean existing) {
        this(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, Optional.empty());
    }

    /** A new schema for PostgreSQL, no query patterns, nothing ignored. */
    public static ReviewInput of(Schema schema) {
        return new ReviewInput(schema, DEFAULT_DIALECT, List.of(), Set.of(), Map.of(), false);
    }

    public ReviewInput withSchema(Schema value) {
        return new ReviewInput(value, dialect, queryPatterns, ignore, ignoreByObject, existing, Optional.empty(), measured, jsonAsText);
    }

    public ReviewInput withDialect(String value) {
        return new ReviewInput(schema, value, queryPatterns, ignore, ignoreByObject, existing, migration, measured, jsonAsText);
    }

    public ReviewInput withQueryPatterns(List<String> value) {
        return new ReviewInput(schema, dialect, value, ignore, ignoreByObject, existing, migration, measured, jsonAsText);
    }

    public ReviewInput withIgnore(Set<String> value) {
        return new ReviewInput(schema, dialect, queryPatterns, value, ignoreByObject, existing, migration, measured, jsonAsText);
    }

    public ReviewInput withExisting(boolean value) {
        return new ReviewInput(schema, dialect, queryPatterns, ignore, ignoreByObject, value, migration, measured, jsonAsText);
    }

    /**
     * Adds functional dependencies measured on a live database's rows (see {@link DataSample}): the
     * normalization rules then report what the data shows and trust it over names for the columns
     * it could judge.
     */
    public ReviewInput withMeasuredDependencies(MeasuredDependencies value) {
        return new ReviewInput(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, migration, value, jsonAsText);
    }

    /**
     * Reviews {@code script} as a migration of {@code before}: the migration rules judge each step
     * in context; the schema rules see the schema after the upgrade (steps that do not apply are
     * left out of it), on existing tables.
     */
    public ReviewInput withMigration(MigrationScript script, Schema before) {
        return withMigration(script, before, DEFAULT_TARGET_VERSION);
    }

    /** As {@link #withMigration(MigrationScript, Schema)}, for a PostgreSQL major version. */
    public ReviewInput withMigration(MigrationScript script, Schema before, int targetVersion) {
        return withMigration(script, before, targetVersion, Set.of());
    }

    /** As {@link #withMigration(MigrationScript, Schema, int)}, where {@code assumedTables} of {@code before} were made up from the migration. */
    public ReviewInput withMigration(MigrationScript script, Schema before, int targetVersion, Set<String> assumedTables) {
        Schema after = before;
        for (var step : script.upgrade()) {
            try {
                after = step.op().apply(after);
            } catch (IllegalArgumentException e) {
                // reported by the migration rules; the schema stays as it was
            }
        }
        return new ReviewInput(after, dialect, queryPatterns, ignore, ignoreByObject, true, Optional.of(new Migration(script, before, targetVersion, assumedTables)), measured, jsonAsText);
    }

    /**
     * The {@code table.column}s the source declares {@code json} rather than {@code jsonb}: the model holds both as JSON,
     * and only the source tells that PostgreSQL keeps these as text and parses them again on every read.
     */
    public ReviewInput withJsonAsText(Set<String> value) {
        return new ReviewInput(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, migration, measured, value);
    }

    /**
     * Adds what the database did when the migration's steps ran on seeded rows: each migration finding on an
     * observed step carries its observation, and {@code observed-lock} reports a disruptive step no rule flagged.
     */
    public ReviewInput withObservations(List<Observation> value) {
        Migration m = migration.orElseThrow(() -> new IllegalStateException("observations belong to a migration under review"));
        Migration observed = new Migration(m.script(), m.before(), m.targetVersion(), m.assumedTables(), value, m.sizes(), m.sizeSeverity());
        return new ReviewInput(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, Optional.of(observed), measured);
    }

    /**
     * Adds the sizes the migration's tables are taken to have and the thresholds that turn a size into a severity
     * ({@link SizeSeverity}): findings about a step's lock time then take their severity from the table's size.
     */
    public ReviewInput withSizes(Map<String, TableSize> sizes, SizeSeverity thresholds) {
        Migration m = migration.orElseThrow(() -> new IllegalStateException("table sizes belong to a migration under review"));
        Migration sized = new Migration(m.script(), m.before(), m.targetVersion(), m.assumedTables(), m.observations(), sizes, thresholds);
        return new ReviewInput(schema, dialect, queryPatterns, ignore, ignoreByObject, existing, Optional.of(sized), measured);
    }

    /** Adds inline suppressions: their global ids join {@link #ignore}, their per-object ids join {@link #ignoreByObject}. */
    public ReviewInput withSuppressions(Suppressions suppressions) {
        Set<String> global = new HashSet<>(ignore);
        global.addAll(suppressions.global());
        Map<String, Set<String>> byObject = new HashMap<>();
        ignoreByObject.forEach((k, v) -> byObject.put(k, new HashSet<>(v)));
        suppressions.byObject().forEach((k, v) -> byObject.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        return new ReviewInput(schema, dialect, queryPatterns, global, byObject, existing, migration, measured, jsonAsText);
    }

    /**
     * True when the finding is silenced: its id (or {@code all}) is ignored globally, or for its
     * object, or for the table its {@code table.column} object belongs to.
     */
    public boolean suppresses(Finding finding) {
        if (matches(ignore, finding.rule())) return true;
        if (ignoreByObject.isEmpty()) return false;
        String object = finding.object();
        if (matches(ignoreByObject.get(object), finding.rule())) return true;
        int dot = object.indexOf('.');
        return dot > 0 && matches(ignoreByObject.get(object.substring(0, dot)), finding.rule());
    }

    private static boolean matches(Set<String> ids, String rule) {
        return ids != null && (ids.contains(rule) || ids.contains(Suppressions.ALL));
    }
}
