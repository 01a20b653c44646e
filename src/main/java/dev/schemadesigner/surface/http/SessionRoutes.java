package dev.schemadesigner.surface.http;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ProjectBundle;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.chat.TurnControl;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions: the caller's recent list, one session with a page of its turns, one turn whole, and the
 * last verified turn's artifacts as a zip laid out as a project. The list shows only the caller's own
 * sessions ({@link ClientIds}); one session is read by its id, which is unguessable and is what grants
 * access to it.
 */
final class SessionRoutes {
    private final Conversation conversation;

    SessionRoutes(Conversation conversation) { this.conversation = conversation; }

    void register(Javalin app) {
        app.get("/api/v1/sessions", ctx -> ctx.json(Map.of("sessions", conversation.recentSessions(ClientIds.owner(ctx), limit(ctx)))));
        app.get("/api/v1/sessions/{id}", ctx -> ctx.json(conversation.session(ctx.pathParam("id"),
                number(ctx, "turns_limit", 1, 100).orElse(DEFAULT_TURNS_LIMIT), number(ctx, "turns_before", 1, Integer.MAX_VALUE))));
        app.get("/api/v1/sessions/{id}/turns/{number}", ctx -> ctx.json(conversation.turn(ctx.pathParam("id"), turnNumber(ctx))));
        app.get("/api/v1/sessions/{id}/artifacts.zip", this::zip);
        app.post("/api/v1/sessions/{id}/squash", this::squash);
    }

    private static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) return 50;
        try {
            int n = Integer.parseInt(raw);
            if (n < 1 || n > 500) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException.BadRequest("limit", "must be a whole number from 1 to 500");
        }
    }

    private static final int DEFAULT_TURNS_LIMIT = 20;

    /** An optional whole-number query parameter within {@code min..max}. */
    private static Optional<Integer> number(Context ctx, String name, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null) return Optional.empty();
        try {
            int n = Integer.parseInt(raw);
            if (n < min || n > max) throw new NumberFormatException();
            return Optional.of(n);
        } catch (NumberFormatException e) {
            throw new ApiException.BadRequest(name, "must be a whole number from " + min + " to " + max);
        }
    }

    private static int turnNumber(Context ctx) {
        try {
            int n = Integer.parseInt(ctx.pathParam("number"));
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException.BadRequest("number", "a turn number is a whole number from 1");
        }
    }

    /** The session's revisions replaced by one net revision; 404 for an unknown session, 409 when there is nothing to squash. */
    private void squash(Context ctx) {
        TurnControl turn = conversation.newTurn();
        try (ClientDisconnect watch = ClientDisconnect.watch(ctx, turn)) {
            ctx.json(conversation.squash(ctx.pathParam("id"), StageListener.NONE, turn));
        }
    }

    private void zip(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ProjectBundle bundle = conversation.projectBundle(id);
        ctx.header("X-Schema-Designer-Turn", bundle.describeTurn());
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"schema-designer-" + id.replaceAll("[^A-Za-z0-9-]", "") + ".zip\"");
        ctx.result(bundle.zip());
    }
}
