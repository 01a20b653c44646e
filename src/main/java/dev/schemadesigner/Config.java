package dev.schemadesigner;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.plan.model.EnvironmentValues;
import dev.schemadesigner.plan.model.ModelSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read once from the {@code SD_*} environment at start and never changed.
 * A model provider that cannot work as configured (no key where one is needed) fails here, at start,
 * and so does a listening address other than loopback without {@code SD_API_TOKEN}.
 * {@code reviewDatabaseUrls} are the JDBC URLs of live databases the operator lets {@code POST /api/v1/review}
 * read (source format {@code database}); empty, the default, means none.
 */
public record Config(int port, String storeUrl, Optional<String> verifyPostgresUrl, Optional<String> verifyMariaDbUrl,
                     ModelSettings model, Optional<String> apiToken, long maxBodyBytes, List<String> reviewDatabaseUrls,
                     Limits limits, Network network, boolean verifyAllowSuperuser, Slack slack) {

    /**
     * Bounds on the work one request may cause: a turn's deadline, the total time to receive a body,
     * the largest schema verification accepts, how long a turn waits for its session's previous turn,
     * how much of a message the store keeps, and how many rows verification seeds into each table
     * before an upgrade (0: none).
     */
    public record Limits(int turnDeadlineSeconds, int bodyReadSeconds, int verifyMaxTables, int sessionLockWaitSeconds,
                         int maxStoredMessageChars, int verifySeedRows) {
        public Limits {
            positive(turnDeadlineSeconds, "SD_TURN_DEADLINE_SECONDS");
            positive(bodyReadSeconds, "SD_BODY_READ_SECONDS");
            positive(verifyMaxTables, "SD_VERIFY_MAX_TABLES");
            positive(sessionLockWaitSeconds, "SD_SESSION_LOCK_WAIT_SECONDS");
            positive(maxStoredMessageChars, "SD_MAX_STORED_MESSAGE_CHARS");
            if (verifySeedRows < 0) throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_VERIFY_SEED_ROWS must be 0 or a positive whole number, was " + verifySeedRows);
        }

        public static final Limits DEFAULTS = new Limits(60, 10, 1000, 10, 20_000, dev.schemadesigner.verify.SeedRows.DEFAULT_ROWS);

        private static void positive(int value, String key) {
            if (value <= 0) throw new UserFacingException(ErrorCode.INVALID_SETTING, key + " must be a positive whole number, was " + value);
        }
    }

    /**
     * The Slack app: the signing secret that proves a request came from Slack ({@code SD_SLACK_SIGNING_SECRET};
     * without it the Slack routes answer 503), the bot token its answers are posted with ({@code SD_SLACK_BOT_TOKEN}),
     * the Web API's address ({@code SD_SLACK_API_URL}, Slack's own by default), and the address people reach this
     * service at ({@code SD_PUBLIC_URL}): when set, a reply links its zip there instead of uploading it.
     */
    public record Slack(Optional<String> signingSecret, Optional<String> botToken, String apiUrl, Optional<String> publicUrl) {
        public static final String DEFAULT_API_URL = "https://slack.com/api/";

        public Slack {
            apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
            publicUrl = publicUrl.map(u -> u.replaceAll("/+$", ""));
            if (signingSecret.isPresent() && botToken.isEmpty()) {
                throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_SLACK_SIGNING_SECRET is set but SD_SLACK_BOT_TOKEN is not; the Slack app needs its bot token to answer");
            }
        }

        public boolean enabled() { return signingSecret.isPresent(); }
    }

    /** Where the server listens ({@code SD_HOST}) and which browser origins besides its own may call it ({@code SD_ALLOWED_ORIGINS}). */
    public record Network(String host, List<String> allowedOrigins) {
        public Network {
            allowedOrigins = List.copyOf(allowedOrigins);
        }

        public boolean loopback() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
        }
    }

    public Config {
        reviewDatabaseUrls = List.copyOf(reviewDatabaseUrls);
        if (!network.loopback() && apiToken.isEmpty()) {
            throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_HOST=" + network.host() + " listens beyond this machine; set SD_API_TOKEN too, "
                    + "so that only callers with the token can reach the API (or leave SD_HOST unset to listen on 127.0.0.1)");
        }
    }

    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static Config fromEnvironment() { return from(System.getenv()); }

    public static Config from(Map<String, String> env) {
        Limits d = Limits.DEFAULTS;
        return new Config(
                EnvironmentValues.number(env, "SD_PORT", DEFAULT_PORT),
                env.getOrDefault("SD_DB_URL", "jdbc:sqlite:./schema-designer.db"),
                EnvironmentValues.text(env, "SD_VERIFY_POSTGRES_URL"),
                EnvironmentValues.text(env, "SD_VERIFY_MARIADB_URL"),
                ModelSettings.from(env),
                EnvironmentValues.text(env, "SD_API_TOKEN"),
                EnvironmentValues.number(env, "SD_MAX_BODY_BYTES", (int) DEFAULT_MAX_BODY_BYTES),
                list(env, "SD_REVIEW_DATABASE_URLS"),
                new Limits(
                        EnvironmentValues.number(env, "SD_TURN_DEADLINE_SECONDS", d.turnDeadlineSeconds()),
                        EnvironmentValues.number(env, "SD_BODY_READ_SECONDS", d.bodyReadSeconds()),
                        EnvironmentValues.number(env, "SD_VERIFY_MAX_TABLES", d.verifyMaxTables()),
                        EnvironmentValues.number(env, "SD_SESSION_LOCK_WAIT_SECONDS", d.sessionLockWaitSeconds()),
                        EnvironmentValues.number(env, "SD_MAX_STORED_MESSAGE_CHARS", d.maxStoredMessageChars()),
                        EnvironmentValues.number(env, "SD_VERIFY_SEED_ROWS", d.verifySeedRows())),
                new Network(EnvironmentValues.text(env, "SD_HOST").orElse(DEFAULT_HOST), list(env, "SD_ALLOWED_ORIGINS")),
                EnvironmentValues.flag(env, "SD_VERIFY_ALLOW_SUPERUSER", false),
                new Slack(EnvironmentValues.text(env, "SD_SLACK_SIGNING_SECRET"), EnvironmentValues.text(env, "SD_SLACK_BOT_TOKEN"),
                        EnvironmentValues.text(env, "SD_SLACK_API_URL").orElse(Slack.DEFAULT_API_URL), EnvironmentValues.text(env, "SD_PUBLIC_URL")));
    }

    /** {@code none}, {@code openai}, {@code anthropic}, {@code ollama} or {@code openai-compatible}. */
    public String modelProvider() { return model.provider().id(); }

    /** Comma-separated values, trimmed, blanks left out. */
    private static List<String> list(Map<String, String> env, String key) {
        return EnvironmentValues.text(env, key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).distinct().toList()).orElse(List.of());
    }
}
