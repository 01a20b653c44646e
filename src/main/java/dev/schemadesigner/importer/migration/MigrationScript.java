package dev.schemadesigner.importer.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration file as operations: its name (file name or revision), the upgrade steps and the
 * downgrade steps in the order they run, and for an Alembic revision its {@code revision} and
 * {@code down_revision}. An empty downgrade means the file has none (or only {@code pass}).
 */
public record MigrationScript(String name, List<MigrationStep> upgrade, List<MigrationStep> downgrade,
                              Optional<String> revision, Optional<String> downRevision) {
    public MigrationScript {
        Objects.requireNonNull(name, "name");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(downRevision, "downRevision");
    }
}
