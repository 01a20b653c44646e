package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit H4, 5.6–5.8: what a dead process left on the verify servers is swept; what another live
 * process (a test running in parallel, another instance) uses is not. Every sweep here runs at the real
 * time, so only names a day old go: nothing a parallel run still uses.
 */
class ThrowawaySweepTest {

    private static final String DEAD_INSTANCE = "dead0000";
    private static final String OTHER_LIVE_INSTANCE = "a1a1a1a1";

    @Test
    void sweepDropsWhatADeadInstanceLeftOnBothServersAndStrikesItOff() throws SQLException {
        // given: a day-old throw-away of a dead instance on each server, registered, and a fresh one of a live instance
        String deadSchema = ThrowawayNames.of(DEAD_INSTANCE, Instant.now().minus(Duration.ofDays(1)));
        String deadDatabase = ThrowawayNames.of(DEAD_INSTANCE, Instant.now().minus(Duration.ofDays(1)));
        String liveSchema = ThrowawayNames.of(OTHER_LIVE_INSTANCE, Instant.now());
        String liveDatabase = ThrowawayNames.of(OTHER_LIVE_INSTANCE, Instant.now());
        postgres("CREATE SCHEMA " + deadSchema, "CREATE TABLE " + deadSchema + ".t (id int)", "CREATE SCHEMA " + liveSchema);
        mariadb("CREATE DATABASE " + deadDatabase, "CREATE TABLE " + deadDatabase + ".t (id int)", "CREATE DATABASE " + liveDatabase);
        ThrowawayRegistry registry = ThrowawayRegistry.inMemory();
        registry.add(new Throwaway(deadSchema, ThrowawayDatabase.Kind.POSTGRESQL, Throwaway.server(TestDatabases.postgresUrl()), DEAD_INSTANCE,
                ThrowawayNames.createdAt(deadSchema).orElseThrow()));
        Throwaways throwaways = new Throwaways(registry, Throwaways.staleAfter(60));
        throwaways.postgres(TestDatabases.postgresUrl());
        throwaways.mariadb(TestDatabases.mariadbUrl());
        try {
            // when
            var dropped = throwaways.sweep(Instant.now());

            // then
            assertThat(dropped).contains(deadSchema, deadDatabase).doesNotContain(liveSchema, liveDatabase);
            assertThat(postgresHas(deadSchema)).isFalse();
            assertThat(mariadbHas(deadDatabase)).isFalse();
            assertThat(postgresHas(liveSchema)).isTrue();
            assertThat(mariadbHas(liveDatabase)).isTrue();
            assertThat(registry.all()).extracting(Throwaway::name).doesNotContain(deadSchema);
        } finally {
            postgres("DROP SCHEMA IF EXISTS " + liveSchema + " CASCADE");
            mariadb("DROP DATABASE IF EXISTS " + liveDatabase);
        }
    }

    @Test
    void anUnstampedNameIsDroppedOnlyOnceTheRegistryHasKnownItLongerThanATurn() throws SQLException {
        // given: two names of the old form; the registry first saw one a day ago, the other never
        String known = unstampedName();
        String unknown = unstampedName();
        assertThat(ThrowawayNames.createdAt(known)).isEmpty();
        postgres("CREATE SCHEMA " + known, "CREATE SCHEMA " + unknown);
        ThrowawayRegistry registry = ThrowawayRegistry.inMemory();
        registry.add(new Throwaway(known, ThrowawayDatabase.Kind.POSTGRESQL, Throwaway.server(TestDatabases.postgresUrl()), "unknown",
                Instant.now().minus(Duration.ofDays(1))));
        Throwaways throwaways = new Throwaways(registry, Throwaways.staleAfter(60));
        throwaways.postgres(TestDatabases.postgresUrl());
        try {
            // when
            var dropped = throwaways.sweep(Instant.now());

            // then: the known one goes; the other is written down, to go on a sweep a turn's length later
            assertThat(dropped).contains(known).doesNotContain(unknown);
            assertThat(postgresHas(known)).isFalse();
            assertThat(postgresHas(unknown)).isTrue();
            assertThat(registry.all()).extracting(Throwaway::name).contains(unknown);
        } finally {
            postgres("DROP SCHEMA IF EXISTS " + unknown + " CASCADE");
        }
    }

    @Test
    void drainDropsWhatAVerificationStillHoldsOnShutdown() throws SQLException {
        // given: a verification in flight on each server that does not finish in time
        Throwaways throwaways = Throwaways.unregistered();
        ThrowawayDatabase onPostgres = throwaways.postgres(TestDatabases.postgresUrl()).opener().open();
        ThrowawayDatabase onMariadb = throwaways.mariadb(TestDatabases.mariadbUrl()).opener().open();
        assertThat(throwaways.live()).containsExactlyInAnyOrder(onPostgres.name(), onMariadb.name());

        // when
        var dropped = throwaways.drain(Duration.ofMillis(300));

        // then
        assertThat(dropped).containsExactlyInAnyOrder(onPostgres.name(), onMariadb.name());
        assertThat(postgresHas(onPostgres.name())).isFalse();
        assertThat(mariadbHas(onMariadb.name())).isFalse();
        assertThat(throwaways.live()).isEmpty();
        onPostgres.close(); // the verification ends later: its own drop finds nothing to drop
        onMariadb.close();
    }

    @Test
    void drainReturnsAsSoonAsTheVerificationsInFlightHaveDroppedTheirs() throws Exception {
        Throwaways throwaways = Throwaways.unregistered();
        ThrowawayDatabase db = throwaways.postgres(TestDatabases.postgresUrl()).opener().open();
        Thread finishing = new Thread(() -> {
            try {
                Thread.sleep(200);
                db.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        finishing.start();

        long start = System.nanoTime();
        var dropped = throwaways.drain(Duration.ofSeconds(30));

        assertThat(dropped).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(postgresHas(db.name())).isFalse();
        finishing.join();
    }

    /** The form names had before they carried instance and time. */
    private static String unstampedName() {
        return "sd_verify_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static boolean postgresHas(String schema) throws SQLException {
        return exists(TestDatabases.postgresUrl(), "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'");
    }

    static boolean mariadbHas(String database) throws SQLException {
        return exists(TestDatabases.mariadbUrl(), "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + database + "'");
    }

    private static boolean exists(String url, String countQuery) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(countQuery)) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    static void postgres(String... statements) throws SQLException { run(TestDatabases.postgresUrl(), statements); }

    static void mariadb(String... statements) throws SQLException { run(TestDatabases.mariadbUrl(), statements); }

    private static void run(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }
}
