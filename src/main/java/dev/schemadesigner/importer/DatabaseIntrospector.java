package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the tables of one schema of a live database into the IR, exactly in the stored form of
 * {@code docs/stored-forms.md} for that database, so that verification can compare it with
 * {@code dialect.storedForm(expected)}.
 */
public interface DatabaseIntrospector {

    /**
     * @param schemaName the PostgreSQL schema or the MariaDB database; ignored for SQLite
     */
    IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException;

    default Schema introspect(Connection connection, String schemaName) throws SQLException {
        return introspectWithWarnings(connection, schemaName).schema();
    }
}
