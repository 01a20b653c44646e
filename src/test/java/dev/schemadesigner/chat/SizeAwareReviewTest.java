package dev.schemadesigner.chat;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.review.SizeSeverity;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.VerifyTarget;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue I's size-aware severity: the same locking step is info on a small table, a warning on a medium one, an error on a large one. */
class SizeAwareReviewTest {
    private final SourceReview review = new SourceReview(new Reviewer(), LiveDatabases.none());

    private List<Finding> review(String sql, Map<String, Long> rowCounts) {
        ReviewRequest request = new ReviewRequest(Optional.empty(), List.of(new Source("sql", sql, Optional.of("V7__m.sql"))), Optional.of("postgresql"),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), rowCounts, Optional.empty(), Optional.empty());
        return review.review(request).findings().stream().filter(f -> f.rule().equals("create-index-not-concurrently")).toList();
    }

    private static final String INDEX = "CREATE INDEX idx_orders_status ON orders (status);\n";

    @Test
    void readsRowCountsFromComments() {
        assertThat(SizeSeverity.commentCounts("-- ~18M rows\nSELECT 1;\n# 2 million rows\n-- 1,500 rows")).isEqualTo(
                Map.of(1, 18_000_000L, 3, 2_000_000L, 4, 1_500L));
    }

    @Test
    void aCommentBeforeTheStepSetsTheSizeAndTheSeverity() {
        Finding f = review("-- orders: ~18M rows\n" + INDEX, Map.of()).get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).endsWith("(orders assumed 18,000,000 rows (comment, line 1))");
    }

    @Test
    void rowCountsMakeTheSameStepInfoWarningOrError() {
        assertThat(review(INDEX, Map.of("orders", 5_000L)).get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(review(INDEX, Map.of("orders", 500_000L)).get(0).severity()).isEqualTo(Severity.WARNING);
        Finding large = review(INDEX, Map.of("orders", 50_000_000L)).get(0);
        assertThat(large.severity()).isEqualTo(Severity.ERROR);
        assertThat(large.message()).contains("assumed 50,000,000 rows (row_counts)");
    }

    @Test
    void withoutASizeTheRuleKeepsItsSeverity() {
        Finding f = review(INDEX, Map.of()).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).doesNotContain("assumed");
    }

    @Test
    void anObservedStepExtrapolatesItsDurationToTheAssumedSize() {
        SourceReview observing = new SourceReview(new Reviewer(), LiveDatabases.none(), List.of(VerifyTarget.postgres(TestDatabases.postgresVerifyUrl())));
        ReviewRequest request = new ReviewRequest(Optional.empty(), List.of(new Source("sql", "-- ~2 million rows\n" + INDEX, Optional.of("V7__m.sql"))),
                Optional.of("postgresql"), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(2_000), Map.of(),
                Optional.empty(), Optional.empty());
        Finding f = observing.review(request).findings().stream().filter(x -> x.rule().equals("create-index-not-concurrently")).findFirst().orElseThrow();
        assertThat(f.observation()).isPresent();
        assertThat(f.observation().get().rows()).isEqualTo(2_000);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).containsPattern("orders assumed 2,000,000 rows \\(comment, line 1\\); about [0-9.]+ (ms|s) at that size, from [0-9.]+ (ms|s) at 2,000 rows");
    }

    @Test
    void theFindingSaysTheSizeItAssumedAndWhereItCameFrom() {
        Finding f = review(INDEX, Map.of("orders", 500_000L)).get(0);
        assertThat(f.size()).contains(new dev.schemadesigner.review.AssumedSize("orders", Optional.of(500_000L), "row_counts"));
        Finding commented = review("-- ~18M rows\n" + INDEX, Map.of()).get(0);
        assertThat(commented.size()).contains(new dev.schemadesigner.review.AssumedSize("orders", Optional.of(18_000_000L), "comment, line 1"));
    }

    @Test
    void theProjectsRowCountsAreTheSizeWhenNothingNearerSays() {
        ReviewRequest request = new ReviewRequest(Optional.empty(), List.of(new Source("sql", INDEX, Optional.of("V7__m.sql"))), Optional.of("postgresql"),
                List.of(), List.of());
        Finding f = review.review(request, Map.of("orders", 50_000_000L)).findings().stream()
                .filter(x -> x.rule().equals("create-index-not-concurrently")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.size()).contains(new dev.schemadesigner.review.AssumedSize("orders", Optional.of(50_000_000L), "project"));
        assertThat(f.message()).contains("orders assumed 50,000,000 rows (project)");
        // a comment in the source is nearer than the project
        ReviewRequest commented = new ReviewRequest(Optional.empty(), List.of(new Source("sql", "-- 2,000 rows\n" + INDEX, Optional.of("V7__m.sql"))),
                Optional.of("postgresql"), List.of(), List.of());
        Finding near = review.review(commented, Map.of("orders", 50_000_000L)).findings().stream()
                .filter(x -> x.rule().equals("create-index-not-concurrently")).findFirst().orElseThrow();
        assertThat(near.severity()).isEqualTo(Severity.INFO);
        assertThat(near.size().orElseThrow().source()).isEqualTo("comment, line 1");
    }

    @Test
    void aLiveDatabasesStatisticsAreTheSizeOfItsTables() throws Exception {
        try (var db = TestDatabases.open(ThrowawayDatabase.Kind.POSTGRESQL)) {
            // given: a live database whose statistics know orders' rows
            db.execute(List.of("CREATE TABLE orders (id BIGINT PRIMARY KEY, status VARCHAR(20) NOT NULL)",
                    "INSERT INTO orders SELECT g, 'open' FROM generate_series(1, 3000) g", "ANALYZE orders"));
            String url = TestDatabases.postgresUrl() + (TestDatabases.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + db.name();
            SourceReview live = new SourceReview(new Reviewer(), new LiveDatabases(List.of(url)));
            ReviewRequest request = new ReviewRequest(Optional.of(new Source("database", url, Optional.empty())),
                    List.of(new Source("sql", INDEX, Optional.of("V7__m.sql"))), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                    Optional.of(false), Optional.empty(), Map.of(), Optional.of(1_000L), Optional.empty());
            // when
            Finding f = live.review(request).findings().stream().filter(x -> x.rule().equals("create-index-not-concurrently")).findFirst().orElseThrow();
            // then
            assertThat(f.size()).contains(new dev.schemadesigner.review.AssumedSize("orders", Optional.of(3_000L), "database statistics"));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("orders assumed 3,000 rows (database statistics)");
        }
    }

    @Test
    void mariadbStatisticsGiveTheTablesRows() throws Exception {
        try (var db = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB)) {
            db.execute(List.of("CREATE TABLE orders (id BIGINT PRIMARY KEY, status VARCHAR(20) NOT NULL)",
                    "INSERT INTO orders SELECT seq, 'open' FROM seq_1_to_3000", "ANALYZE TABLE orders"));
            var sizes = dev.schemadesigner.review.DatabaseReview.read(db.connection(), db.name()).sizes();
            assertThat(sizes.get("orders").source()).isEqualTo("database statistics");
            // InnoDB's TABLE_ROWS is an estimate from sampled pages
            assertThat(sizes.get("orders").rows()).isBetween(1_500L, 6_000L);
        }
    }
}
