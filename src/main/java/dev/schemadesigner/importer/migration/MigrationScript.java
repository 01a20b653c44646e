package dev.schemadesigner.importer.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration file as operations: its name (file name or revision), the upgrade steps and the
 * downgrade steps in the order they run, and for an Alembic revision its {@code revision} and
 * {@code down_revision}. An empty downgrade means the file has none (or only {@code pass}).
 * {@code upgradeLocks} are the upgrade's statements that have no operation but lock an object the
 * migration did not create (see {@link LockingStatement}).
 */
public record MigrationScript(String name, List<MigrationStep> upgrade, List<MigrationStep> downgrade,
                              Optional<String> revision, Optional<String> downRevision, List<LockingStatement> upgradeLocks) {
    public MigrationScript {
        Objects.requireNonNull(name, "name");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(downRevision, "downRevision");
        upgradeLocks = List.copyOf(upgradeLocks);
    }

    public MigrationScript(String name, List<MigrationStep> upgrade, List<MigrationStep> downgrade,
                           Optional<String> revision, Optional<String> downRevision) {
        this(name, upgrade, downgrade, revision, downRevision, List.of());
    }
}
