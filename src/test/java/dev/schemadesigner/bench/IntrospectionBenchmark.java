package dev.schemadesigner.bench;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.MariaDbDialect;
import dev.schemadesigner.dialect.PostgresDialect;
import dev.schemadesigner.dialect.SqliteDialect;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long reading a live schema back (introspection, the step verification runs after
 * every stage) takes for generated 300- and 1,000-table schemas on SQLite, PostgreSQL and MariaDB,
 * and whether what came back equals the model. Figures, not assertions (audit H3, 8.7):
 * {@code scripts/bench.sh dev.schemadesigner.bench.IntrospectionBenchmark [tables…] [-- dialects…]}.
 */
public final class IntrospectionBenchmark {

    private IntrospectionBenchmark() {}

    public static void main(String[] args) throws SQLException {
        List<String> argList = Arrays.asList(args);
        int split = argList.indexOf("--");
        List<String> sizes = split < 0 ? argList : argList.subList(0, split);
        List<String> kinds = split < 0 ? List.of() : argList.subList(split + 1, argList.size());
        int[] tableCounts = sizes.isEmpty() ? new int[] {300, 1000} : sizes.stream().mapToInt(Integer::parseInt).toArray();
        for (ThrowawayDatabase.Kind kind : ThrowawayDatabase.Kind.values()) {
            if (!kinds.isEmpty() && !kinds.contains(kind.name().toLowerCase(Locale.ROOT))) continue;
            for (int tables : tableCounts) measure(kind, tables);
        }
    }

    private static void measure(ThrowawayDatabase.Kind kind, int tables) throws SQLException {
        Dialect dialect = switch (kind) {
            case POSTGRESQL -> new PostgresDialect();
            case MARIADB -> new MariaDbDialect();
            case SQLITE -> new SqliteDialect();
        };
        Schema schema = new SqlDdlImporter().importSql(ImportRenderVerifyBenchmark.generated(tables), "postgresql").schema();
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            long created = System.nanoTime();
            db.execute(dialect.createSchema(schema));
            double createMs = (System.nanoTime() - created) / 1e6;
            int runs = kind == ThrowawayDatabase.Kind.MARIADB && tables > 300 ? 1 : 3;
            double[] times = new double[runs];
            Schema read = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                read = DatabaseImporter.introspect(db.connection(), db.name());
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            SchemaDiff diff = SchemaDiff.between(dialect.storedForm(schema), read);
            System.out.printf(Locale.ROOT, "benchmark introspect %-10s tables=%5d  create %9.0f ms  introspect %9.1f ms (median of %d)  %s%n",
                    dialect.name(), tables, createMs, times[runs / 2], runs,
                    diff.isEmpty() ? "equal to the model" : diff.differences().size() + " difference(s), first: " + diff.differences().get(0));
        }
    }
}
