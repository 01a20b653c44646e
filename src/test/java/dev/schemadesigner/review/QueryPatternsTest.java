package dev.schemadesigner.review;

import dev.schemadesigner.review.QueryPattern.ColumnRef;
import dev.schemadesigner.review.QueryPattern.Kind;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPatternsTest {
    private static final Schema SCHEMA = ReviewFixtures.schemaOf("""
            CREATE TABLE feedback_analysis (id integer PRIMARY KEY, customer_id varchar(100) NOT NULL, churn_risk integer NOT NULL,
                metadata jsonb NOT NULL, created_at timestamptz NOT NULL);
            CREATE TABLE pain_points (id integer PRIMARY KEY, feedback_id integer NOT NULL REFERENCES feedback_analysis (id),
                category varchar(50) NOT NULL, severity integer NOT NULL);
            """);

    @Test
    void resolvesAliasesAndOrdersTheLookupKeyEqualitiesFirst() {
        QueryPattern q = parse("SELECT f.id FROM feedback_analysis f WHERE f.created_at > ? AND f.customer_id = :c ORDER BY f.created_at DESC");
        assertThat(q.tables()).containsExactly("feedback_analysis");
        assertThat(q.lookupKey("feedback_analysis")).containsExactly("customer_id", "created_at");
        assertThat(q.equalityCount("feedback_analysis")).isEqualTo(1);
        assertThat(q.selected()).containsExactly(new ColumnRef("feedback_analysis", "id"));
    }

    @Test
    void separatesFixedThresholdsForPartialIndexes() {
        QueryPattern q = parse("SELECT * FROM pain_points p JOIN feedback_analysis f ON f.id = p.feedback_id WHERE p.severity >= 7 AND f.churn_risk > ?");
        assertThat(q.joins()).hasSize(1);
        assertThat(q.partialPredicates("pain_points")).singleElement().satisfies(p -> assertThat(QueryPattern.unqualified(p)).isEqualTo("severity >= 7"));
        assertThat(q.partialPredicates("feedback_analysis")).isEmpty();
        assertThat(q.lookupKey("feedback_analysis")).containsExactly("churn_risk");
        assertThat(q.selectsAll()).isTrue();
    }

    @Test
    void readsJsonKeysAndContainment() {
        QueryPattern q = parse("SELECT id FROM feedback_analysis WHERE metadata->>'channel' = ? AND metadata @> '{\"a\":1}'");
        assertThat(q.predicates()).extracting(QueryPattern.Predicate::kind).containsExactly(Kind.JSON, Kind.JSON);
        assertThat(q.predicates()).extracting(QueryPattern.Predicate::jsonKey).containsExactly(Optional.of("channel"), Optional.empty());
    }

    @Test
    void readsAggregatesAndGroups() {
        QueryPattern q = parse("SELECT category, count(*) FROM pain_points GROUP BY category");
        assertThat(q.aggregates()).containsExactly("count");
        assertThat(q.groupBy()).containsExactly(new ColumnRef("pain_points", "category"));
    }

    @Test
    void rejectsWhatIsNotAPlainSelect() {
        assertThat(QueryPatterns.parse("DELETE FROM pain_points WHERE id = 1", SCHEMA)).isEmpty();
        assertThat(QueryPatterns.parse("not sql at all", SCHEMA)).isEmpty();
        assertThat(new ReviewContext(ReviewInput.of(SCHEMA).withQueryPatterns(List.of("nonsense"))).unreadQueries()).containsExactly("nonsense");
    }

    private static QueryPattern parse(String sql) {
        return QueryPatterns.parse(sql, SCHEMA).orElseThrow();
    }
}
