package dev.schemadesigner.review;

import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.importer.migration.MigrationStep;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration as the migration rules judge it: each upgrade step with the schema just before it,
 * and whether the table it touches existed before the migration (and so has rows) or was created
 * by it (new and empty, where locks and rewrites cost nothing).
 */
public final class MigrationFacts {
    /** One step, the schema it runs against, and the schema before the whole migration. */
    public record StepInContext(MigrationStep step, Schema schemaBefore, Schema beforeMigration, java.util.Set<String> createdSoFar,
                               java.util.Set<String> recreatedLater) {
        public StepInContext {
            createdSoFar = java.util.Set.copyOf(createdSoFar);
            recreatedLater = java.util.Set.copyOf(recreatedLater);
        }

        public Op op() { return step.op(); }

        /**
         * True when {@code table} is, at this step, the table that existed before the migration: it has
         * rows, so locks and rewrites matter. A table of that name the migration created anew (after
         * renaming the old one away) is new and empty.
         */
        public boolean existing(String table) { return beforeMigration.hasTable(table) && !createdSoFar.contains(table); }

        /** True when the migration creates a table named {@code table} again after this step: the backup-and-recreate pattern. */
        public boolean recreatedLater(String table) { return recreatedLater.contains(table); }

        /** True for a step on a table that existed before the migration. */
        public boolean onExistingTable() { return OpTables.primary(op()).map(this::existing).orElse(false); }

        /** {@code line 12: }, the prefix of this step's findings. */
        public String at() { return MigrationFacts.at(step); }
    }

    private final MigrationScript script;
    private final Schema before;
    private final List<StepInContext> upgrade;
    private final Schema afterUpgrade;
    private final int targetVersion;
    private final java.util.Set<String> assumedTables;
    private final List<Observation> observations;
    private final java.util.Map<String, TableSize> sizes;
    private final SizeSeverity sizeSeverity;
    private final boolean measured;

    MigrationFacts(ReviewInput.Migration migration) {
        this.script = migration.script();
        this.before = migration.before();
        this.targetVersion = migration.targetVersion();
        this.assumedTables = migration.assumedTables();
        this.observations = migration.observations();
        this.sizes = migration.sizes();
        this.sizeSeverity = migration.sizeSeverity();
        this.measured = migration.measured();
        List<StepInContext> steps = new ArrayList<>();
        Schema current = before;
        java.util.Set<String> created = new java.util.HashSet<>();
        List<MigrationStep> all = script.upgrade();
        for (int i = 0; i < all.size(); i++) {
            MigrationStep s = all.get(i);
            java.util.Set<String> later = new java.util.HashSet<>();
            for (MigrationStep next : all.subList(i + 1, all.size())) {
                if (next.op() instanceof dev.schemadesigner.change.CreateTable c) later.add(c.table().name());
            }
            steps.add(new StepInContext(s, current, before, created, later));
            if (s.op() instanceof dev.schemadesigner.change.CreateTable c) created.add(c.table().name());
            current = applied(s.op(), current);
        }
        this.upgrade = List.copyOf(steps);
        this.afterUpgrade = current;
    }

    public MigrationScript script() { return script; }

    public Schema before() { return before; }

    /** The PostgreSQL major version the migration targets (see {@link ReviewInput.Migration}). */
    public int targetVersion() { return targetVersion; }

    /** True when {@code table} was only assumed from the migration's statements: its columns' types are not known. */
    public boolean assumed(String table) { return assumedTables.contains(table); }

    /** True when the migration is a plain SQL file (Flyway, Diesel, dbmate…) rather than an Alembic revision. */
    public boolean sqlFile() { return script.revision().isEmpty(); }

    public Schema afterUpgrade() { return afterUpgrade; }

    /** True when the migration was observed or its tables' sizes are known: findings then say the size they assume. */
    public boolean measured() { return measured; }

    /** {@code finding} on the step at {@code line} with the severity its table's size gives it ({@link SizeSeverity}). */
    Finding sized(Finding finding, int line) {
        java.util.Optional<String> table = upgrade.stream().filter(s -> s.step().line() == line).findFirst()
                .flatMap(s -> OpTables.primary(s.op()).or(() -> observation(line).flatMap(o -> o.locks().keySet().stream().findFirst())));
        return table.map(t -> sizeSeverity.apply(finding, t, java.util.Optional.ofNullable(sizes.get(t)))).orElse(finding);
    }

    /** What the database was seen to do running the step at {@code line}, when the migration was observed. */
    public java.util.Optional<Observation> observation(int line) {
        return observations.stream().filter(o -> o.line() == line).findFirst();
    }

    public List<StepInContext> upgrade() { return upgrade; }

    /** True when {@code table} existed before the migration: it has rows, so locks and rewrites matter. */
    public boolean existing(String table) { return before.hasTable(table); }

    /** True when the step changes the schema (anything but a data statement). */
    public static boolean schemaChange(Op op) { return !(op instanceof DataMigration); }

    /** The schema after {@code op}, or {@code schema} unchanged when the op does not apply to it. */
    public static Schema applied(Op op, Schema schema) {
        try {
            return op.apply(schema);
        } catch (IllegalArgumentException e) {
            return schema;
        }
    }

    private static final java.util.regex.Pattern VALIDATE = java.util.regex.Pattern.compile(
            "(?is)\\bvalidate\\s+constraint\\s+(?:if\\s+exists\\s+)?[\"`]?([\\w$]+)");

    /** The constraint a step validates ({@code ALTER TABLE … VALIDATE CONSTRAINT name}), if it is such a step. */
    public static java.util.Optional<String> validated(MigrationStep step) {
        if (!(step.op() instanceof DataMigration)) return java.util.Optional.empty();
        return step.sql().map(VALIDATE::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1));
    }

    /**
     * The step that validates constraint {@code name} in the same transaction as {@code adding}: the
     * lock NOT VALID was meant to avoid is then held through the whole scan.
     */
    public java.util.Optional<StepInContext> validatedInSameTransaction(StepInContext adding, String name) {
        return upgrade.stream().filter(s -> s.step().line() >= adding.step().line() && s.step().sameTransaction(adding.step()))
                .filter(s -> validated(s.step()).map(name::equalsIgnoreCase).orElse(false)).findFirst();
    }

    /** {@code line 12: }, the prefix of every migration finding's message. */
    public static String at(MigrationStep step) { return "line " + step.line() + ": "; }
}
