package dev.schemadesigner;

import dev.schemadesigner.surface.cli.Cli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the service with the embedded defaults unless {@code SD_*} variables say otherwise ({@code serve}
 * or no arguments), or runs a command of the CLI ({@code review}, {@code design}; see {@link Cli}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            // a command's output is its findings and files: the service's informational logging stays out of it
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            int code = Cli.run(args, out, err);
            out.flush();
            System.exit(code);
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        Startup startup = start(System.getenv());
        if (startup.refusal().isPresent()) {
            // the reason is the whole message: a configuration mistake is not a crash, so no stack trace
            log.error("schema-designer did not start: {}", startup.refusal().get());
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
