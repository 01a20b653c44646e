package dev.schemadesigner;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.HttpServer;
import dev.schemadesigner.verify.Verifier;
import io.javalin.Javalin;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service wired from its configuration: store, stages, conversation, HTTP. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final SessionStore store;
    private final Javalin http;
    private final Thread warmUp;

    private App(SessionStore store, Javalin http, Thread warmUp) {
        this.store = store;
        this.http = http;
        this.warmUp = warmUp;
    }

    public static App create(Config config) {
        SessionStore store = SessionStore.open(config.storeUrl());
        IntentDetector intents = IntentDetector.withDefaultSkills();
        Thread warmUp = new Thread(intents::warmUp, "intent-model-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Conversation conversation = new Conversation(store, intents, ModelPlanner.forSettings(config.model()), new Reviewer(),
                Verifier.of(config.verifyPostgresUrl(), config.verifyMariaDbUrl()), config.reviewDatabaseUrls());
        return new App(store, HttpServer.create(config, conversation, store.kind()), warmUp);
    }

    /** Listens on the configured host ({@code SD_HOST}, loopback by default) and says where, as the socket is bound. */
    public App start(int port) {
        http.start(port);
        LOG.info("schema-designer listening on http://{}:{}/", listeningHost(), http.port());
        return this;
    }

    public int port() { return http.port(); }

    /** The address the server socket is bound to, as Jetty reports it. */
    public String listeningHost() {
        return java.util.Arrays.stream(http.jettyServer().server().getConnectors())
                .filter(c -> c instanceof ServerConnector).map(c -> ((ServerConnector) c).getHost())
                .map(h -> h == null ? "0.0.0.0" : h).findFirst().orElse("unknown");
    }

    /** Stops serving; waits for the embedding model to finish loading, since a JVM that exits mid-load crashes in native code. */
    @Override
    public void close() {
        http.stop();
        store.close();
        try {
            warmUp.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
