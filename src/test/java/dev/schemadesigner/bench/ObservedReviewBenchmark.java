package dev.schemadesigner.bench;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.importer.SqlDdlImporter;
import dev.schemadesigner.importer.SqlMigrationImporter;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.VerifyTarget;
import dev.schemadesigner.verify.locks.MigrationObserver;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What observing a migration adds to its review (issue I's goal: at most 2 s for a 5-step migration at 10,000 rows):
 * the median of 5 warm runs of importing and reviewing a 5-step SQL migration on two tables, without and with the
 * observation on the PostgreSQL of {@code SD_TEST_POSTGRES_VERIFY_URL} (seeding, every step, the sampling, the drop).
 * Run: {@code scripts/bench.sh dev.schemadesigner.bench.ObservedReviewBenchmark}.
 */
public final class ObservedReviewBenchmark {
    private static final int ROWS = 10_000;
    private static final String BEFORE = """
            CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
            CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT, amount INTEGER NOT NULL, note VARCHAR(50), status VARCHAR(20));
            """;
    private static final String MIGRATION = """
            ALTER TABLE orders ADD COLUMN created_at TIMESTAMP DEFAULT now();
            CREATE INDEX idx_orders_status ON orders (status);
            ALTER TABLE orders ALTER COLUMN amount TYPE BIGINT;
            ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
            ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;
            """;

    public static void main(String[] args) throws SQLException {
        Schema before = new SqlDdlImporter().importSql(BEFORE, "postgresql").schema();
        VerifyTarget postgres = VerifyTarget.postgres(TestDatabases.postgresVerifyUrl());
        Reviewer reviewer = new Reviewer();
        for (int i = 0; i < 2; i++) review(reviewer, before, postgres, true); // warm up
        List<Long> plain = new ArrayList<>();
        List<Long> observed = new ArrayList<>();
        int carrying = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            review(reviewer, before, postgres, false);
            plain.add(System.nanoTime() - start);
            start = System.nanoTime();
            carrying = (int) review(reviewer, before, postgres, true).stream().filter(f -> f.observation().isPresent()).count();
            observed.add(System.nanoTime() - start);
        }
        long p = median(plain);
        long o = median(observed);
        System.out.printf("5-step migration review at %,d rows: %.1f ms without observation, %.1f ms with it; observation adds %.2f s"
                + " (goal <= 2 s: %s); %d findings carry an observation%n", ROWS, p / 1e6, o / 1e6, (o - p) / 1e9,
                o - p <= 2_000_000_000L ? "met" : "NOT met", carrying);
    }

    private static List<Finding> review(Reviewer reviewer, Schema before, VerifyTarget postgres, boolean observe) throws SQLException {
        MigrationImport m = new SqlMigrationImporter().importScript(MIGRATION, "V2__orders.sql", "postgresql", before);
        ReviewInput input = ReviewInput.of(before).withMigration(m.script(), before);
        if (observe) input = input.withObservations(MigrationObserver.observe(postgres, before, m.script(), ROWS));
        return reviewer.review(input);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
