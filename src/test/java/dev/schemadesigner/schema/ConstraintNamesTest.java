package dev.schemadesigner.schema;

import dev.schemadesigner.plan.Naming;
import dev.schemadesigner.review.SchemaFacts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One naming convention for generated constraint names: the planner and the review's fixes name alike, long names cut alike. */
class ConstraintNamesTest {
    private static final String LONG_TABLE = "customer_feedback_analysis_results_by_region_and_quarter";

    @Test
    void shortNamesFollowTheConvention() {
        assertThat(ConstraintNames.index("tickets", List.of("status", "created_at"))).isEqualTo("idx_tickets_status_created_at");
        assertThat(ConstraintNames.named("ck", "pain_points", "severity")).isEqualTo("ck_pain_points_severity");
        assertThat(ConstraintNames.enumCheck("tickets", "status")).isEqualTo("ck_tickets_status_enum");
    }

    @Test
    void longNamesAreCutTo63BytesAndStayDistinct() {
        String a = ConstraintNames.named("uq", LONG_TABLE, List.of("customer_reference", "quarter_start"));
        String b = ConstraintNames.named("uq", LONG_TABLE, List.of("customer_reference", "quarter_end"));

        assertThat(a.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(b.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(a).isNotEqualTo(b).startsWith("uq_customer_feedback");
    }

    @Test
    void thePlannerAndTheReviewNameTheSameConstraintAlike() {
        // the review used to cut at 63 characters without a hash: two long names became one
        assertThat(SchemaFacts.constraintName("ck", LONG_TABLE, "customer_reference_is_positive"))
                .isEqualTo(Naming.DEFAULT.check(LONG_TABLE, "customer_reference_is_positive"));
        assertThat(SchemaFacts.constraintName("uq", LONG_TABLE, "customer_reference_quarter_start"))
                .isEqualTo(Naming.DEFAULT.unique(LONG_TABLE, List.of("customer_reference", "quarter_start")));
        assertThat(SchemaFacts.indexName(LONG_TABLE, List.of("quarter_start", "region_code")))
                .isEqualTo(Naming.DEFAULT.index(LONG_TABLE, List.of("quarter_start", "region_code")));
    }
}
