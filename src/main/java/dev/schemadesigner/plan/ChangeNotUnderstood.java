package dev.schemadesigner.plan;

import java.util.List;
import java.util.Optional;

/**
 * A change request whose action was read but whose words do not all name something in the schema:
 * what was understood ("make a column NOT NULL"), the words that could not be placed, the nearest
 * name they may have meant, and the names they could have been. The planner turns it into a question
 * that says all of this and offers the nearest valid change.
 */
final class ChangeNotUnderstood extends dev.schemadesigner.error.UserFacingException {
    private final String understood;
    private final List<String> unplaced;
    private final Optional<String> nearest;
    private final List<String> candidates;
    private final Optional<String> missing;

    ChangeNotUnderstood(String understood, List<String> unplaced, Optional<String> nearest, List<String> candidates) {
        this(understood, unplaced, nearest, candidates, Optional.empty());
    }

    /** {@code missing}: what the request must still say, when every word was placed but the change needs one more fact. */
    ChangeNotUnderstood(String understood, List<String> unplaced, Optional<String> nearest, List<String> candidates, Optional<String> missing) {
        super(dev.schemadesigner.error.ErrorCode.CHANGE_NOT_UNDERSTOOD, missing.orElse("could not place " + unplaced) + " while reading " + understood);
        this.understood = understood;
        this.unplaced = List.copyOf(unplaced);
        this.nearest = nearest;
        this.candidates = List.copyOf(candidates);
        this.missing = missing;
    }

    Optional<String> missing() { return missing; }

    String understood() { return understood; }

    List<String> unplaced() { return unplaced; }

    Optional<String> nearest() { return nearest; }

    List<String> candidates() { return candidates; }
}
