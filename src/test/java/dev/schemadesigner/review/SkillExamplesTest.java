package dev.schemadesigner.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The skill's own examples (SKILL-SEED.md) come out as the skill's checklist says they should. */
class SkillExamplesTest {
    private static final String FEEDBACK_ANALYSIS = """
            CREATE TABLE feedback_analysis (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id varchar(100),
                comment_text text,
                user_score integer,
                sentiment_score double precision,
                churn_risk integer,
                created_at timestamp NOT NULL
            );
            """;

    private static final String PAIN_POINTS = FEEDBACK_ANALYSIS + """
            CREATE TABLE pain_points (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                feedback_id integer NOT NULL REFERENCES feedback_analysis (id),
                category varchar(50) NOT NULL,
                subcategory varchar(50),
                keywords varchar(500),
                severity integer NOT NULL,
                created_at timestamp NOT NULL,
                updated_at timestamp NOT NULL
            );
            CREATE INDEX idx_pain_category ON pain_points (category);
            CREATE INDEX idx_pain_severity ON pain_points (severity);
            CREATE INDEX idx_pain_feedback_category ON pain_points (feedback_id, category);
            """;

    private static final String CUSTOMER_TIMELINE = FEEDBACK_ANALYSIS + """
            -- @relationship customer_timeline.feedback -> feedback_analysis
            CREATE TABLE customer_timeline (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id varchar(100) NOT NULL,
                feedback_id integer REFERENCES feedback_analysis (id),
                event_type varchar(50) NOT NULL,
                event_data json,
                occurred_at timestamp NOT NULL,
                created_at timestamp NOT NULL,
                updated_at timestamp
            );
            CREATE INDEX idx_customer_timeline ON customer_timeline (customer_id, occurred_at);
            CREATE INDEX idx_timeline_event_type ON customer_timeline (event_type);
            """;

    private static final String ANALYSIS_CACHE = """
            CREATE TABLE analysis_cache (
                id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                comment_hash varchar(64) NOT NULL,
                cached_result json,
                created_at timestamp NOT NULL,
                expires_at timestamp NOT NULL
            );
            """;

    @Test
    void ignoresPainPointForeignKeyLedByTheCompositeIndex() {
        assertThat(objectsOf("fk-missing-index", PAIN_POINTS)).doesNotContain("pain_points.feedback_id");
    }

    @Test
    void flagsPainPointKeywordsAsMultivalued() {
        assertThat(objectsOf("multivalued-column", PAIN_POINTS)).containsExactly("pain_points.keywords");
    }

    @Test
    void flagsSeverityWithoutCheck() {
        assertThat(objectsOf("check-candidate", PAIN_POINTS)).contains("pain_points.severity");
    }

    @Test
    void suggestsTheSkillsPartialIndexOnHighSeverity() {
        assertThat(review(PAIN_POINTS)).filteredOn(f -> f.rule().equals("partial-index-suggestion"))
                .extracting(Finding::message).anyMatch(m -> m.contains("severity >= 7"));
    }

    @Test
    void flagsNullableTimelineFeedbackId() {
        assertThat(objectsOf("fk-nullable", CUSTOMER_TIMELINE)).containsExactly("customer_timeline.feedback_id");
    }

    @Test
    void flagsTimelineRelationshipWithoutBackPopulatesAndItsLazyLoading() {
        assertThat(objectsOf("back-populates-missing", CUSTOMER_TIMELINE)).containsExactly("customer_timeline.feedback");
        assertThat(objectsOf("n-plus-one-risk", CUSTOMER_TIMELINE)).containsExactly("customer_timeline.feedback");
    }

    @Test
    void flagsCommentHashWithoutUnique() {
        List<Finding> findings = review(ANALYSIS_CACHE);
        assertThat(findings).filteredOn(f -> f.rule().equals("unique-natural-key")).singleElement()
                .satisfies(f -> assertThat(f.object()).isEqualTo("analysis_cache.comment_hash"))
                .satisfies(f -> assertThat(f.fix()).isPresent());
        assertThat(objectsOf("missing-filter-index", ANALYSIS_CACHE)).containsExactly("analysis_cache.expires_at");
        assertThat(objectsOf("missing-timestamps", ANALYSIS_CACHE)).containsExactly("analysis_cache");
    }

    private static List<Finding> review(String sql) {
        return new Reviewer().review(ReviewFixtures.input(sql));
    }

    private static List<String> objectsOf(String rule, String sql) {
        return review(sql).stream().filter(f -> f.rule().equals(rule)).map(Finding::object).toList();
    }
}
