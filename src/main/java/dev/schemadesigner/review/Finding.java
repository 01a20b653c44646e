package dev.schemadesigner.review;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem a rule found: the rule id (as in RULES.md), its severity, the object it is about
 * ({@code table}, {@code table.column}, an index name), one sentence, a fix where one exists, and for a
 * migration step what the database was seen to do when the step ran on seeded rows ({@link Observation}), the table
 * size a size-aware severity assumed ({@link AssumedSize}), and for an index suggestion the query plans before and after
 * the index ({@link IndexProof}).
 */
public record Finding(String rule, Severity severity, String object, String message, Optional<Fix> fix, Optional<Observation> observation,
                      Optional<AssumedSize> size, Optional<IndexProof> proof) {

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
        size = size == null ? Optional.empty() : size;
        proof = proof == null ? Optional.empty() : proof;
    }

    public Finding(String rule, Severity severity, String object, String message, Optional<Fix> fix, Optional<Observation> observation) {
        this(rule, severity, object, message, fix, observation, Optional.empty(), Optional.empty());
    }

    public Finding(String rule, Severity severity, String object, String message, Optional<Fix> fix) {
        this(rule, severity, object, message, fix, Optional.empty());
    }

    public Finding withFix(Fix value) { return new Finding(rule, severity, object, message, Optional.of(value), observation, size, proof); }

    public Finding withSeverity(Severity value) { return new Finding(rule, value, object, message, fix, observation, size, proof); }

    public Finding withObservation(Observation value) { return new Finding(rule, severity, object, message, fix, Optional.of(value), size, proof); }

    /** This finding with the size its severity assumed for its table, and where that size came from. */
    public Finding withSize(AssumedSize value) { return new Finding(rule, severity, object, message, fix, observation, Optional.of(value), proof); }

    /** This index suggestion with the plans that prove the planner uses it. */
    public Finding withProof(IndexProof value) { return new Finding(rule, severity, object, message, fix, observation, size, Optional.of(value)); }

    /** {@code severity rule object: message}, the line format of the golden files and of plain-text replies. */
    public String line() { return severity.label() + " " + rule + " " + object + ": " + message; }
}
