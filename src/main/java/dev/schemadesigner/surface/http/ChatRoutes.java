package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.chat.TurnControl;
import dev.schemadesigner.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/v1/chat} (JSON, or server-sent events of each stage) and the stateless {@code POST /api/v1/design}. */
final class ChatRoutes {
    private final Conversation conversation;

    ChatRoutes(Conversation conversation) { this.conversation = conversation; }

    void register(Javalin app) {
        app.post("/api/v1/chat", this::chat);
        app.post("/api/v1/design", this::design);
    }

    private void chat(Context ctx) throws IOException {
        JsonNode body = Bodies.object(ctx);
        String message = Bodies.requiredText(body, "message");
        Optional<String> sessionId = Bodies.optionalText(body, "session_id");
        Optional<String> projectId = Bodies.optionalText(body, "project_id");
        Optional<ChangeSet> fix = fix(body);
        TurnControl turn = conversation.newTurn();
        String owner = ClientIds.owner(ctx);
        if (!wantsEvents(ctx)) {
            try (ClientDisconnect watch = ClientDisconnect.watch(ctx, turn)) {
                Reply reply = conversation.chat(sessionId, projectId, message, fix, StageListener.NONE, turn);
                if (sessionId.isEmpty()) conversation.claimSession(reply.sessionId(), owner);
                ctx.json(reply);
            }
            return;
        }
        sessionId.ifPresent(conversation::requireSession);
        Events events = new Events(ctx);
        try (ClientDisconnect watch = ClientDisconnect.watch(ctx, turn)) {
            conversation.chat(sessionId, projectId, message, fix, (stage, data) -> {
                // a new session is the caller's before the client hears of it, so its next list shows it
                if (sessionId.isEmpty() && data instanceof Reply reply) conversation.claimSession(reply.sessionId(), owner);
                events.send(stage, data);
            }, turn);
        } catch (RuntimeException e) {
            events.error(e);
        }
    }

    /** The optional {@code fix: {changes: [Op], summary?}} of a finding, applied as the turn's plan. */
    private static Optional<ChangeSet> fix(JsonNode body) {
        JsonNode fix = body.get("fix");
        if (fix == null || fix.isNull()) return Optional.empty();
        if (!fix.isObject() || !fix.path("changes").isArray()) throw new ApiException.BadRequest("fix", "must be an object with a changes array");
        List<Op> ops = Bodies.as(fix.get("changes"), OPS, "fix.changes");
        return Optional.of(new ChangeSet(ops));
    }

    private static final TypeReference<List<Op>> OPS = new TypeReference<>() { };

    private void design(Context ctx) throws IOException {
        JsonNode body = Bodies.object(ctx);
        String request = Bodies.requiredText(body, "request");
        Optional<ProjectRequest> project = body.hasNonNull("project") ? Optional.of(Bodies.as(body.get("project"), ProjectRequest.class, "project")) : Optional.empty();
        TurnControl turn = conversation.newTurn();
        try (ClientDisconnect watch = ClientDisconnect.watch(ctx, turn)) {
            ctx.json(conversation.design(request, project, StageListener.NONE, turn));
        }
    }

    private static boolean wantsEvents(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/event-stream");
    }

    /** Server-sent events written as each stage completes; an error mid-turn becomes an {@code error} event. */
    private static final class Events {
        private final OutputStream out;

        Events(Context ctx) throws IOException {
            ctx.status(200);
            ctx.res().setContentType("text/event-stream; charset=utf-8");
            ctx.res().setHeader("Cache-Control", "no-cache");
            ctx.res().setHeader("X-Accel-Buffering", "no");
            out = ctx.res().getOutputStream();
        }

        void send(String stage, Object data) {
            write("event: " + stage + "\ndata: " + Json.write(data) + "\n\n");
        }

        void error(RuntimeException e) {
            Problems.Problem problem = Problems.describe(e);
            try {
                Map<String, Object> event = new java.util.LinkedHashMap<>();
                event.put("type", problem.type());
                event.put("code", problem.codeSlug());
                event.put("status", problem.status());
                event.put("title", problem.title());
                event.put("detail", problem.detail());
                if (problem.incident() != null) event.put("id", problem.incident());
                write("event: error\ndata: " + Json.write(event) + "\n\n");
            } catch (java.io.UncheckedIOException gone) {
                // the client went away (which stopped the turn): there is nobody left to tell
            }
        }

        private void write(String frame) {
            try {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the client went away during the stream", e);
            }
        }
    }
}
