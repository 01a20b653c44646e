package dev.schemadesigner.chat;

import dev.schemadesigner.review.Fix;

import java.util.Objects;

/**
 * A change the turn made beyond what was asked: a review finding's fix applied automatically.
 * {@code change} says what was done, {@code because} the finding that asked for it, and {@code undo}
 * is the fix that takes it back, sent as the next turn's {@code fix} when the person declines it.
 */
public record AlsoChanged(String rule, String object, String change, String because, Fix undo) {
    public AlsoChanged {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(undo, "undo");
    }
}
