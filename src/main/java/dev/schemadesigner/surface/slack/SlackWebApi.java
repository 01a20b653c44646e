package dev.schemadesigner.surface.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The calls the Slack surface makes, through the official SDK: {@code chat.postMessage} into a thread,
 * the zip through {@code files.getUploadURLExternal} / {@code files.completeUploadExternal} (the SDK's
 * {@code filesUploadV2}), and a slash command's {@code response_url}. Slack's rate limit (429 with
 * {@code Retry-After}) and its 5xx answers are retried a few times; {@code ok: false} is not, since the
 * same call would fail the same way. A call that still fails is logged and reported as empty.
 */
final class SlackWebApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackWebApi.class);
    static final int ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final Slack slack;
    private final MethodsClient methods;

    SlackWebApi(String botToken, String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        // the SDK's metrics call auth.test to learn the team, a call this app never needs
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        this.methods = slack.methods(botToken);
    }

    /** Posts a message in a thread; the new message's {@code ts}, or empty when Slack would not take it. */
    Optional<String> post(String channel, String threadTs, SlackMessages.Message message) {
        return call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(message.text()).blocks(message.blocks()).unfurlLinks(false))).map(r -> r.getTs());
    }

    /** Uploads the project zip into the thread; whether Slack took it. */
    boolean upload(String channel, String threadTs, String filename, byte[] zip) {
        return call("files.uploadV2", () -> methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs).filename(filename)
                .title(filename).fileData(zip).requestFileInfo(false).initialComment("The project, laid out as files (models, migrations, tests)."))).isPresent();
    }

    /** Answers a slash command through its {@code response_url}, visible to the channel. */
    boolean respond(String responseUrl, SlackMessages.Message message) {
        String body = GsonFactory.createSnakeCase().toJson(SlashCommandResponse.builder().responseType("in_channel")
                .text(message.text()).blocks(message.blocks()).build());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                WebhookResponse response = slack.send(responseUrl, body);
                if (response.getCode() == 200) return true;
                if (response.getCode() != 429 && response.getCode() < 500 || attempt == ATTEMPTS) {
                    LOG.warn("Slack response_url answered {}: {}", response.getCode(), response.getBody());
                    return false;
                }
                pause(retryAfter(Optional.ofNullable(response.getHeaders()).map(h -> h.get("retry-after") != null ? h.get("retry-after") : h.get("Retry-After"))
                        .filter(v -> !v.isEmpty()).map(v -> v.get(0)), attempt));
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    LOG.warn("Slack response_url could not be reached: {}", e.getMessage());
                    return false;
                }
                pause(backoff(attempt));
            }
        }
        return false;
    }

    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                T response = call.run();
                if (response.isOk()) return Optional.of(response);
                LOG.warn("Slack {} answered ok:false, error {}", method, response.getError());
                return Optional.empty();
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                boolean retryable = status == 429 || status >= 500;
                if (!retryable || attempt == ATTEMPTS) {
                    LOG.warn("Slack {} failed with HTTP {} after {} attempt(s): {}", method, status, attempt, e.getResponseBody());
                    return Optional.empty();
                }
                pause(status == 429 ? retryAfter(Optional.ofNullable(e.getResponse().header("Retry-After")), attempt) : backoff(attempt));
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    LOG.warn("Slack {} could not be reached after {} attempts: {}", method, attempt, e.getMessage());
                    return Optional.empty();
                }
                pause(backoff(attempt));
            } catch (RuntimeException e) {
                // the SDK's own refusal (e.g. an upload it could not complete): not worth repeating
                LOG.warn("Slack {} failed: {}", method, e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Slack's {@code Retry-After} in seconds, within {@link #LONGEST_WAIT}; a missing or odd one waits as a 5xx would. */
    static Duration retryAfter(Optional<String> header, int attempt) {
        try {
            long seconds = Long.parseLong(header.orElseThrow().trim());
            return Duration.ofSeconds(Math.max(0, Math.min(seconds, LONGEST_WAIT.toSeconds())));
        } catch (java.util.NoSuchElementException | NumberFormatException missingOrOdd) {
            return backoff(attempt);
        }
    }

    private static Duration backoff(int attempt) { return Duration.ofMillis(500L * attempt); }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("closing the Slack client: {}", e.getMessage());
        }
    }
}
