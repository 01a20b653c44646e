package dev.schemadesigner.surface.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ConversationException;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.chat.TurnControl;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.ApiException;
import dev.schemadesigner.surface.http.Bodies;
import dev.schemadesigner.surface.http.ClientDisconnect;
import dev.schemadesigner.surface.http.ClientIds;
import dev.schemadesigner.surface.http.Problems;
import dev.schemadesigner.surface.http.ReplyMarkdown;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAI-compatible surface: {@code POST /v1/chat/completions} (JSON, or {@code stream: true} as
 * {@code chat.completion.chunk} events ending with {@code data: [DONE]}) and {@code GET /v1/models}.
 * The last user message is the turn's request; the answer is the reply's markdown with its artifacts
 * as fenced code blocks ({@link ReplyMarkdown}). The session is the one named by {@code user}, else
 * by the {@code X-Session-Id} header, else the one the conversation's latest assistant message names
 * in its closing {@code <!-- schema-designer session: … -->} line (every answer ends with it, and
 * clients send earlier answers back unchanged); without any of these the turn starts a new session
 * of the bundled project.
 */
public final class ChatCompletionsRoutes {
    public static final String MODEL = "schema-designer";
    static final String SESSION_HEADER = "X-Session-Id";
    private static final Pattern SESSION_LINE = Pattern.compile("<!-- schema-designer session: ([A-Za-z0-9_-]{1,128}) -->\\s*$");
    /** Created time of the one model, for {@code GET /v1/models}. */
    private static final long MODEL_CREATED = 1_764_547_200L;

    private final Conversation conversation;

    public ChatCompletionsRoutes(Conversation conversation) { this.conversation = conversation; }

    public void register(Javalin app) {
        app.get("/v1/models", ctx -> ctx.json(Map.of("object", "list", "data", List.of(model()))));
        app.get("/v1/models/{model}", ctx -> {
            if (!MODEL.equals(ctx.pathParam("model"))) throw unknownModel(ctx.pathParam("model"));
            ctx.json(model());
        });
        app.post("/v1/chat/completions", this::complete);
    }

    private static Map<String, Object> model() {
        return Map.of("id", MODEL, "object", "model", "created", MODEL_CREATED, "owned_by", "schema-designer");
    }

    private void complete(Context ctx) throws IOException {
        JsonNode body = Bodies.object(ctx);
        ChatRequest request = ChatRequest.read(body);
        Optional<String> sessionId = request.user().or(() -> Optional.ofNullable(ctx.header(SESSION_HEADER)).filter(s -> !s.isBlank()))
                .or(request::sessionFromHistory);
        String owner = ClientIds.owner(ctx);
        TurnControl turn = conversation.newTurn();
        String id = "chatcmpl-" + java.util.UUID.randomUUID().toString().replace("-", "");
        long created = Instant.now().getEpochSecond();
        if (!request.stream()) {
            try (ClientDisconnect watch = ClientDisconnect.watch(ctx, turn)) {
                Reply reply = conversation.chat(sessionId, Optional.empty(), request.message(), Optional.empty(), StageListener.NONE, turn);
                if (sessionId.isEmpty()) conversation.claimSession(reply.sessionId(), owner);
                ctx.header(SESSION_HEADER, reply.sessionId());
                ctx.json(completion(id, created, answer(reply)));
            }
            return;
        }
        sessionId.ifPresent(conversation::requireSession);
        sessionId.ifPresent(s -> ctx.header(SESSION_HEADER, s));
        Chunks chunks = new Chunks(ctx, id, created);
        chunks.role();
        try (ClientDisconnect watch = ClientDisconnect.watch(ctx, turn)) {
            Reply reply = conversation.chat(sessionId, Optional.empty(), request.message(), Optional.empty(), StageListener.NONE, turn);
            if (sessionId.isEmpty()) conversation.claimSession(reply.sessionId(), owner);
            chunks.content(answer(reply));
            chunks.done();
        } catch (RuntimeException e) {
            chunks.error(e);
        }
    }

    /** The reply's markdown with its files, closed by the line that lets a client without a session id continue this session. */
    static String answer(Reply reply) {
        return ReplyMarkdown.of(reply) + "\n<!-- schema-designer session: " + reply.sessionId() + " -->\n";
    }

    private static Map<String, Object> completion(String id, long created, String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", "chat.completion");
        body.put("created", created);
        body.put("model", MODEL);
        body.put("choices", List.of(choice));
        return body;
    }

    /** What this surface reads of a chat completion request; everything else (temperature, tools, …) is accepted and ignored. */
    record ChatRequest(String message, boolean stream, Optional<String> user, Optional<String> sessionFromHistory) {

        static ChatRequest read(JsonNode body) {
            JsonNode model = body.get("model");
            if (model == null || model.isNull()) throw new OpenAiError(400, "model", "missing_required_parameter", "model is required: use '" + MODEL + "'");
            if (!model.isTextual()) throw new OpenAiError(400, "model", "invalid_type", "model must be a string");
            if (!MODEL.equals(model.asText())) throw unknownModel(model.asText());
            JsonNode messages = body.get("messages");
            if (messages == null || !messages.isArray()) throw new OpenAiError(400, "messages", "missing_required_parameter", "messages must be an array of {role, content}");
            int last = -1;
            for (int i = 0; i < messages.size(); i++) {
                JsonNode m = messages.get(i);
                if (!m.isObject() || !m.path("role").isTextual()) throw new OpenAiError(400, "messages[" + i + "]", "invalid_type", "messages[" + i + "] must be an object with a role");
                if (m.path("role").asText().equals("user")) last = i;
            }
            if (last < 0) throw new OpenAiError(400, "messages", "no_user_message", "messages has no user message; the last user message is the request");
            String request = text(messages.get(last), last);
            if (request.isBlank()) throw new OpenAiError(400, "messages[" + last + "].content", "empty_message", "the last user message is empty");
            JsonNode stream = body.get("stream");
            if (stream != null && !stream.isNull() && !stream.isBoolean()) throw new OpenAiError(400, "stream", "invalid_type", "stream must be a boolean");
            JsonNode user = body.get("user");
            if (user != null && !user.isNull() && !user.isTextual()) throw new OpenAiError(400, "user", "invalid_type", "user must be a string: the session id");
            return new ChatRequest(request, stream != null && stream.asBoolean(false),
                    Optional.ofNullable(user).filter(JsonNode::isTextual).map(JsonNode::asText).filter(s -> !s.isBlank()),
                    sessionBefore(messages, last));
        }

        /** The session named by the latest assistant message before the request, when it is one of our answers. */
        private static Optional<String> sessionBefore(JsonNode messages, int request) {
            for (int i = request - 1; i >= 0; i--) {
                JsonNode m = messages.get(i);
                if (!m.path("role").asText().equals("assistant")) continue;
                Matcher line = SESSION_LINE.matcher(m.path("content").isTextual() ? m.path("content").asText() : "");
                return line.find() ? Optional.of(line.group(1)) : Optional.empty();
            }
            return Optional.empty();
        }

        /** A message's content: a string, or an array of parts of which only text parts are understood. */
        private static String text(JsonNode message, int index) {
            JsonNode content = message.get("content");
            if (content != null && content.isTextual()) return content.asText();
            if (content != null && content.isArray()) {
                StringBuilder text = new StringBuilder();
                for (JsonNode part : content) {
                    if (!part.path("type").asText().equals("text") || !part.path("text").isTextual()) {
                        throw new OpenAiError(400, "messages[" + index + "].content", "unsupported_content",
                                "only text content parts are understood, not '" + part.path("type").asText() + "'");
                    }
                    if (!text.isEmpty()) text.append('\n');
                    text.append(part.get("text").asText());
                }
                return text.toString();
            }
            throw new OpenAiError(400, "messages[" + index + "].content", "invalid_type", "the content of messages[" + index + "] must be a string or an array of text parts");
        }
    }

    private static OpenAiError unknownModel(String model) {
        return new OpenAiError(404, "model", "model_not_found", "The model '" + model + "' does not exist; this server has '" + MODEL + "'");
    }

    /** A refusal with OpenAI's {@code param} and {@code code}. */
    static final class OpenAiError extends ApiException {
        final String param;
        final String code;

        OpenAiError(int status, String param, String code, String message) {
            super(status, status == 404 ? dev.schemadesigner.error.ErrorCode.NOT_FOUND : dev.schemadesigner.error.ErrorCode.BAD_REQUEST, status == 404 ? "Not Found" : "Bad Request", message, List.of(new FieldError(param, message)));
            this.param = param;
            this.code = code;
        }
    }

    /** Failures under /v1/ in OpenAI's shape: {@code {"error": {"message", "type", "param", "code"}}}. */
    public static void writeError(Context ctx, Problems.Problem problem, Optional<Exception> cause) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", problem.detail());
        error.put("type", problem.status() >= 500 ? "server_error" : "invalid_request_error");
        error.put("param", cause.filter(OpenAiError.class::isInstance).map(e -> (Object) ((OpenAiError) e).param)
                .orElseGet(() -> problem.errors().isEmpty() ? null : problem.errors().get(0).field()));
        error.put("code", code(problem, cause));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        ctx.status(problem.status()).contentType("application/json").result(Json.write(body));
    }

    private static String code(Problems.Problem problem, Optional<Exception> cause) {
        if (cause.isPresent() && cause.get() instanceof OpenAiError e) return e.code;
        if (cause.isPresent() && cause.get() instanceof JsonProcessingException) return "invalid_json";
        if (cause.isPresent() && cause.get() instanceof ConversationException c && c.reason() == ConversationException.Reason.NOT_FOUND) return "session_not_found";
        // what the input says keeps its own code, in OpenAI's snake_case (malformed_sql); the request's own failures keep OpenAI's names
        if (problem.code() != null && Problems.statusOf(problem.code()) == 422) return problem.code().slug().replace('-', '_');
        return switch (problem.status()) {
            case 401 -> "invalid_api_key";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 413 -> "request_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limit_exceeded";
            case 504 -> "timeout";
            default -> problem.status() >= 500 ? "server_error" : "invalid_request";
        };
    }

    /** {@code chat.completion.chunk} events as server-sent events. */
    private static final class Chunks {
        private static final int CHUNK_CHARS = 1024;
        private final OutputStream out;
        private final String id;
        private final long created;

        Chunks(Context ctx, String id, long created) throws IOException {
            this.id = id;
            this.created = created;
            ctx.status(200);
            ctx.res().setContentType("text/event-stream; charset=utf-8");
            ctx.res().setHeader("Cache-Control", "no-cache");
            ctx.res().setHeader("X-Accel-Buffering", "no");
            out = ctx.res().getOutputStream();
        }

        void role() { chunk(Map.of("role", "assistant", "content", ""), null); }

        /** The answer in pieces of whole lines (one long line alone), so that a client shows it as it comes. */
        void content(String text) {
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + CHUNK_CHARS);
                int lineEnd = text.lastIndexOf('\n', end - 1);
                if (end < text.length() && lineEnd >= start) end = lineEnd + 1;
                else if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
                chunk(Map.of("content", text.substring(start, end)), null);
                start = end;
            }
        }

        void done() {
            chunk(Map.of(), "stop");
            write("data: [DONE]\n\n");
        }

        void error(RuntimeException e) {
            Problems.Problem problem = Problems.describe(e);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", problem.detail());
            error.put("type", problem.status() >= 500 ? "server_error" : "invalid_request_error");
            error.put("code", code(problem, Optional.of(e)));
            try {
                write("data: " + Json.write(Map.of("error", error)) + "\n\n");
            } catch (UncheckedIOException gone) {
                // the client went away (which stopped the turn): there is nobody left to tell
            }
        }

        private void chunk(Map<String, Object> delta, String finishReason) {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("index", 0);
            choice.put("delta", delta);
            choice.put("finish_reason", finishReason);
            Map<String, Object> chunk = new LinkedHashMap<>();
            chunk.put("id", id);
            chunk.put("object", "chat.completion.chunk");
            chunk.put("created", created);
            chunk.put("model", MODEL);
            chunk.put("choices", List.of(choice));
            write("data: " + Json.write(chunk) + "\n\n");
        }

        private void write(String frame) {
            try {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("the client went away during the stream", e);
            }
        }
    }
}
