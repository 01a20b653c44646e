package dev.schemadesigner.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A database that exists only for one check: a PostgreSQL schema, a MariaDB database or a SQLite
 * file, created with a random name and dropped on {@link #close()} whatever happened in between.
 * User DDL only ever runs in one of these.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    public enum Kind { POSTGRESQL, MARIADB, SQLITE }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kind kind;
    private final String name;
    private final Connection connection;
    private final Connection admin;
    private final Path file;

    private ThrowawayDatabase(Kind kind, String name, Connection connection, Connection admin, Path file) {
        this.kind = kind;
        this.name = name;
        this.connection = connection;
        this.admin = admin;
        this.file = file;
    }

    /** A fresh SQLite file with foreign keys enforced. */
    public static ThrowawayDatabase sqlite() throws SQLException {
        try {
            Path file = Files.createTempFile("sd-verify-", ".db");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            return new ThrowawayDatabase(Kind.SQLITE, file.getFileName().toString(), c, null, file);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create a temporary SQLite file: " + e.getMessage(), e);
        }
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
        return new ThrowawayDatabase(Kind.POSTGRESQL, name, c, admin, null);
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
        return new ThrowawayDatabase(Kind.MARIADB, name, c, admin, null);
    }

    private static String randomName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "sd_verify_" + HexFormat.of().formatHex(bytes);
    }

    public Kind kind() { return kind; }

    /** The schema (PostgreSQL) or database (MariaDB) name; the file name for SQLite. */
    public String name() { return name; }

    public Connection connection() { return connection; }

    public String serverVersion() throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    /** Runs statements one by one; the exception names the statement that failed. */
    public void execute(Iterable<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
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
        try {
            switch (kind) {
                case POSTGRESQL -> {
                    try (Statement s = admin.createStatement()) { s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE"); }
                }
                case MARIADB -> {
                    try (Statement s = admin.createStatement()) { s.execute("DROP DATABASE IF EXISTS " + name); }
                }
                case SQLITE -> Files.deleteIfExists(file);
            }
        } catch (SQLException e) {
            if (failure == null) failure = e; else failure.addSuppressed(e);
        } catch (java.io.IOException e) {
            if (failure == null) failure = new SQLException("cannot delete " + file + ": " + e.getMessage(), e);
        } finally {
            if (admin != null) admin.close();
        }
        if (failure != null) throw failure;
    }
}
