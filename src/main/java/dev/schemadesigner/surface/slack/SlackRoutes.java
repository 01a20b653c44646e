package dev.schemadesigner.surface.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.Config;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.ApiException;
import dev.schemadesigner.surface.http.BodyReader;
import dev.schemadesigner.surface.http.Problems;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The Slack app: {@code POST /slack/events} (the Events API: URL verification, {@code app_mention} and
 * direct messages) and {@code POST /slack/commands} ({@code /schema <request>}). Every request is checked
 * to come from Slack ({@link SlackRequestCheck}) and acknowledged at once, well within Slack's 3 seconds;
 * the turn runs on a small executor and its reply is posted in the thread ({@link SlackWebApi}). One Slack
 * thread is one session: the session is claimed by an owner naming the team, channel and thread, so the
 * next message in the thread finds it in the store. Slack's retries of an event ({@code X-Slack-Retry-Num})
 * are recognised by the event id and not run twice. Without {@code SD_SLACK_SIGNING_SECRET} both routes answer 503.
 */
public final class SlackRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(SlackRoutes.class);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Duration REMEMBER_EVENTS = Duration.ofHours(1);
    private static final int WORKERS = 4;
    private static final int QUEUED = 64;

    private final Conversation conversation;
    private final Config.Slack settings;
    private final Optional<SlackRequestCheck> check;
    private final Optional<SlackWebApi> api;
    private final ThreadPoolExecutor work;
    private final Map<String, Instant> seenEvents = new ConcurrentHashMap<>();

    public SlackRoutes(Conversation conversation, Config.Slack settings) {
        this(conversation, settings, Clock.systemUTC());
    }

    SlackRoutes(Conversation conversation, Config.Slack settings, Clock clock) {
        this.conversation = conversation;
        this.settings = settings;
        this.check = settings.signingSecret().map(secret -> new SlackRequestCheck(secret, clock));
        this.api = settings.enabled() ? settings.botToken().map(token -> new SlackWebApi(token, settings.apiUrl())) : Optional.empty();
        this.work = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
            Thread thread = new Thread(task, "slack-turn");
            thread.setDaemon(true);
            return thread;
        });
        work.allowCoreThreadTimeOut(true);
    }

    public void register(Javalin app) {
        app.post("/slack/events", this::event);
        app.post("/slack/commands", this::command);
        app.events(events -> events.serverStopping(this::close));
    }

    // ---- Events API ----

    private void event(Context ctx) throws Exception {
        String body = verifiedBody(ctx);
        JsonNode payload = Json.tree(body); // malformed JSON: Problems answers 400 with where it broke
        if (!payload.isObject()) throw new ApiException.BadRequest("a Slack event is a JSON object");
        String type = payload.path("type").asText("");
        if (type.equals("url_verification")) {
            ctx.json(Map.of("challenge", text(payload, "challenge")));
            return;
        }
        if (!type.equals("event_callback")) throw new ApiException.BadRequest("type", "'" + type + "' is not a Slack event type this app takes (url_verification, event_callback)");
        String eventId = text(payload, "event_id");
        JsonNode event = payload.path("event");
        if (!event.isObject()) throw new ApiException.BadRequest("event", "is required: the event_callback's event object");
        Optional<Mention> mention = mentionIn(payload.path("team_id").asText(""), event);
        if (mention.isEmpty() || !firstTime(eventId)) {
            // other events, our own messages and Slack's retries of what already runs: acknowledged, nothing more
            ctx.status(200);
            return;
        }
        submit(() -> answer(mention.get()), () -> seenEvents.remove(eventId));
        ctx.status(200);
    }

    /** A message to answer: where it was, which thread, and the request in it. */
    record Mention(String team, String channel, String threadTs, String text) {
        String owner() { return "slack:" + team + ":" + channel + ":" + threadTs; }
    }

    /** An {@code app_mention}, or a person's direct message; never a bot's message (ours included) or an edit. */
    static Optional<Mention> mentionIn(String team, JsonNode event) {
        String type = event.path("type").asText("");
        boolean direct = type.equals("message") && event.path("channel_type").asText("").equals("im");
        if (!type.equals("app_mention") && !direct) return Optional.empty();
        if (event.hasNonNull("bot_id") || event.hasNonNull("subtype") || event.path("user").asText("").isEmpty()) return Optional.empty();
        String channel = event.path("channel").asText("");
        String ts = event.path("ts").asText("");
        if (channel.isEmpty() || ts.isEmpty()) return Optional.empty();
        String thread = event.path("thread_ts").asText(ts);
        String text = unescape(MENTION.matcher(event.path("text").asText("")).replaceAll("")).strip();
        return Optional.of(new Mention(team, channel, thread.isEmpty() ? ts : thread, text));
    }

    private void answer(Mention mention) {
        SlackWebApi slack = api.orElseThrow();
        if (mention.text().isEmpty()) {
            slack.post(mention.channel(), mention.threadTs(), SlackMessages.usage());
            return;
        }
        try {
            Optional<String> session = conversation.latestSessionOf(mention.owner());
            Reply reply = conversation.chat(session, Optional.empty(), mention.text(), StageListener.NONE);
            if (session.isEmpty()) conversation.claimSession(reply.sessionId(), mention.owner());
            slack.post(mention.channel(), mention.threadTs(), SlackMessages.of(reply, zipLink(reply)));
            if (zipLink(reply).isEmpty() && !reply.artifacts().isEmpty()) {
                slack.upload(mention.channel(), mention.threadTs(), zipName(reply), conversation.projectBundle(reply.sessionId()).zip());
            }
        } catch (RuntimeException e) {
            slack.post(mention.channel(), mention.threadTs(), SlackMessages.problem(problemText(e, "a Slack turn")));
        }
    }

    // ---- slash command ----

    private void command(Context ctx) {
        String body = verifiedBody(ctx);
        Map<String, String> form = form(body);
        String responseUrl = Optional.ofNullable(form.get("response_url")).filter(u -> u.startsWith("https://") || u.startsWith("http://"))
                .orElseThrow(() -> new ApiException.BadRequest("response_url", "is required: the address the command's answer goes to"));
        String request = unescape(form.getOrDefault("text", "")).strip();
        if (request.isEmpty()) {
            ctx.json(ephemeral(SlackMessages.usage().text()));
            return;
        }
        String channel = form.getOrDefault("channel_id", "");
        submit(() -> answerCommand(request, responseUrl, channel), () -> { });
        ctx.json(Map.of("response_type", "in_channel", "text", "Working on: " + request));
    }

    private void answerCommand(String request, String responseUrl, String channel) {
        SlackWebApi slack = api.orElseThrow();
        try {
            Reply reply = conversation.chat(Optional.empty(), Optional.empty(), request, StageListener.NONE);
            slack.respond(responseUrl, SlackMessages.of(reply, zipLink(reply)));
            if (zipLink(reply).isEmpty() && !reply.artifacts().isEmpty() && !channel.isEmpty()) {
                slack.upload(channel, null, zipName(reply), conversation.projectBundle(reply.sessionId()).zip());
            }
        } catch (RuntimeException e) {
            slack.respond(responseUrl, SlackMessages.problem(problemText(e, "a Slack command")));
        }
    }

    // ---- shared ----

    /**
     * The HTTP mapping, in a Slack message: a user's problem says what is wrong and its code; a fault of the
     * service says only the id under which {@link Problems#describe} logged it.
     */
    private static String problemText(RuntimeException e, String where) {
        Problems.Problem problem = Problems.describe(e);
        if (problem.incident() == null) return problem.detail() + " (" + problem.codeSlug() + ")";
        LOG.error("internal failure {} was in {}", problem.incident(), where);
        return "something went wrong on our side; the service logged it as " + problem.incident();
    }

    /** The raw body (the signature covers its exact bytes) once the request is proven to be Slack's. */
    private String verifiedBody(Context ctx) {
        if (check.isEmpty()) {
            throw new ApiException(503, dev.schemadesigner.error.ErrorCode.SERVICE_UNAVAILABLE, "Service Unavailable", "the Slack app is not configured on this server: set SD_SLACK_SIGNING_SECRET and "
                    + "SD_SLACK_BOT_TOKEN (README, Slack app)", List.of());
        }
        String body = new String(BodyReader.of(ctx).read(ctx), StandardCharsets.UTF_8);
        check.get().verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body);
        return body;
    }

    private void submit(Runnable task, Runnable onRefused) {
        try {
            work.execute(task);
        } catch (RejectedExecutionException e) {
            onRefused.run();
            throw new ApiException.Busy(503, "the Slack app is answering " + (WORKERS + QUEUED) + " requests already; Slack will retry");
        }
    }

    /** Whether this event id is new; remembers it for an hour, which covers Slack's retries (at most three, within minutes). */
    private boolean firstTime(String eventId) {
        Instant now = Instant.now();
        if (seenEvents.size() > 10_000) seenEvents.values().removeIf(t -> t.isBefore(now.minus(REMEMBER_EVENTS)));
        return seenEvents.putIfAbsent(eventId, now) == null;
    }

    private Optional<String> zipLink(Reply reply) {
        if (reply.artifacts().isEmpty()) return Optional.empty();
        return settings.publicUrl().map(base -> base + "/api/v1/sessions/" + reply.sessionId() + "/artifacts.zip");
    }

    private static String zipName(Reply reply) { return "schema-designer-" + reply.sessionId().replaceAll("[^A-Za-z0-9-]", "") + ".zip"; }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) throw new ApiException.BadRequest(field, "is required and must be a string");
        return value.asText();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                form.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new ApiException.BadRequest("the slash command's form body is not URL-encoded: " + e.getMessage());
            }
        }
        return form;
    }

    private static Map<String, String> ephemeral(String text) { return Map.of("response_type", "ephemeral", "text", text); }

    /** Slack escapes three characters in message text. */
    private static String unescape(String text) { return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"); }

    private void close() {
        work.shutdown();
        api.ifPresent(SlackWebApi::close);
    }
}
