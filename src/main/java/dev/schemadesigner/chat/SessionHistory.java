package dev.schemadesigner.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.BundledProjects;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.store.StoredSession;
import dev.schemadesigner.store.StoredTurn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a session has been, read back from the store: pages of turns (a long session is never sent
 * whole), single turns, and the files of its last verified turn as a project.
 */
final class SessionHistory {

    /** Turns per page when the caller does not say. */
    static final int DEFAULT_TURNS_PER_PAGE = 20;
    /** How many turns are read at a time while looking for the last verified one. */
    private static final int SCAN_PAGE = 20;

    private final SessionStore store;
    private final Projects projects;

    SessionHistory(SessionStore store, Projects projects) {
        this.store = store;
        this.projects = projects;
    }

    /**
     * At most {@code limit} turns numbered below {@code before} (the latest when empty), oldest first.
     * Only the newest turn with files keeps them, and only on the latest page: the files of every turn
     * repeat the whole session's project, so embedding them all made a 200-turn session 17 MB.
     */
    SessionView page(StoredSession session, int limit, Optional<Integer> before) {
        List<StoredTurn> newestFirst = store.turnsNewestFirst(session.id(), before, limit);
        List<SessionView.TurnView> turns = new ArrayList<>();
        boolean filesShown = before.isPresent();
        for (StoredTurn t : newestFirst) {
            Reply reply = readReply(t);
            boolean keepFiles = !filesShown && !reply.artifacts().isEmpty();
            filesShown |= keepFiles;
            turns.add(view(t, keepFiles ? reply : withoutArtifacts(reply), !keepFiles && !reply.artifacts().isEmpty()));
        }
        Collections.reverse(turns);
        int oldestShown = turns.isEmpty() ? 1 : turns.get(0).number();
        Optional<String> next = oldestShown > 1 && !turns.isEmpty()
                ? Optional.of("?turns_limit=" + limit + "&turns_before=" + oldestShown) : Optional.empty();
        Optional<StoredTurn> latest = before.isEmpty() ? newestFirst.stream().findFirst() : store.latestTurn(session.id());
        Optional<Turn> now = latest.map(Conversation::turnOf);
        var schema = now.map(Turn::schema).orElseGet(() -> projects.get(session.projectId()).schema());
        List<String> revisions = now.map(t -> t.revisions().stream().map(dev.schemadesigner.generate.migration.RevisionChanges::title).toList()).orElse(List.of());
        return new SessionView(session.id(), session.projectId(), session.title(), turns, store.turnCount(session.id()), next, schema, revisions,
                session.createdAt(), session.updatedAt());
    }

    /** One turn with everything its reply holds, files included. */
    SessionView.TurnView turn(StoredSession session, int number) {
        StoredTurn t = store.turn(session.id(), number)
                .orElseThrow(() -> ConversationException.notFound("turn", session.id() + "/" + number));
        return view(t, readReply(t), false);
    }

    /**
     * The files of the last turn whose verification held, laid out as a project (for the bundled
     * project its own files come first, so the unpacked folder runs as it is). A turn whose
     * verification failed or was refused never ships: its change may be what the databases refused.
     */
    ProjectBundle bundle(StoredSession session) {
        Optional<Integer> unverified = Optional.empty();
        Optional<Integer> before = Optional.empty();
        while (true) {
            List<StoredTurn> page = store.turnsNewestFirst(session.id(), before, SCAN_PAGE);
            for (StoredTurn t : page) {
                Reply reply = readReply(t);
                if (reply.artifacts().isEmpty()) continue;
                if (reply.verified()) return bundle(session, t.number(), unverified, reply.artifacts());
                if (unverified.isEmpty()) unverified = Optional.of(t.number());
            }
            if (page.size() < SCAN_PAGE) break;
            before = Optional.of(page.get(page.size() - 1).number());
        }
        throw new ConversationException(ConversationException.Reason.CONFLICT, "session", unverified
                .map(n -> "no turn of session " + session.id() + " has verified yet (the latest with files, turn " + n
                        + ", did not), so there is no project to download; the reply of that turn says what failed")
                .orElse("session " + session.id() + " has no turn with files yet, so there is no project to download"));
    }

    private ProjectBundle bundle(StoredSession session, int turn, Optional<Integer> unverified, List<Artifact> artifacts) {
        List<Artifact> files = new ArrayList<>();
        if (projects.get(session.projectId()).bundled()) files.addAll(BundledProjects.customerFeedbackFiles());
        files.addAll(artifacts);
        unverified.ifPresent(n -> files.add(new Artifact(ProjectBundle.NOTE_PATH, "markdown", "advice", "# Not the latest turn\n\n"
                + "These files are from turn " + turn + ", the last turn whose verification held. Turn " + n
                + " is newer but was not verified on the databases, so its files are not here; its reply says what failed.\n")));
        Map<String, Artifact> byPath = new LinkedHashMap<>();
        files.forEach(a -> byPath.put(a.path(), a));
        return new ProjectBundle(turn, unverified, List.copyOf(byPath.values()));
    }

    /**
     * The start of {@code message} that the store keeps: at most {@code maxChars} characters, never
     * ending inside a surrogate pair.
     */
    static String storedMessage(String message, int maxChars) {
        if (message.length() <= maxChars) return message;
        int end = Character.isHighSurrogate(message.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return message.substring(0, end);
    }

    private static SessionView.TurnView view(StoredTurn t, Reply reply, boolean artifactsOmitted) {
        return new SessionView.TurnView(t.number(), t.message(), t.messageTruncated(), t.messageChars(), reply, artifactsOmitted, t.createdAt());
    }

    private static Reply withoutArtifacts(Reply r) {
        return new Reply(r.sessionId(), r.turn(), r.intent(), r.text(), r.plan(), r.findings(), List.of(), r.verification(), r.erd(), r.schema(),
                r.schemaDiff(), r.columnTypes());
    }

    static Reply readReply(StoredTurn t) {
        try {
            return Json.read(t.reply(), Reply.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply of turn " + t.number() + " of session " + t.sessionId() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
