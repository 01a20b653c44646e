package dev.schemadesigner;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.HttpServer;
import dev.schemadesigner.verify.Verifier;
import io.javalin.Javalin;

/** The service wired from its configuration: store, stages, conversation, HTTP. */
public final class App implements AutoCloseable {

    private final SessionStore store;
    private final Conversation conversation;
    private final Javalin http;
    private final Thread warmUp;

    private App(SessionStore store, Conversation conversation, Javalin http, Thread warmUp) {
        this.store = store;
        this.conversation = conversation;
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
                Verifier.of(config.verifyPostgresUrl(), config.verifyMariaDbUrl()), config.reviewDatabaseUrls(), config.limits());
        return new App(store, conversation, HttpServer.create(config, conversation, store.kind()), warmUp);
    }

    public App start(int port) {
        http.start(port);
        return this;
    }

    public int port() { return http.port(); }

    /** Stops serving; waits for the embedding model to finish loading, since a JVM that exits mid-load crashes in native code. */
    @Override
    public void close() {
        // turns under way stop first (their clients get 503), so stopping the server does not wait for them
        conversation.close();
        http.stop();
        store.close();
        try {
            warmUp.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
