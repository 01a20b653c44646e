package dev.schemadesigner.surface.slack;

import com.slack.api.app_backend.SlackSignature;
import dev.schemadesigner.surface.http.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

/**
 * Proves a request came from Slack: {@code X-Slack-Signature} must be {@code v0=} HMAC-SHA256 of
 * {@code v0:<X-Slack-Request-Timestamp>:<body>} under the app's signing secret (the SDK's
 * {@link SlackSignature.Generator}), compared in constant time; and the timestamp must be within 5
 * minutes of now, so a captured request cannot be replayed later. Each refusal is a 401 that says which.
 */
final class SlackRequestCheck {
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final SlackSignature.Generator signatures;
    private final Clock clock;

    SlackRequestCheck(String signingSecret, Clock clock) {
        this.signatures = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    void verify(String timestamp, String signature, String body) {
        if (timestamp == null || timestamp.isBlank()) throw refused("the request has no X-Slack-Request-Timestamp header; only Slack's signed requests are accepted");
        if (signature == null || signature.isBlank()) throw refused("the request has no X-Slack-Signature header; only Slack's signed requests are accepted");
        long sent;
        try {
            sent = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw refused("X-Slack-Request-Timestamp '" + timestamp + "' is not a Unix time in seconds");
        }
        long age = clock.instant().getEpochSecond() - sent;
        if (Math.abs(age) > MAX_AGE.toSeconds()) {
            throw refused("the request was signed " + (age > 0 ? age + " s ago" : -age + " s in the future")
                    + "; Slack requests more than 5 minutes from now are refused, so a captured request cannot be replayed");
        }
        byte[] expected = signatures.generate(timestamp.trim(), body).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8))) {
            throw refused("X-Slack-Signature does not match the body signed with this app's signing secret (SD_SLACK_SIGNING_SECRET)");
        }
    }

    private static ApiException refused(String detail) { return new ApiException.Unauthorized(detail); }
}
