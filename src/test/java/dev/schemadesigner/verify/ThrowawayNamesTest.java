package dev.schemadesigner.verify;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit H4 (5.6–5.8): a throw-away's name says which process made it and when. */
class ThrowawayNamesTest {

    @Test
    void carriesTheInstanceAndTheCreationSecond() {
        Instant created = Instant.parse("2026-12-07T01:02:03Z");

        String name = ThrowawayNames.of("0123abcd", created);

        assertThat(name).startsWith("sd_verify_0123abcd_").matches("[a-z0-9_]+").hasSizeLessThanOrEqualTo(63);
        assertThat(ThrowawayNames.createdAt(name)).contains(created);
        assertThat(ThrowawayNames.instanceOf(name)).contains("0123abcd");
        assertThat(ThrowawayNames.isThrowaway(name)).isTrue();
    }

    @Test
    void namesOfThisProcessCarryItsInstanceAndAreUnique() {
        String first = ThrowawayNames.next();
        String second = ThrowawayNames.next();

        assertThat(first).isNotEqualTo(second);
        assertThat(ThrowawayNames.instanceOf(first)).contains(ThrowawayNames.INSTANCE);
        assertThat(ThrowawayNames.createdAt(first).orElseThrow()).isBetween(Instant.now().minusSeconds(5), Instant.now());
    }

    @Test
    void namesFromBeforeTheStampHaveNoCreationTimeButAreThrowaways() {
        assertThat(ThrowawayNames.createdAt("sd_verify_43fba94b2a2b")).isEmpty();
        assertThat(ThrowawayNames.isThrowaway("sd_verify_43fba94b2a2b")).isTrue();
    }

    @Test
    void nothingThatNeedsQuotingIsAThrowaway() {
        assertThat(ThrowawayNames.isThrowaway("sd_verify_x; DROP DATABASE test")).isFalse();
        assertThat(ThrowawayNames.isThrowaway("public")).isFalse();
        assertThat(ThrowawayNames.isThrowaway("sd_verify_")).isFalse();
    }
}
