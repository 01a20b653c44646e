package dev.schemadesigner.generate;

import dev.schemadesigner.TestDatabases;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A database for one run of generated code, as a SQLAlchemy URL: a SQLite file in the project
 * folder, or a fresh PostgreSQL database created for the run and dropped after it.
 */
final class PythonDatabase implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final String pgName;

    private PythonDatabase(String url, String pgName) {
        this.url = url;
        this.pgName = pgName;
    }

    static PythonDatabase sqlite(Path file) { return new PythonDatabase("sqlite:///" + file.toAbsolutePath(), null); }

    static PythonDatabase postgres() throws SQLException {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String name = "sd_gen_" + HexFormat.of().formatHex(bytes);
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new PythonDatabase("postgresql://postgres@127.0.0.1:5432/" + name, name);
    }

    String url() { return url; }

    /** The same database for JDBC (PostgreSQL only). */
    String jdbcUrl() {
        if (pgName == null) throw new IllegalStateException("jdbcUrl is for PostgreSQL databases");
        return TestDatabases.postgresUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + pgName + "$1");
    }

    String dialect() { return pgName == null ? "sqlite" : "postgresql"; }

    @Override
    public void close() throws SQLException {
        if (pgName == null) return;
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
        }
    }
}
