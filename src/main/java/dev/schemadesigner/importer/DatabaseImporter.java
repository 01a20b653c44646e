package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Picks the introspector for whatever database a connection talks to. */
public final class DatabaseImporter {
    private DatabaseImporter() {}

    public static Schema introspect(Connection connection, String schemaName) throws SQLException {
        return introspectorFor(connection).introspect(connection, schemaName);
    }

    public static IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException {
        return introspectorFor(connection).introspectWithWarnings(connection, schemaName);
    }

    public static DatabaseIntrospector introspectorFor(Connection connection) throws SQLException {
        return forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** By JDBC product name: PostgreSQL, SQLite, MariaDB or MySQL. */
    public static DatabaseIntrospector forProduct(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) return new PostgresIntrospector();
        if (product.contains("sqlite")) return new SqliteIntrospector();
        if (product.contains("mariadb")) return new MariaDbIntrospector(true);
        if (product.contains("mysql")) return new MariaDbIntrospector(false);
        throw new IllegalArgumentException("cannot import from " + productName + ": supported are PostgreSQL, SQLite, MariaDB and MySQL");
    }
}
