package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes one Alembic revision of a session carries (one per turn that changed the schema, or
 * the one revision a squash leaves), and its title. A session's revisions, in order, form its chain:
 * each applies to the schema the ones before it left.
 */
public record RevisionChanges(String title, ChangeSet changes) {
    public RevisionChanges {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(changes, "changes");
    }

    /** A revision titled by what it does. */
    public static RevisionChanges of(ChangeSet changes) { return new RevisionChanges(RevisionTitle.of(changes), changes); }

    /** Every change of a chain, in the order the revisions run. */
    public static ChangeSet concatenated(List<RevisionChanges> chain) {
        List<Op> ops = new ArrayList<>();
        chain.forEach(r -> ops.addAll(r.changes().ops()));
        return new ChangeSet(ops);
    }
}
