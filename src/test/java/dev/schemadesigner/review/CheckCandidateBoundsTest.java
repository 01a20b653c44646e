package dev.schemadesigner.review;

import dev.schemadesigner.change.AddCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * check-candidate proposes only plausible bounds: from the project (a column comment, a BETWEEN check
 * on a same-named column elsewhere) or from the column's known meaning (sentiment −1…1, confidence
 * 0…1, percent 0…100, rating 1…5, age 0…150); for a bounded value of unknown scale it asks instead.
 */
class CheckCandidateBoundsTest {

    @Test
    void fixesTakeBoundsFromTheProjectOrTheColumnsMeaningAndAskOtherwise() {
        // given
        ReviewInput input = ReviewFixtures.read(Path.of("src/test/resources/review/check-candidate/plausible-bounds.sql"));

        // when
        List<Finding> findings = new Reviewer().review(input).stream().filter(f -> f.rule().equals("check-candidate")).toList();
        Map<String, String> proposed = new LinkedHashMap<>();
        for (Finding f : findings) {
            proposed.put(f.object(), f.fix().map(fix -> ((AddCheck) fix.changes().ops().get(0)).check().expression()).orElse("asks: " + f.message()));
        }

        // then
        assertThat(proposed).containsEntry("feedback.sentiment_score", "sentiment_score BETWEEN -1 AND 1")
                .containsEntry("feedback.confidence", "confidence BETWEEN 0 AND 1")
                .containsEntry("feedback.discount_percent", "discount_percent BETWEEN 0 AND 100")
                .containsEntry("feedback.rating", "rating BETWEEN 1 AND 5")
                .containsEntry("feedback.age", "age BETWEEN 0 AND 150")
                .containsEntry("feedback.quality_score", "quality_score BETWEEN 0 AND 10")
                .containsEntry("feedback.churn_score", "churn_score BETWEEN 0 AND 1")
                .containsEntry("feedback.unit_price", "unit_price >= 0")
                .doesNotContainKey("reviews.quality_score");
        assertThat(proposed.get("feedback.user_score")).startsWith("asks: ").contains("what are its bounds")
                .contains("user_score must be between <low> and <high> on feedback");
        assertThat(proposed.get("feedback.priority")).startsWith("asks: ");
        assertThat(proposed.values()).noneMatch(e -> e.equals("sentiment_score BETWEEN 0 AND 100"));
    }
}
