package dev.schemadesigner.bench;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.dialect.SqliteDialect;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.SeedRows;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.Verification;
import dev.schemadesigner.verify.Verifier;
import dev.schemadesigner.verify.VerifyTarget;

import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long seeding takes on SQLite (generate and insert {@value SeedRows#DEFAULT_ROWS} rows into
 * every table, parents first, one multi-row INSERT a table) for the generated 500-table schema (goal:
 * at most 2 s) and for the bundled project, and what seeding adds to a whole verification of a small
 * change. Figures, not assertions: run it with {@code scripts/bench.sh}.
 */
public final class SeedRowsBenchmark {

    private SeedRowsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Schema big = new SqlDdlImporter().importSql(ImportRenderVerifyBenchmark.generated(500), "postgresql").schema();
        Schema bundled = new SqlDdlImporter().importSql(new String(SeedRowsBenchmark.class.getResourceAsStream(
                "/projects/ddl/customer-feedback-analyzer.postgresql.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "postgresql").schema();
        seeding("generated schema (500 tables)", big, 2, 5);
        seeding("bundled schema (2 tables)", bundled, 20, 21);
        verifying("bundled schema (2 tables)", bundled, 20, 21);
    }

    private static void seeding(String label, Schema schema, int warmups, int runs) throws Exception {
        SqliteDialect sqlite = new SqliteDialect();
        double[] times = new double[runs];
        SeedRows.Seeded last = null;
        for (int i = 0; i < warmups + runs; i++) {
            try (ThrowawayDatabase db = ThrowawayDatabase.sqlite()) {
                db.execute(sqlite.createSchema(schema));
                long start = System.nanoTime();
                last = SeedRows.seed(db, sqlite, schema, SeedRows.DEFAULT_ROWS);
                if (i >= warmups) times[i - warmups] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "benchmark seed %-30s tables=%4d rows=%6d  sqlite seeding %9.2f ms (median of %d; goal for 500 tables: <= 2000 ms)%s%n",
                label, schema.tables().size(), last.total(), times[runs / 2], runs,
                last.notes().isEmpty() ? "" : "  notes: " + last.notes().size() + ", first: " + last.notes().get(0));
    }

    private static void verifying(String label, Schema schema, int warmups, int runs) {
        String table = schema.tables().get(0).name();
        ChangeSet change = ChangeSet.of(new AddColumn(table, Column.optional("bench_note", LogicalType.TEXT)));
        for (int rows : new int[] {0, SeedRows.DEFAULT_ROWS}) {
            double[] times = new double[runs];
            Verification last = null;
            for (int i = 0; i < warmups + runs; i++) {
                long start = System.nanoTime();
                last = Verifier.verify(VerifyTarget.sqlite(), schema, change, rows);
                if (i >= warmups) times[i - warmups] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "benchmark seed %-30s sqlite verify of an added column, %2d rows a table: %7.2f ms (median of %d)  %s%n",
                    label, rows, times[runs / 2], runs, last.summary());
        }
    }
}
