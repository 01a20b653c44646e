package dev.schemadesigner.plan;

import java.util.Objects;

/**
 * What the planner asks when a request is too vague to plan: one precise question, and the
 * default it would assume, written as a request the planner itself understands (so "yes, go
 * ahead" can be planned by sending {@code assumedRequest}).
 */
public record Question(String text, String assumedRequest) {
    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(assumedRequest, "assumedRequest");
    }
}
