package dev.schemadesigner.chat;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.schema.Schema;

/**
 * What a session carries from one turn to the next: the schema now, every change since the
 * project's schema, and — when the last reply asked a question — the request it proposed instead.
 */
record Turn(int number, Schema schema, ChangeSet sessionChanges, java.util.Optional<String> proposal) {
    static Turn first(ProjectContext project) { return new Turn(0, project.schema(), ChangeSet.of(), java.util.Optional.empty()); }

    /** This turn with {@code request} as a proposal already accepted: a caller that asked for a design passes no intent gate. */
    Turn accepting(String request) { return new Turn(number, schema, sessionChanges, java.util.Optional.of(request)); }
}
