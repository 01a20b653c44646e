package dev.schemadesigner.chat;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.generate.migration.RevisionChanges;
import dev.schemadesigner.schema.Schema;

import java.util.List;
import java.util.Optional;

/**
 * What a session carries from one turn to the next: the schema now, every change since the
 * project's schema, the Alembic revisions those changes form (one per turn that changed the schema,
 * or one after a squash), and — when the last reply asked a question — the request it proposed instead.
 */
record Turn(int number, Schema schema, ChangeSet sessionChanges, Optional<String> proposal, List<RevisionChanges> revisions) {
    Turn {
        revisions = List.copyOf(revisions);
    }

    /** A turn stored before revisions were kept apart: its changes are one revision. */
    Turn(int number, Schema schema, ChangeSet sessionChanges, Optional<String> proposal) {
        this(number, schema, sessionChanges, proposal, sessionChanges.isEmpty() ? List.of() : List.of(RevisionChanges.of(sessionChanges)));
    }

    static Turn first(ProjectContext project) { return new Turn(0, project.schema(), ChangeSet.of(), Optional.empty(), List.of()); }

    /** This turn with {@code request} as a proposal already accepted: a caller that asked for a design passes no intent gate. */
    Turn accepting(String request) { return new Turn(number, schema, sessionChanges, Optional.of(request), revisions); }

    /** The revisions with {@code changes} as one more on top (none when they change nothing). */
    List<RevisionChanges> revisionsWith(ChangeSet changes) {
        if (changes.isEmpty()) return revisions;
        List<RevisionChanges> out = new java.util.ArrayList<>(revisions);
        out.add(RevisionChanges.of(changes));
        return List.copyOf(out);
    }
}
