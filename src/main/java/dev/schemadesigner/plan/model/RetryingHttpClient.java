package dev.schemadesigner.plan.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP client under every provider model: the JDK client with connect and read timeouts,
 * and the only retries there are — at most {@code maxRetries} more attempts after a 429 or a
 * 502/503/504, waiting what {@code Retry-After} asks when that is at most {@code retryAfterCap}
 * (a longer wait is not worth holding a turn for: it fails at once), else a short doubling pause.
 * Timeouts are not retried: one timed-out call already used the turn's patience. Failures leave
 * as LangChain4j's {@link HttpException} (status and body) or {@link TimeoutException}, which the
 * provider models map to their exception family. Streaming is not used by the planner.
 */
final class RetryingHttpClient implements HttpClient {

    static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;
    private final int maxRetries;
    private final Duration retryAfterCap;

    private RetryingHttpClient(Builder builder) {
        this.client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = builder.readTimeout;
        this.maxRetries = builder.maxRetries;
        this.retryAfterCap = builder.retryAfterCap;
    }

    static Builder builder(Duration timeout, int maxRetries, Duration retryAfterCap) {
        return new Builder(timeout, maxRetries, retryAfterCap);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return SuccessfulHttpResponse.builder().statusCode(status).headers(response.headers().map()).body(response.body()).build();
            }
            Optional<Duration> wait = retryable(status) && attempt < maxRetries ? waitBeforeRetry(response, pause) : Optional.empty();
            if (wait.isEmpty()) throw new HttpException(status, response.body());
            sleep(wait.get());
            pause = pause.multipliedBy(2);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("the model planner does not stream");
    }

    static boolean retryable(int status) { return status == 429 || status == 502 || status == 503 || status == 504; }

    /** What Retry-After asks (seconds), when it is within the cap; the doubling pause when absent or unreadable; empty when too long. */
    Optional<Duration> waitBeforeRetry(HttpResponse<String> response, Duration pause) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) return Optional.of(pause);
        Duration asked;
        try {
            asked = Duration.ofMillis((long) (Double.parseDouble(header.get().trim()) * 1000));
        } catch (NumberFormatException e) {
            return Optional.of(pause); // an HTTP date: not worth parsing for a wait we would cap anyway
        }
        return asked.compareTo(retryAfterCap) <= 0 ? Optional.of(asked.isNegative() ? Duration.ZERO : asked) : Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest request) {
        java.net.http.HttpRequest.Builder out = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            if (header.getValue() == null) continue;
            for (String value : header.getValue()) if (value != null) out.header(header.getKey(), value);
        }
        String body = request.body();
        java.net.http.HttpRequest.BodyPublisher publisher = body == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body);
        out.method(request.method().name(), publisher);
        try {
            return client.send(out.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new dev.langchain4j.exception.LangChain4jException("cannot reach " + URI.create(request.url()).getHost() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.langchain4j.exception.LangChain4jException("interrupted while waiting for the model", e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.langchain4j.exception.LangChain4jException("interrupted while waiting to retry", e);
        }
    }

    /** Hands the provider model a client with our limits; the model sets the timeouts it was given. */
    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private final int maxRetries;
        private final Duration retryAfterCap;

        private Builder(Duration timeout, int maxRetries, Duration retryAfterCap) {
            this.connectTimeout = timeout;
            this.readTimeout = timeout;
            this.maxRetries = maxRetries;
            this.retryAfterCap = retryAfterCap;
        }

        @Override public Duration connectTimeout() { return connectTimeout; }

        @Override public HttpClientBuilder connectTimeout(Duration value) {
            if (value != null) connectTimeout = value;
            return this;
        }

        @Override public Duration readTimeout() { return readTimeout; }

        @Override public HttpClientBuilder readTimeout(Duration value) {
            if (value != null) readTimeout = value;
            return this;
        }

        @Override public HttpClient build() { return new RetryingHttpClient(this); }
    }
}
