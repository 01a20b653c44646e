package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A sacrificial {@code victim} schema (PostgreSQL) or database (MariaDB) next to the throw-aways,
 * holding table {@code t} with two canary rows, and a canary file path a server-side program would
 * create. Made fresh by the superuser before each test; {@link #intact()} says whether anything reached it.
 */
enum Victim {
    POSTGRESQL, MARIADB;

    /** The two ways a server can be configured for verification (audit C2's defense in depth). */
    enum Setup {
        /** SD_VERIFY_ALLOW_SUPERUSER=true: the superuser creates throw-aways, the service's worker login works in them. */
        SUPERUSER_WITH_OVERRIDE,
        /** The recommended setup: the configured login is least-privilege and does everything. */
        LEAST_PRIVILEGE
    }

    final Path canaryFile = Path.of(System.getProperty("java.io.tmpdir"), "sd-canary-" + UUID.randomUUID());

    VerifyAccounts accounts(Setup setup) {
        return switch (setup) {
            case SUPERUSER_WITH_OVERRIDE -> this == POSTGRESQL ? VerifyServerSetup.postgres(TestDatabases.postgresUrl(), true)
                    : VerifyServerSetup.mariadb(TestDatabases.mariadbUrl(), true);
            case LEAST_PRIVILEGE -> this == POSTGRESQL ? VerifyServerSetup.postgres(TestDatabases.postgresVerifyUrl(), false)
                    : VerifyServerSetup.mariadb(TestDatabases.mariadbVerifyUrl(), false);
        };
    }

    VerifyTarget target(Setup setup) {
        return this == POSTGRESQL ? VerifyTarget.postgres(accounts(setup)) : VerifyTarget.mariadb(accounts(setup));
    }

    ThrowawayDatabase open(Setup setup) throws SQLException {
        return this == POSTGRESQL ? ThrowawayDatabase.postgres(accounts(setup)) : ThrowawayDatabase.mariadb(accounts(setup));
    }

    void reset() throws SQLException {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            if (this == POSTGRESQL) {
                s.execute("DROP SCHEMA IF EXISTS victim CASCADE");
                s.execute("CREATE SCHEMA victim");
            } else {
                s.execute("DROP DATABASE IF EXISTS victim");
                s.execute("CREATE DATABASE victim");
            }
            s.execute("CREATE TABLE victim.t (id int PRIMARY KEY, secret varchar(20))");
            s.execute("INSERT INTO victim.t VALUES (1, 'canary'), (2, 'canary')");
        }
    }

    /** Removes the victim once a test class is done with it. */
    void drop() throws SQLException {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute(this == POSTGRESQL ? "DROP SCHEMA IF EXISTS victim CASCADE" : "DROP DATABASE IF EXISTS victim");
        }
    }

    static void dropAll() throws SQLException {
        for (Victim v : values()) v.drop();
    }

    /** Whether {@code victim.t} still holds both canary rows and no program wrote the canary file. */
    boolean intact() throws SQLException {
        try (Connection c = superuser(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM victim.t WHERE secret = 'canary'")) {
            return r.next() && r.getInt(1) == 2 && !Files.exists(canaryFile);
        }
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(this == POSTGRESQL ? TestDatabases.postgresUrl() : TestDatabases.mariadbUrl());
    }
}
