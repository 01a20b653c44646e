package dev.schemadesigner.plan.model;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the model planner reaches its model: provider, model name, base URL and key (from
 * {@code SD_MODEL_*}), and the limits that keep a slow provider from holding up a turn — the
 * per-call timeout, the bounded retries with the longest {@code Retry-After} still worth waiting
 * for, and how many calls this instance makes at once.
 */
public record ModelSettings(ModelProvider provider, String modelName, Optional<String> baseUrl, Optional<String> apiKey,
                            Duration timeout, int maxRetries, Duration retryAfterCap, int maxConcurrent) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final Duration DEFAULT_RETRY_AFTER_CAP = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_CONCURRENT = 4;

    public ModelSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the model timeout must be positive");
        if (maxRetries < 0 || maxRetries > 5) throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_MODEL_MAX_RETRIES must be between 0 and 5, was " + maxRetries);
        if (maxConcurrent < 1) throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_MODEL_MAX_CONCURRENT must be at least 1, was " + maxConcurrent);
        if (provider.needsKey() && apiKey.isEmpty()) {
            throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_MODEL_PROVIDER=" + provider.id() + " needs SD_MODEL_API_KEY; set it, or use SD_MODEL_PROVIDER=none for the rule planner");
        }
        if (provider != ModelProvider.NONE && baseUrl.isEmpty()) {
            throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_MODEL_PROVIDER=" + provider.id() + " needs SD_MODEL_BASE_URL (the server's OpenAI-compatible /v1 address)");
        }
    }

    /** No model: every turn is planned by the rule planner. */
    public static ModelSettings none() {
        return new ModelSettings(ModelProvider.NONE, "", Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES,
                DEFAULT_RETRY_AFTER_CAP, DEFAULT_MAX_CONCURRENT);
    }

    /** A provider with its default model and base URL, the given key, and the default limits. */
    public static ModelSettings of(ModelProvider provider, Optional<String> baseUrl, Optional<String> apiKey) {
        return new ModelSettings(provider, provider.defaultModel(), baseUrl.or(provider::defaultBaseUrl), apiKey, DEFAULT_TIMEOUT,
                DEFAULT_MAX_RETRIES, DEFAULT_RETRY_AFTER_CAP, DEFAULT_MAX_CONCURRENT);
    }

    /** Reads {@code SD_MODEL_PROVIDER}, {@code SD_MODEL_NAME}, {@code SD_MODEL_BASE_URL}, {@code SD_MODEL_API_KEY}, {@code SD_MODEL_TIMEOUT_SECONDS}, {@code SD_MODEL_MAX_RETRIES}, {@code SD_MODEL_MAX_CONCURRENT}. */
    public static ModelSettings from(Map<String, String> env) {
        ModelProvider provider = ModelProvider.parse(env.get("SD_MODEL_PROVIDER"));
        return new ModelSettings(provider,
                EnvironmentValues.text(env, "SD_MODEL_NAME").orElse(provider.defaultModel()),
                EnvironmentValues.text(env, "SD_MODEL_BASE_URL").or(provider::defaultBaseUrl),
                EnvironmentValues.text(env, "SD_MODEL_API_KEY"),
                Duration.ofSeconds(EnvironmentValues.number(env, "SD_MODEL_TIMEOUT_SECONDS", (int) DEFAULT_TIMEOUT.toSeconds())),
                EnvironmentValues.number(env, "SD_MODEL_MAX_RETRIES", DEFAULT_MAX_RETRIES),
                DEFAULT_RETRY_AFTER_CAP,
                EnvironmentValues.number(env, "SD_MODEL_MAX_CONCURRENT", DEFAULT_MAX_CONCURRENT));
    }

    public boolean enabled() { return provider != ModelProvider.NONE; }

    public ModelSettings withModelName(String value) {
        return new ModelSettings(provider, value, baseUrl, apiKey, timeout, maxRetries, retryAfterCap, maxConcurrent);
    }

    public ModelSettings withTimeout(Duration value) {
        return new ModelSettings(provider, modelName, baseUrl, apiKey, value, maxRetries, retryAfterCap, maxConcurrent);
    }

    public ModelSettings withRetries(int retries, Duration cap) {
        return new ModelSettings(provider, modelName, baseUrl, apiKey, timeout, retries, cap, maxConcurrent);
    }

    public ModelSettings withMaxConcurrent(int value) {
        return new ModelSettings(provider, modelName, baseUrl, apiKey, timeout, maxRetries, retryAfterCap, value);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "ModelSettings[provider=" + provider.id() + ", model=" + modelName + ", baseUrl=" + baseUrl.orElse("-")
                + ", apiKey=" + (apiKey.isPresent() ? "***" : "-") + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + ", maxConcurrent=" + maxConcurrent + "]";
    }
}
