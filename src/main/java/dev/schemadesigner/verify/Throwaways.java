package dev.schemadesigner.verify;

import dev.schemadesigner.dialect.MariaDbDialect;
import dev.schemadesigner.dialect.PostgresDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The life of this process's throw-aways beyond one check (audit H4, 5.6–5.8): each is written to
 * the {@link ThrowawayRegistry} when created and struck off when dropped; {@link #sweep} drops what
 * dead or earlier processes left on the verify servers; {@link #drain} waits for the checks in flight
 * on shutdown, then drops what they still hold.
 *
 * <p>Other processes (another instance, tests running in parallel) may have live throw-aways on the
 * same servers, so a sweep drops only what is older than {@code staleAfter} — longer than any turn
 * may run. The age is in the name ({@link ThrowawayNames}); a name from before names carried it is
 * written down when first seen and dropped by a sweep that finds it again {@code staleAfter} later.
 */
public final class Throwaways {

    private static final Logger LOG = LoggerFactory.getLogger(Throwaways.class);
    private static final String UNKNOWN_INSTANCE = "unknown";

    private final ThrowawayRegistry registry;
    private final Duration staleAfter;
    private final Map<ThrowawayDatabase.Kind, VerifyAccounts> servers = new ConcurrentHashMap<>();
    /** This process's throw-aways not yet dropped, with the server to drop them on. */
    private final Map<String, Server> live = new ConcurrentHashMap<>();
    private final Object drained = new Object();

    private record Server(ThrowawayDatabase.Kind kind, VerifyAccounts accounts) {}

    public Throwaways(ThrowawayRegistry registry, Duration staleAfter) {
        this.registry = registry;
        this.staleAfter = staleAfter;
    }

    /** No turn outlives its deadline; the deadline again, and a few seconds, leave room for its drop. */
    public static Duration staleAfter(int turnDeadlineSeconds) { return Duration.ofSeconds(2L * turnDeadlineSeconds + 5); }

    /** Throw-aways kept in memory only, for a verifier without a store. */
    public static Throwaways unregistered() { return new Throwaways(ThrowawayRegistry.inMemory(), staleAfter(60)); }

    /** PostgreSQL at {@code url}, its user doing everything (tests). */
    public VerifyTarget postgres(String url) { return postgres(VerifyAccounts.asConfigured(url)); }

    /** PostgreSQL reached through {@code accounts}: throw-aways made by its admin, used by its worker. */
    public VerifyTarget postgres(VerifyAccounts accounts) {
        servers.put(ThrowawayDatabase.Kind.POSTGRESQL, accounts);
        return new VerifyTarget(new PostgresDialect(), () -> track(ThrowawayDatabase.postgres(accounts), accounts));
    }

    /** MariaDB at {@code url}, its user doing everything (tests). */
    public VerifyTarget mariadb(String url) { return mariadb(VerifyAccounts.asConfigured(url)); }

    /** MariaDB reached through {@code accounts}: throw-aways made by its admin, used by its worker. */
    public VerifyTarget mariadb(VerifyAccounts accounts) {
        servers.put(ThrowawayDatabase.Kind.MARIADB, accounts);
        return new VerifyTarget(new MariaDbDialect(), () -> track(ThrowawayDatabase.mariadb(accounts), accounts));
    }

    /** Names of this process's throw-aways not yet dropped. */
    public List<String> live() { return List.copyOf(live.keySet()); }

    private ThrowawayDatabase track(ThrowawayDatabase db, VerifyAccounts accounts) {
        String name = db.name();
        live.put(name, new Server(db.kind(), accounts));
        try {
            registry.add(new Throwaway(name, db.kind(), Throwaway.server(accounts.url()), ThrowawayNames.INSTANCE,
                    ThrowawayNames.createdAt(name).orElseGet(Instant::now)));
        } catch (RuntimeException e) {
            // the check goes on: the name alone lets a sweep find the throw-away should this process die
            LOG.warn("could not register the throw-away {}: {}", name, e.getMessage());
        }
        return db.whenDropped(() -> forget(name));
    }

    private void forget(String name) {
        try {
            registry.remove(name);
        } catch (RuntimeException e) {
            LOG.warn("could not strike off the dropped throw-away {}; a sweep will: {}", name, e.getMessage());
        }
        synchronized (drained) {
            live.remove(name);
            drained.notifyAll();
        }
    }

    /**
     * Drops every throw-away on this process's verify servers that no turn can still be using: a
     * stamped name older than {@code staleAfter} (not one of this process's live ones), an unstamped
     * name the registry has known for that long. Registry entries of those servers whose throw-away is
     * gone are struck off. Returns the names dropped; a failure is logged and left for the next sweep.
     */
    public List<String> sweep(Instant now) {
        List<String> dropped = new ArrayList<>();
        try {
            sweep(now, dropped);
        } catch (RuntimeException storeFailure) {
            // a periodic sweep must survive a store that is briefly unavailable: the next one retries
            LOG.warn("the throw-away sweep stopped early: {}", storeFailure.getMessage());
        }
        if (!dropped.isEmpty()) LOG.info("dropped {} stale throw-away(s): {}", dropped.size(), dropped);
        return dropped;
    }

    private void sweep(Instant now, List<String> dropped) {
        Instant staleBefore = now.minus(staleAfter);
        Map<String, Throwaway> registered = new HashMap<>();
        for (Throwaway t : registry.all()) registered.put(t.name(), t);
        for (Map.Entry<ThrowawayDatabase.Kind, VerifyAccounts> server : servers.entrySet()) {
            ThrowawayDatabase.Kind kind = server.getKey();
            String serverKey = Throwaway.server(server.getValue().url());
            try (Connection admin = server.getValue().admin()) {
                List<String> found = throwawaysOn(kind, admin);
                for (String name : found) {
                    if (live.containsKey(name)) continue;
                    Optional<Instant> stamped = ThrowawayNames.createdAt(name);
                    Throwaway known = registered.get(name);
                    if (stamped.isEmpty() && known == null) {
                        registry.add(new Throwaway(name, kind, serverKey, UNKNOWN_INSTANCE, now));
                        continue;
                    }
                    Instant since = stamped.orElseGet(() -> known.createdAt());
                    if (!since.isBefore(staleBefore)) continue;
                    try {
                        ThrowawayDrop.drop(kind, admin, name);
                        registry.remove(name);
                        dropped.add(name);
                    } catch (SQLException e) {
                        LOG.warn("could not drop the stale throw-away {} on {}: {}", name, serverKey, e.getMessage());
                    }
                }
                for (Throwaway t : registered.values()) {
                    if (t.kind() == kind && t.server().equals(serverKey) && !found.contains(t.name()) && !live.containsKey(t.name())) {
                        registry.remove(t.name());
                    }
                }
            } catch (SQLException e) {
                LOG.warn("could not sweep throw-aways on {}: {}", serverKey, e.getMessage());
            }
        }
    }

    /**
     * Waits up to {@code wait} for the checks in flight to drop their throw-aways, then drops the ones
     * still there itself (their checks fail, which is what a stopping service can offer). Returns the
     * names it had to drop.
     */
    public List<String> drain(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (drained) {
            while (!live.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                try {
                    drained.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, Server> leftover : Map.copyOf(live).entrySet()) {
            String name = leftover.getKey();
            try (Connection admin = leftover.getValue().accounts().admin()) {
                ThrowawayDrop.drop(leftover.getValue().kind(), admin, name);
                forget(name);
                dropped.add(name);
            } catch (SQLException e) {
                LOG.warn("could not drop the throw-away {} on shutdown; the next start sweeps it: {}", name, e.getMessage());
            }
        }
        return dropped;
    }

    private static List<String> throwawaysOn(ThrowawayDatabase.Kind kind, Connection admin) throws SQLException {
        // LIKE's '_' matches any character; the exact prefix is checked here, without escapes that depend on sql_mode
        String sql = kind == ThrowawayDatabase.Kind.POSTGRESQL
                ? "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sd_verify_%'"
                : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'sd_verify_%'";
        List<String> names = new ArrayList<>();
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (ThrowawayNames.isThrowaway(name)) names.add(name);
            }
        }
        return names;
    }
}
