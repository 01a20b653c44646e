package dev.schemadesigner.importer;

import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;

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
        return switch (Dialects.forProduct(productName).name()) {
            case "postgresql" -> new PostgresIntrospector();
            case "sqlite" -> new SqliteIntrospector();
            default -> new MariaDbIntrospector(!Dialects.isMySql(productName));
        };
    }
}
