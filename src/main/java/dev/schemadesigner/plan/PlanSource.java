package dev.schemadesigner.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * Who produced a plan: the {@link RulePlanner} or a model. When a model was configured but the
 * rule planner answered, {@code fallback} says why, so the reply can tell the user.
 */
public record PlanSource(Kind kind, Optional<String> model, Optional<Fallback> fallback) {

    public enum Kind { RULES, MODEL }

    /** Why the model's answer was not used. */
    public enum Cause {
        /** every concurrent model slot of this instance was busy */
        SATURATED,
        /** the provider kept answering 429 */
        RATE_LIMITED,
        /** the provider did not answer within the configured timeout */
        TIMEOUT,
        /** any other provider failure: 5xx, an unreadable response body, a refused key */
        PROVIDER_ERROR,
        /** the answer did not parse or did not apply to the schema, also after the repair rounds */
        INVALID_OUTPUT,
        /** the model proposed no change at all */
        NO_CHANGES
    }

    public record Fallback(Cause cause, String detail) {
        public Fallback {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public PlanSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fallback, "fallback");
        if (kind == Kind.MODEL && fallback.isPresent()) throw new IllegalArgumentException("a model plan is not a fallback");
    }

    public static PlanSource rules() { return new PlanSource(Kind.RULES, Optional.empty(), Optional.empty()); }

    public static PlanSource model(String name) { return new PlanSource(Kind.MODEL, Optional.of(name), Optional.empty()); }

    public static PlanSource fallback(String model, Cause cause, String detail) {
        return new PlanSource(Kind.RULES, Optional.of(model), Optional.of(new Fallback(cause, detail)));
    }
}
