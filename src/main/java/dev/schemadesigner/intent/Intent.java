package dev.schemadesigner.intent;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link IntentDetector}: whether a message is about schema design, which kind of
 * request it is, how sure the detector is (0..1) and the skill trigger phrase it matched, if any.
 */
public record Intent(boolean schemaRelated, IntentKind kind, double confidence, Optional<String> trigger) {

    public Intent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        if (schemaRelated == (kind == IntentKind.NONE)) {
            throw new IllegalArgumentException("schemaRelated must be false exactly when kind is NONE, got " + kind);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }

    public static Intent none(double confidence) {
        return new Intent(false, IntentKind.NONE, confidence, Optional.empty());
    }
}
