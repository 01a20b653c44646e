package dev.schemadesigner.verify.locks;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.OpTables;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.importer.migration.MigrationScript;
import dev.schemadesigner.importer.migration.MigrationStep;
import dev.schemadesigner.review.MigrationFacts;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a migration as the observers run them: each operation printed by the dialect against the
 * schema just before it (what the user pasted never reaches the database as text), on the table it
 * acts on (a new table's own name). A data statement is observed only when it validates a constraint
 * ({@code VALIDATE CONSTRAINT}, printed by the dialect); other data statements are left out, and so are the
 * steps of a migration after one that does not apply.
 */
public final class ObservedSteps {
    private ObservedSteps() {}

    /**
     * A migration to observe: the schema it starts from, the schema whose rows are seeded ({@code rowsLike}: the
     * before-schema with the NOT NULLs, foreign keys and uniques the migration adds to its existing columns, so that
     * the seeded rows are the rows the migration expects — backfilled, referencing existing parents — and each step
     * can run), and the steps.
     */
    public record Migration(Schema before, Schema rowsLike, List<ObservedStep> steps) {
        public Migration {
            java.util.Objects.requireNonNull(before, "before");
            java.util.Objects.requireNonNull(rowsLike, "rowsLike");
            steps = List.copyOf(steps);
        }
    }

    public static Migration migration(Dialect dialect, Schema before, MigrationScript script) {
        Schema after = before;
        for (MigrationStep step : script.upgrade()) after = MigrationFacts.applied(step.op(), after);
        return new Migration(before, rowsLike(before, after), of(dialect, before, script));
    }

    static Schema rowsLike(Schema before, Schema after) {
        List<Table> tables = new ArrayList<>();
        for (Table t : before.tables()) {
            Optional<Table> later = after.table(t.name());
            if (later.isEmpty()) {
                tables.add(t);
                continue;
            }
            Table shaped = t.withColumns(t.columns().stream()
                    .map(c -> later.get().column(c.name()).filter(l -> !l.nullable()).map(l -> c.withNullable(false)).orElse(c)).toList());
            for (var fk : later.get().foreignKeys()) {
                boolean fits = shaped.foreignKey(fk.name()).isEmpty() && before.hasTable(fk.referencedTable())
                        && fk.columns().stream().allMatch(c -> t.column(c).isPresent());
                if (fits) shaped = shaped.withForeignKey(fk);
            }
            for (var u : later.get().uniques()) {
                boolean fits = t.uniques().stream().noneMatch(x -> x.name().equals(u.name())) && u.columns().stream().allMatch(c -> t.column(c).isPresent());
                if (fits) shaped = shaped.withUnique(u);
            }
            tables.add(shaped);
        }
        return before.withTables(tables);
    }

    public static List<ObservedStep> of(Dialect dialect, Schema before, MigrationScript script) {
        List<ObservedStep> out = new ArrayList<>();
        Schema current = before;
        for (MigrationStep step : script.upgrade()) {
            Optional<ObservedStep> observed = observed(dialect, current, step);
            Schema next = MigrationFacts.applied(step.op(), current);
            if (next == current && !(step.op() instanceof DataMigration)) break;
            observed.ifPresent(out::add);
            current = next;
        }
        return out;
    }

    private static Optional<ObservedStep> observed(Dialect dialect, Schema current, MigrationStep step) {
        if (step.op() instanceof DataMigration) {
            return MigrationFacts.validated(step).flatMap(name -> owner(current, name))
                    .map(t -> new ObservedStep(step.line(), dialect.validateConstraint(t, constraint(current, t, step)), t, false));
        }
        Optional<String> table = step.op() instanceof CreateTable c ? Optional.of(c.table().name()) : OpTables.primary(step.op());
        if (table.isEmpty()) return Optional.empty();
        List<String> sql;
        try {
            sql = dialect.render(step.op(), current);
        } catch (UserFacingException refusedByTheDialect) {
            return Optional.empty();
        }
        if (sql.isEmpty()) return Optional.empty();
        boolean outside = step.op() instanceof CreateIndex c && c.concurrently() || step.op() instanceof DropIndex d && d.concurrently();
        return Optional.of(new ObservedStep(step.line(), sql, table.get(), outside));
    }

    /** The table holding constraint {@code name} (a foreign key or a check), matched as PostgreSQL folds names. */
    private static Optional<String> owner(Schema schema, String name) {
        return schema.tables().stream().filter(t -> named(t, name).isPresent()).map(Table::name).findFirst();
    }

    private static String constraint(Schema schema, String table, MigrationStep step) {
        return named(schema.requireTable(table), MigrationFacts.validated(step).orElseThrow()).orElseThrow();
    }

    private static Optional<String> named(Table t, String name) {
        return java.util.stream.Stream.concat(t.foreignKeys().stream().map(f -> f.name()), t.checks().stream().map(c -> c.name()))
                .filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }
}
