package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

import java.util.Map;
import java.util.Objects;

/**
 * Move or fix data without changing the schema: SQL per dialect name ({@code postgresql},
 * {@code sqlite}, {@code mariadb}, or {@code any}) for the upgrade and for the downgrade.
 * An empty downgrade map means the data change cannot be undone; the migration says so.
 */
public record DataMigration(String description, Map<String, String> upgradeSql, Map<String, String> downgradeSql) implements Op {
    @Override
    public <R> R accept(Visitor<R> visitor) { return visitor.dataMigration(this); }

    public DataMigration {
        Checks.name(description, "data migration description");
        upgradeSql = Map.copyOf(upgradeSql);
        downgradeSql = Map.copyOf(downgradeSql);
        if (upgradeSql.isEmpty()) throw new IllegalArgumentException("data migration '" + description + "' has no SQL");
    }

    public static DataMigration portable(String description, String upgrade, String downgrade) {
        return new DataMigration(description, Map.of("any", upgrade), downgrade == null ? Map.of() : Map.of("any", downgrade));
    }

    /** The upgrade SQL for a dialect, falling back to {@code any}. */
    public String upgradeFor(String dialect) { return sqlFor(upgradeSql, dialect); }

    public String downgradeFor(String dialect) { return sqlFor(downgradeSql, dialect); }

    private static String sqlFor(Map<String, String> sql, String dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return sql.getOrDefault(dialect, sql.getOrDefault("any", ""));
    }

    public boolean reversible() { return !downgradeSql.isEmpty(); }

    public Schema apply(Schema before) { return before; }

    public Op inverse(Schema before) {
        if (!reversible()) return this.withoutEffect();
        return new DataMigration("undo: " + description, downgradeSql, upgradeSql);
    }

    private DataMigration withoutEffect() {
        return new DataMigration("undo: " + description + " (not reversible; data is left as it is)", Map.of("any", "SELECT 1"), upgradeSql);
    }

    public String describe() { return "data migration: " + description; }
}
