package dev.schemadesigner.surface.http;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ReviewRequest;
import dev.schemadesigner.chat.Source;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.Verifier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;

/**
 * What the fuzz tests check of every input: it is answered as {@code POST /api/v1/review} would answer it, never
 * with a 500 (the one exception-to-status mapping, {@link Problems#describe}), and within a CPU-time bound that grows
 * with its length (so a reader that backtracks or loops on some input is a finding, whatever else the machine does).
 * Fuzz tests run with {@code JAZZER_FUZZ=1} in their own surefire execution, one JVM per class, for
 * {@code maxDuration} each; a finding is written under {@code src/test/resources/…/<Class>Inputs/} and replayed
 * from then on.
 */
final class FuzzedReview {
    private FuzzedReview() {}

    /** The fixed part of the bound covers a cold JIT; the rest is per character of input. */
    static final long BOUND_BASE_MILLIS = 1_000;
    static final double BOUND_MILLIS_PER_CHAR = 0.5;
    static final String[] DIALECTS = {"postgresql", "mariadb", "sqlite"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Conversation CONVERSATION = new Conversation(
            SessionStore.open("jdbc:sqlite:" + TestApp.tempFile()), IntentDetector.withDefaultSkills(), new RulePlanner(),
            new Reviewer(), Verifier.of(Optional.empty(), Optional.empty()));

    static void schema(String format, String content, String dialect) {
        review(new ReviewRequest(Optional.of(new Source(format, content, Optional.of("fuzzed"))), List.of(), Optional.of(dialect),
                List.of(), List.of()), content.length());
    }

    static void migration(String format, String content, String dialect) {
        review(new ReviewRequest(Optional.empty(), List.of(new Source(format, content, Optional.of("fuzzed"))), Optional.of(dialect),
                List.of(), List.of()), content.length());
    }

    /** A request body as the review route reads it: JSON tree, then the request record, then the review. */
    static void body(String json) {
        within(json.length(), () -> {
            com.fasterxml.jackson.databind.JsonNode node = dev.schemadesigner.json.Json.tree(json);
            if (node.isObject()) CONVERSATION.review(Bodies.as(node, ReviewRequest.class, "body")); // else Bodies.object's 400
        });
    }

    static void review(ReviewRequest request, int chars) {
        within(chars, () -> CONVERSATION.review(request));
    }

    private static void within(int chars, ThrowingRunnable call) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            call.run();
        } catch (Exception e) {
            Problems.Problem problem = Problems.describe(e);
            if (problem.status() >= 500) throw new AssertionError("answered " + problem.status() + ": " + e, e);
        }
        double millis = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        double bound = BOUND_BASE_MILLIS + BOUND_MILLIS_PER_CHAR * chars;
        if (millis > bound) {
            throw new AssertionError(String.format("%.0f ms of CPU for %d characters; the bound is %.0f ms", millis, chars, bound));
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
