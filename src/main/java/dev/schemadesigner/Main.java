package dev.schemadesigner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/** Starts the service with the embedded defaults unless {@code SD_*} variables say otherwise. */
public final class Main {
    private Main() {}

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    public static void main(String[] args) {
        Startup startup = start(System.getenv());
        if (startup.refusal().isPresent()) {
            // the reason is the whole message: a configuration mistake is not a crash, so no stack trace
            LOG.error("schema-designer did not start: {}", startup.refusal().get());
            System.exit(1);
        }
        App app = startup.app().orElseThrow();
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
    }

    /** The running service, or why it could not start. */
    record Startup(Optional<App> app, Optional<String> refusal) {}

    static Startup start(Map<String, String> env) {
        Config config;
        try {
            config = Config.from(env);
        } catch (IllegalArgumentException e) {
            return new Startup(Optional.empty(), Optional.of(e.getMessage()));
        }
        App app = App.create(config);
        try {
            return new Startup(Optional.of(app.start(config.port())), Optional.empty());
        } catch (RuntimeException e) {
            // stop the store and let the intent model finish loading before the JVM exits (audit 8.9, L8)
            app.close();
            return new Startup(Optional.empty(), Optional.of("cannot listen on " + config.network().host() + ":" + config.port() + ": " + reason(e)));
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
