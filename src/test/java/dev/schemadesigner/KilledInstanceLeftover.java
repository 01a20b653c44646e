package dev.schemadesigner;

import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.store.StoredThrowaway;
import dev.schemadesigner.verify.Throwaway;
import dev.schemadesigner.verify.ThrowawayNames;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * Run as a child JVM by {@link KillAndRestartSweepTest}: an instance mid-check, as the store and the
 * server see it — a registered throw-away schema with 200 tables — whose name is dated a day back, so
 * that the sweep of the next start may drop it without a wait while every throw-away of a parallel run
 * (younger than a turn) stays. Prints the name, then waits to be killed.
 */
public final class KilledInstanceLeftover {
    private KilledInstanceLeftover() {}

    public static void main(String[] args) throws Exception {
        String storeUrl = args[0];
        String postgresUrl = args[1];
        Instant created = Instant.now().minus(Duration.ofDays(1));
        String name = ThrowawayNames.of("dead0001", created);
        try (SessionStore store = SessionStore.open(storeUrl)) {
            store.addThrowaway(new StoredThrowaway(name, "POSTGRESQL", Throwaway.server(postgresUrl), "dead0001", created));
        }
        try (Connection c = DriverManager.getConnection(postgresUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
            StringBuilder tables = new StringBuilder();
            for (int i = 0; i < 200; i++) tables.append("CREATE TABLE ").append(name).append(".t").append(i).append(" (id integer PRIMARY KEY, note text);");
            s.execute(tables.toString());
        }
        System.out.println("THROWAWAY " + name);
        System.out.flush();
        Thread.sleep(600_000);
    }
}
