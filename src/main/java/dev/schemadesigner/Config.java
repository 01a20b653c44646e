package dev.schemadesigner;

import dev.schemadesigner.plan.model.EnvironmentValues;
import dev.schemadesigner.plan.model.ModelSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read once from the {@code SD_*} environment at start and never changed.
 * A model provider that cannot work as configured (no key where one is needed) fails here, at start.
 * {@code reviewDatabaseUrls} are the JDBC URLs of live databases the operator lets {@code POST /api/v1/review}
 * read (source format {@code database}); empty, the default, means none.
 */
public record Config(int port, String storeUrl, Optional<String> verifyPostgresUrl, Optional<String> verifyMariaDbUrl,
                     ModelSettings model, Optional<String> apiToken, long maxBodyBytes, List<String> reviewDatabaseUrls) {

    public Config {
        reviewDatabaseUrls = List.copyOf(reviewDatabaseUrls);
    }

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public static Config fromEnvironment() { return from(System.getenv()); }

    public static Config from(Map<String, String> env) {
        return new Config(
                EnvironmentValues.number(env, "SD_PORT", DEFAULT_PORT),
                env.getOrDefault("SD_DB_URL", "jdbc:sqlite:./schema-designer.db"),
                EnvironmentValues.text(env, "SD_VERIFY_POSTGRES_URL"),
                EnvironmentValues.text(env, "SD_VERIFY_MARIADB_URL"),
                ModelSettings.from(env),
                EnvironmentValues.text(env, "SD_API_TOKEN"),
                EnvironmentValues.number(env, "SD_MAX_BODY_BYTES", (int) DEFAULT_MAX_BODY_BYTES),
                list(env, "SD_REVIEW_DATABASE_URLS"));
    }

    /** {@code none}, {@code openai}, {@code anthropic}, {@code ollama} or {@code openai-compatible}. */
    public String modelProvider() { return model.provider().id(); }

    /** Comma-separated values, trimmed, blanks left out. */
    private static List<String> list(Map<String, String> env, String key) {
        return EnvironmentValues.text(env, key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).distinct().toList()).orElse(List.of());
    }
}
