package dev.schemadesigner.intent;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class IntentModelLoadingTest {

    private static final String PASTED_MIGRATION_TO_REVIEW = "review this migration:\nALTER TABLE orders ADD COLUMN note text NOT NULL;";

    @Test
    void answersWhatTheWordsDecideAtOnceAndWaitsBoundedForTheRestWhileTheModelLoads() throws Exception {
        // given: a model that stays loading until released
        CountDownLatch release = new CountDownLatch(1);
        IntentDetector detector = new IntentDetector(SkillLoader.loadDefault(), IntentThresholds.DEFAULT, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PrototypeIndex.shared();
        });
        Thread loading = detector.warmUpInBackground(Duration.ofMillis(300));
        try {
            // when / then: pasted code with a review request needs no embedding
            long start = System.nanoTime();
            Intent review = detector.detect(PASTED_MIGRATION_TO_REVIEW);
            assertThat(review.kind()).isEqualTo(IntentKind.REVIEW);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(250));

            // an ambiguous message waits for the model, at most the bound, then the words answer it
            start = System.nanoTime();
            Intent ambiguous = detector.detect("tracking pain points");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(290), Duration.ofSeconds(5));
            assertThat(ambiguous).isNotNull();
        } finally {
            release.countDown();
            loading.join();
        }
        // once loaded, the same message gets the embedded answer
        assertThat(detector.detect("tracking pain points")).isEqualTo(detector.embeddedAnswer("tracking pain points"));
    }

    @Test
    void aRepeatedTextGetsTheSameAnswer() {
        IntentDetector detector = IntentDetector.withDefaultSkills();
        Intent first = detector.detect("now add a priority column to the tickets table");

        assertThat(detector.detect("now add a priority column to the tickets table")).isEqualTo(first);
    }
}
