package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrowawayDatabaseTest {

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void runsDdlInItsOwnDatabaseAndDropsItOnClose(ThrowawayDatabase.Kind kind) throws Exception {
        String name;
        ThrowawayDatabase opened;
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            opened = db;
            name = db.name();
            db.execute(List.of("CREATE TABLE probe (id INTEGER PRIMARY KEY)", "INSERT INTO probe VALUES (1)"));
            try (var rs = db.connection().createStatement().executeQuery("SELECT count(*) FROM probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(db.serverVersion()).isNotBlank();
        }
        if (kind == ThrowawayDatabase.Kind.SQLITE) assertThat(opened.connection().isClosed()).as("in-memory database ends with its connection").isTrue();
        else assertThat(exists(kind, name)).as("%s %s dropped", kind, name).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ThrowawayDatabase.Kind.class)
    void namesTheStatementThatFailed(ThrowawayDatabase.Kind kind) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            assertThatThrownBy(() -> db.execute(List.of("CREATE TABLE broken (")))
                    .hasMessageContaining("while running: CREATE TABLE broken (");
        }
    }

    private static boolean exists(ThrowawayDatabase.Kind kind, String name) throws Exception {
        String sql = switch (kind) {
            case POSTGRESQL -> "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
            case MARIADB -> "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
            case SQLITE -> throw new IllegalArgumentException("SQLite verification databases live in memory");
        };
        String url = kind == ThrowawayDatabase.Kind.POSTGRESQL ? TestDatabases.postgresUrl() : TestDatabases.mariadbUrl();
        try (var c = DriverManager.getConnection(url); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** A URL (or a server) that turns on NO_BACKSLASH_ESCAPES must not change how the check's SQL is read. */
    @org.junit.jupiter.api.Test
    void pinsMariaDbToTheModeTheDialectAndTheMigrationReaderAssume() throws Exception {
        String url = TestDatabases.mariadbVerifyUrl() + "&sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES";
        try (ThrowawayDatabase db = ThrowawayDatabase.mariadb(url)) {
            db.execute(List.of("CREATE TABLE probe (id INT PRIMARY KEY, label TEXT)", "INSERT INTO probe VALUES (1, 'a\\\\b''c')"));
            try (var rs = db.connection().createStatement().executeQuery("SELECT @@SESSION.sql_mode, label FROM probe")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(ThrowawayDatabase.MARIADB_SQL_MODE);
                assertThat(rs.getString(2)).as("backslash-escaped literal, as MariaDbDialect prints it").isEqualTo("a\\b'c");
            }
        }
    }
}
