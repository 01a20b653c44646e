package dev.schemadesigner.review;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a rule found: the rule id (as in RULES.md), its severity, the object it is about
 * ({@code table}, {@code table.column}, an index name), one sentence, a fix where one exists, and for a
 * migration step what the database was seen to do when the step ran on seeded rows ({@link Observation}).
 */
public record Finding(String rule, Severity severity, String object, String message, Optional<Fix> fix, Optional<Observation> observation) {

    /** Most severe first, then by rule id, object and message: the same input always lists the same way. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(Finding::object).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(observation, "observation");
    }

    public Finding(String rule, Severity severity, String object, String message, Optional<Fix> fix) {
        this(rule, severity, object, message, fix, Optional.empty());
    }

    public Finding withFix(Fix value) { return new Finding(rule, severity, object, message, Optional.of(value), observation); }

    public Finding withSeverity(Severity value) { return new Finding(rule, value, object, message, fix, observation); }

    public Finding withObservation(Observation value) { return new Finding(rule, severity, object, message, fix, Optional.of(value)); }

    /** {@code severity rule object: message}, the line format of the golden files and of plain-text replies. */
    public String line() { return severity.label() + " " + rule + " " + object + ": " + message; }
}
