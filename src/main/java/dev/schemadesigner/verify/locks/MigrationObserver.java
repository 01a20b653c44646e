package dev.schemadesigner.verify.locks;

import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.review.Observation;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.VerifyTarget;

import java.sql.SQLException;
import java.util.List;

/**
 * Observes a migration on one verification database: the steps run over seeded rows in a throw-away made for
 * it and dropped after, and each step's observation comes back ({@link PostgresLockObserver},
 * {@link MariaDbAlgorithmObserver}). SQLite has no concurrent writers to block: nothing to observe there.
 */
public final class MigrationObserver {
    /** Most rows a table a review may ask to seed: the observation must finish within a request. */
    public static final int MAX_ROWS = 200_000;

    private MigrationObserver() {}

    public static List<Observation> observe(VerifyTarget target, Schema before, MigrationScript script, int rows) throws SQLException {
        if (rows < 1 || rows > MAX_ROWS) throw new IllegalArgumentException("rows must be from 1 to " + MAX_ROWS + ", was " + rows);
        ObservedSteps.Migration migration = ObservedSteps.migration(target.dialect(), before, script);
        if (migration.steps().isEmpty()) return List.of();
        try (ThrowawayDatabase db = target.opener().open()) {
            return switch (db.kind()) {
                case POSTGRESQL -> PostgresLockObserver.observe(db, target.dialect(), migration, rows);
                case MARIADB -> MariaDbAlgorithmObserver.observe(db, target.dialect(), migration, rows);
                case SQLITE -> List.of();
            };
        }
    }
}
