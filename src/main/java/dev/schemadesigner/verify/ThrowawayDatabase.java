package dev.schemadesigner.verify;

import dev.schemadesigner.change.SqlScript;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A database that exists only for one check: a PostgreSQL schema, a MariaDB database or an
 * in-memory SQLite database, created with a {@linkplain ThrowawayNames stamped name} and dropped on {@link #close()}
 * whatever happened in between (in batches when it is too big for one CASCADE: {@link ThrowawayDrop}).
 * User DDL only ever runs in one of these.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    public enum Kind {
        POSTGRESQL, MARIADB, SQLITE;

        /** The dialect name this database's SQL is read by. */
        String dialect() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** No statement of a check may hold a request thread longer than this. */
    static final int STATEMENT_TIMEOUT_SECONDS = 60;
    /**
     * MariaDB's default mode, pinned on every work connection whatever the server or URL says: string
     * literals and quoted names are then read exactly as the dialect prints them and as the
     * data-migration lexer reads them (backslash escapes on, no ANSI_QUOTES). A server-wide
     * NO_BACKSLASH_ESCAPES would otherwise make {@code 'a\' OR …} end where our reader does not
     * think it ends. The artifacts users run target this same default mode, so it is what is verified.
     */
    static final String MARIADB_SQL_MODE = "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION";
    /** A check waits no longer than this for a lock (it only ever locks its own objects). */
    static final int LOCK_TIMEOUT_SECONDS = 10;

    private final Kind kind;
    private final String name;
    private final Connection connection;
    private final Connection admin;
    private final List<Runnable> afterDrop = new CopyOnWriteArrayList<>();
    private final Login login;

    /** Opens another connection as the login statements run as. */
    @FunctionalInterface
    interface Login {
        Connection open() throws SQLException;
    }

    private ThrowawayDatabase(Kind kind, String name, Connection connection, Connection admin, Login login) {
        this.kind = kind;
        this.name = name;
        this.connection = connection;
        this.admin = admin;
        this.login = login;
    }

    /**
     * Another connection of the login that works in this throw-away, not set to it (no search path or
     * catalog chosen): an observer reads the server's lock tables with it, or holds a lock from a second
     * session. The caller closes it.
     */
    public Connection another() throws SQLException {
        if (login == null) throw new SQLException("a " + kind + " throw-away has no other connections");
        return login.open();
    }

    /**
     * A fresh in-memory SQLite database with foreign keys enforced: private to its one connection and
     * gone when that closes, so nothing touches the disk.
     */
    public static ThrowawayDatabase sqlite() throws SQLException {
        String name = randomName();
        // no ATTACH: a statement under verification must not reach any other database file
        Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + name + "?mode=memory&cache=private&limit_attached=0");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
        return new ThrowawayDatabase(Kind.SQLITE, name, c, null, null);
    }

    /** A new schema in the PostgreSQL database at {@code url}, made and used by the url's own user. */
    public static ThrowawayDatabase postgres(String url) throws SQLException { return postgres(VerifyAccounts.asConfigured(url)); }

    /**
     * A new schema on the PostgreSQL server of {@code accounts}, owned by the worker (or the url's user
     * when there is none), which owns nothing else. The work connection's search_path is that schema
     * only, with statement and lock timeouts, and standard strings as {@code SqlScript} reads them.
     */
    public static ThrowawayDatabase postgres(VerifyAccounts accounts) throws SQLException {
        String name = randomName();
        Connection admin = accounts.admin();
        Connection c = null;
        try {
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE SCHEMA " + name + accounts.worker().map(w -> " AUTHORIZATION " + w.user()).orElse(""));
            }
            c = accounts.work();
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + name);
                s.execute("SET statement_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'");
                s.execute("SET lock_timeout = '" + LOCK_TIMEOUT_SECONDS + "s'");
                s.execute("SET standard_conforming_strings = on");
            }
            return new ThrowawayDatabase(Kind.POSTGRESQL, name, c, admin, accounts::work);
        } catch (SQLException | RuntimeException e) {
            abandon(Kind.POSTGRESQL, name, c, admin, e);
            throw e;
        }
    }

    /** A new database on the MariaDB/MySQL server at {@code url}, made and used by the url's own user. */
    public static ThrowawayDatabase mariadb(String url) throws SQLException { return mariadb(VerifyAccounts.asConfigured(url)); }

    /**
     * A new database on the MariaDB server of {@code accounts}; the worker reaches it through its grant on
     * {@code sd\_verify\_%} databases. The work connection uses it, with statement and lock timeouts.
     */
    public static ThrowawayDatabase mariadb(VerifyAccounts accounts) throws SQLException {
        String name = randomName();
        Connection admin = accounts.admin();
        Connection c = null;
        try {
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            c = accounts.work();
            c.setCatalog(name);
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION max_statement_time = " + STATEMENT_TIMEOUT_SECONDS + ", lock_wait_timeout = " + LOCK_TIMEOUT_SECONDS
                        + ", innodb_lock_wait_timeout = " + LOCK_TIMEOUT_SECONDS + ", sql_mode = '" + MARIADB_SQL_MODE + "'");
            }
            return new ThrowawayDatabase(Kind.MARIADB, name, c, admin, accounts::work);
        } catch (SQLException | RuntimeException e) {
            abandon(Kind.MARIADB, name, c, admin, e);
            throw e;
        }
    }

    /** Undoes a half-made throw-away: its work connection closed, the database dropped; new errors join {@code failure}. */
    private static void abandon(Kind kind, String name, Connection work, Connection admin, Exception failure) {
        try (admin) {
            if (work != null) work.close();
            ThrowawayDrop.drop(kind, admin, name);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static String randomName() { return ThrowawayNames.next(); }

    /** Runs {@code action} once this throw-away has been dropped (its registry entry goes then). */
    public ThrowawayDatabase whenDropped(Runnable action) {
        afterDrop.add(action);
        return this;
    }

    public Kind kind() { return kind; }

    /** The schema (PostgreSQL), database (MariaDB) or in-memory database (SQLite) name. */
    public String name() { return name; }

    public Connection connection() { return connection; }

    public String serverVersion() throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    /**
     * Runs statements one by one; the exception names the statement that failed. Each string must be
     * exactly one statement as this database reads it: a driver that accepts several per call would
     * otherwise run what no check saw.
     */
    public void execute(Iterable<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            for (String sql : statements) {
                int count = SqlScript.read(sql, kind.dialect()).statements().size();
                if (count > 1) throw new SQLException("refused to run " + count + " statements in one call: " + sql);
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + " — while running: " + sql, e.getSQLState(), e);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        try {
            connection.close();
        } catch (SQLException e) {
            failure = e;
        }
        if (admin != null) {
            try (admin) {
                ThrowawayDrop.drop(kind, admin, name);
                afterDrop.forEach(Runnable::run);
            } catch (SQLException e) {
                if (failure == null) failure = e; else failure.addSuppressed(e);
            }
        }
        if (failure != null) throw failure;
    }
}
