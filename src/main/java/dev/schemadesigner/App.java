package dev.schemadesigner;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.HttpServer;
import dev.schemadesigner.verify.Throwaways;
import dev.schemadesigner.verify.Verifier;
import io.javalin.Javalin;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The service wired from its configuration: store, stages, conversation, HTTP. */
public final class App implements AutoCloseable {

    private final SessionStore store;
    private final Javalin http;
    private final Thread warmUp;
    private final Throwaways throwaways;
    private final ScheduledExecutorService sweeps;
    private final Duration drainWait;

    private App(SessionStore store, Javalin http, Thread warmUp, Throwaways throwaways, ScheduledExecutorService sweeps, Duration drainWait) {
        this.store = store;
        this.http = http;
        this.warmUp = warmUp;
        this.throwaways = throwaways;
        this.sweeps = sweeps;
        this.drainWait = drainWait;
    }

    public static App create(Config config) {
        SessionStore store = SessionStore.open(config.storeUrl());
        IntentDetector intents = IntentDetector.withDefaultSkills();
        Thread warmUp = new Thread(intents::warmUp, "intent-model-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Duration staleAfter = Throwaways.staleAfter(config.limits().turnDeadlineSeconds());
        Throwaways throwaways = new Throwaways(new StoredThrowaways(store), staleAfter);
        Verifier verifier = Verifier.of(config.verifyPostgresUrl(), config.verifyMariaDbUrl(), throwaways, config.limits().verifyMaxTables());
        // what a killed instance left on the verify servers goes now, without holding up the start, and
        // again every time a throw-away may have gone stale (another instance sharing the servers may die)
        ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "throwaway-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeps.scheduleWithFixedDelay(() -> throwaways.sweep(Instant.now()), 0, staleAfter.toSeconds(), TimeUnit.SECONDS);
        Conversation conversation = new Conversation(store, intents, ModelPlanner.forSettings(config.model()), new Reviewer(),
                verifier, config.reviewDatabaseUrls());
        return new App(store, HttpServer.create(config, conversation, store.kind()), warmUp, throwaways, sweeps,
                Duration.ofSeconds(config.limits().turnDeadlineSeconds()));
    }

    public App start(int port) {
        http.start(port);
        return this;
    }

    public int port() { return http.port(); }

    /** The throw-aways this instance keeps track of (tests sweep and drain through it). */
    public Throwaways throwaways() { return throwaways; }

    /**
     * Stops serving; waits (at most a turn's deadline) for verifications in flight and drops the
     * throw-aways they still hold; waits for the embedding model to finish loading, since a JVM that
     * exits mid-load crashes in native code.
     */
    @Override
    public void close() {
        http.stop();
        try {
            sweeps.shutdown();
            sweeps.awaitTermination(drainWait.toMillis(), TimeUnit.MILLISECONDS);
            throwaways.drain(drainWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            store.close();
        }
        try {
            warmUp.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
