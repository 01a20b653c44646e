package dev.schemadesigner.verify;

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

    public enum Kind { POSTGRESQL, MARIADB, SQLITE }

    /** No statement of a check may hold a request thread longer than this. */
    static final int STATEMENT_TIMEOUT_SECONDS = 60;

    private final Kind kind;
    private final String name;
    private final Connection connection;
    private final Connection admin;
    private final List<Runnable> afterDrop = new CopyOnWriteArrayList<>();

    private ThrowawayDatabase(Kind kind, String name, Connection connection, Connection admin) {
        this.kind = kind;
        this.name = name;
        this.connection = connection;
        this.admin = admin;
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
        return new ThrowawayDatabase(Kind.SQLITE, name, c, null);
    }

    /** A new schema in the PostgreSQL database at {@code url}; the connection's search_path is that schema only. */
    public static ThrowawayDatabase postgres(String url) throws SQLException {
        String name = randomName();
        Connection admin = DriverManager.getConnection(url);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + name);
        }
        return new ThrowawayDatabase(Kind.POSTGRESQL, name, c, admin);
    }

    /** A new database on the MariaDB/MySQL server at {@code url}; the connection uses it. */
    public static ThrowawayDatabase mariadb(String url) throws SQLException {
        String name = randomName();
        Connection admin = DriverManager.getConnection(url);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Connection c = DriverManager.getConnection(url);
        c.setCatalog(name);
        return new ThrowawayDatabase(Kind.MARIADB, name, c, admin);
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

    /** Runs statements one by one; the exception names the statement that failed. */
    public void execute(Iterable<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
            for (String sql : statements) {
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
