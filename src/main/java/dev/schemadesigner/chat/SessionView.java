package dev.schemadesigner.chat;

import dev.schemadesigner.schema.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session as the API returns it: its project, one page of turns (oldest first), the schema now, how
 * many turns there are, and {@code next}, a relative link (a query string on the session's own URL)
 * to the page of turns before this one, empty on the first page. {@code revisions}: the titles of the
 * session's Alembic revisions now, in the order they run (one per turn that changed the schema, or one
 * after a squash).
 */
public record SessionView(String id, String projectId, String title, List<TurnView> turns, int turnsTotal, Optional<String> next,
                          Schema schema, List<String> revisions, Instant createdAt, Instant updatedAt) {
    public SessionView {
        turns = List.copyOf(turns);
        revisions = List.copyOf(revisions);
        Objects.requireNonNull(next, "next");
    }

    /**
     * One turn. {@code messageTruncated}: the store kept only the start of the message, which had
     * {@code messageChars} characters. {@code artifactsOmitted}: the reply's artifacts are left out
     * (all but those of the newest turn with files); the turn's own URL has them.
     */
    public record TurnView(int number, String message, boolean messageTruncated, int messageChars, Reply reply, boolean artifactsOmitted,
                           Instant createdAt) {}
}
