package dev.schemadesigner;

import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.surface.http.HttpServer;
import dev.schemadesigner.verify.Throwaways;
import dev.schemadesigner.verify.VerifyAccounts;
import dev.schemadesigner.verify.VerifyServerSetup;
import dev.schemadesigner.verify.Verifier;
import io.javalin.Javalin;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The service wired from its configuration: store, stages, conversation, HTTP. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** While the embedding model loads (about 1.5 s), a message the words do not decide waits at most this for it. */
    private static final Duration INTENT_MODEL_WAIT = Duration.ofSeconds(2);

    private final SessionStore store;
    private final Conversation conversation;
    private final Javalin http;
    private final Thread warmUp;
    private final Throwaways throwaways;
    private final ScheduledExecutorService sweeps;
    private final Duration drainWait;

    private App(SessionStore store, Conversation conversation, Javalin http, Thread warmUp, Throwaways throwaways,
                ScheduledExecutorService sweeps, Duration drainWait) {
        this.store = store;
        this.conversation = conversation;
        this.http = http;
        this.warmUp = warmUp;
        this.throwaways = throwaways;
        this.sweeps = sweeps;
        this.drainWait = drainWait;
    }

    public static App create(Config config) {
        // first: a verify server whose user may not be used refuses the start before anything else opens
        Optional<VerifyAccounts> postgres = config.verifyPostgresUrl().map(url -> VerifyServerSetup.postgres(url, config.verifyAllowSuperuser()));
        Optional<VerifyAccounts> mariadb = config.verifyMariaDbUrl().map(url -> VerifyServerSetup.mariadb(url, config.verifyAllowSuperuser()));
        SessionStore store = SessionStore.open(config.storeUrl());
        IntentDetector intents = IntentDetector.withDefaultSkills();
        Thread warmUp = intents.warmUpInBackground(INTENT_MODEL_WAIT);
        Duration staleAfter = Throwaways.staleAfter(config.limits().turnDeadlineSeconds());
        Throwaways throwaways = new Throwaways(new StoredThrowaways(store), staleAfter);
        Verifier verifier = Verifier.on(postgres, mariadb, throwaways, config.limits().verifyMaxTables(), config.limits().verifySeedRows());
        // what a killed instance left on the verify servers goes now, without holding up the start, and
        // again every time a throw-away may have gone stale (another instance sharing the servers may die)
        ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "throwaway-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeps.scheduleWithFixedDelay(() -> throwaways.sweep(Instant.now()), 0, staleAfter.toSeconds(), TimeUnit.SECONDS);
        Conversation conversation = new Conversation(store, intents, ModelPlanner.forSettings(config.model()), new Reviewer(),
                verifier, config.reviewDatabaseUrls(), config.limits());
        return new App(store, conversation, HttpServer.create(config, conversation, store.kind()), warmUp, throwaways, sweeps,
                Duration.ofSeconds(config.limits().turnDeadlineSeconds()));
    }

    /** Listens on the configured host ({@code SD_HOST}, loopback by default) and says where, as the socket is bound. */
    public App start(int port) {
        http.start(port);
        LOG.info("schema-designer listening on http://{}:{}/", listeningHost(), http.port());
        return this;
    }

    public int port() { return http.port(); }

    /** The throw-aways this instance keeps track of (tests sweep and drain through it). */
    public Throwaways throwaways() { return throwaways; }

    /** The address the server socket is bound to, as Jetty reports it. */
    public String listeningHost() {
        return java.util.Arrays.stream(http.jettyServer().server().getConnectors())
                .filter(c -> c instanceof ServerConnector).map(c -> ((ServerConnector) c).getHost())
                .map(h -> h == null ? "0.0.0.0" : h).findFirst().orElse("unknown");
    }

    /**
     * Stops serving; waits (at most a turn's deadline) for verifications in flight and drops the
     * throw-aways they still hold; waits for the embedding model to finish loading, since a JVM that
     * exits mid-load crashes in native code.
     */
    @Override
    public void close() {
        // turns under way stop first (their clients get 503), so stopping the server does not wait for them
        conversation.close();
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
