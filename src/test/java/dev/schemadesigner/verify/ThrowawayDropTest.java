package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit H4, 8.8: a throw-away is dropped however many tables it holds. */
class ThrowawayDropTest {

    @Test
    void aPostgresSchemaOf3000TablesIsDroppedAlthoughOneCascadeRunsOutOfLocks() throws SQLException {
        // given: 3,000 tables, each with a key, some referencing the one before (more locks per table)
        ThrowawayDatabase db = ThrowawayDatabase.postgres(TestDatabases.postgresUrl());
        String name = db.name();
        // one batch per transaction: creating takes locks as dropping does (one statement per execute, as ThrowawayDatabase insists)
        Connection work = db.connection();
        work.setAutoCommit(false);
        try (Statement s = work.createStatement()) {
            for (int i = 0; i < 3000; i++) {
                s.execute("CREATE TABLE t" + i + " (id integer PRIMARY KEY" + (i % 250 == 0 ? "" : ", parent integer REFERENCES t" + (i - 1)) + ")");
                if (i % 250 == 249) work.commit();
            }
        }
        work.setAutoCommit(true);
        assertThat(tableCount(name)).isEqualTo(3000);

        // when
        db.close();

        // then
        assertThat(schemaExists(name)).as("schema " + name + " after close").isFalse();
    }

    static boolean schemaExists(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static int tableCount(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
