package dev.schemadesigner.importer;

import java.sql.Connection;
import java.sql.SQLException;

public final class SqliteIntrospector implements DatabaseIntrospector {
    @Override
    public IntrospectionResult introspectWithWarnings(Connection connection, String schemaName) throws SQLException {
        throw new UnsupportedOperationException("later");
    }
}
