package dev.schemadesigner.verify;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defense in depth behind the data-migration policy: in both server setups the login that works in
 * a throw-away cannot reach the victim next to it, read server files or run programs — tried
 * directly on the work connection, as if a statement had got past the policy.
 */
class LeastPrivilegeLoginTest {

    @AfterAll
    static void dropVictims() throws SQLException { Victim.dropAll(); }

    static Stream<Arguments> setups() {
        List<Arguments> all = new ArrayList<>();
        for (Victim victim : Victim.values()) {
            for (Victim.Setup setup : Victim.Setup.values()) all.add(Arguments.of(victim, setup));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("setups")
    void workLoginCannotReachTheVictimFilesOrPrograms(Victim victim, Victim.Setup setup) throws SQLException {
        victim.reset();
        try (ThrowawayDatabase db = victim.open(setup)) {
            Connection c = db.connection();
            List<String> attempts = victim == Victim.POSTGRESQL
                    ? List.of("SELECT count(*) FROM victim.t", "DELETE FROM victim.t WHERE id = 1", "DROP SCHEMA victim CASCADE",
                            "SELECT pg_read_file('PG_VERSION')", "COPY (SELECT 1) TO PROGRAM 'id > " + victim.canaryFile + "'",
                            "CREATE TABLE public.sd_escape (id int)", "SET ROLE postgres")
                    : List.of("SELECT count(*) FROM victim.t", "DELETE FROM victim.t WHERE id = 1", "DROP DATABASE victim",
                            "SELECT 1 INTO OUTFILE '" + victim.canaryFile + "'", "CREATE DATABASE sd_escape",
                            "SELECT * FROM mysql.user");
            for (String attempt : attempts) {
                assertThatThrownBy(() -> run(c, attempt)).as(attempt).isInstanceOf(SQLException.class);
            }
            if (victim == Victim.MARIADB) assertThat(single(c, "SELECT LOAD_FILE('/etc/hostname')")).as("LOAD_FILE without FILE").isNull();
        }
        assertThat(victim.intact()).isTrue();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("setups")
    void workConnectionIsPinnedToItsThrowaway(Victim victim, Victim.Setup setup) throws SQLException {
        try (ThrowawayDatabase db = victim.open(setup)) {
            Connection c = db.connection();
            String expectedUser = setup == Victim.Setup.LEAST_PRIVILEGE ? "sd_verify" : VerifyServerSetup.WORKER;
            if (victim == Victim.POSTGRESQL) {
                assertThat(single(c, "SELECT current_user")).isEqualTo(expectedUser);
                assertThat(single(c, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
                assertThat(single(c, "SHOW search_path")).isEqualTo(db.name());
                assertThat(single(c, "SHOW statement_timeout")).isEqualTo("1min");
                assertThat(single(c, "SHOW lock_timeout")).isEqualTo("10s");
                assertThat(single(c, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = '" + db.name() + "'")).isEqualTo(expectedUser);
            } else {
                assertThat(single(c, "SELECT CURRENT_USER()")).startsWith(expectedUser + "@");
                assertThat(single(c, "SELECT DATABASE()")).isEqualTo(db.name());
                assertThat(single(c, "SELECT @@max_statement_time")).startsWith("60");
            }
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("setups")
    void oneExecuteRunsOneStatement(Victim victim, Victim.Setup setup) throws SQLException {
        victim.reset();
        try (ThrowawayDatabase db = victim.open(setup)) {
            assertThatThrownBy(() -> db.execute(List.of("SELECT 1; DELETE FROM victim.t")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("2 statements in one call");
        }
        assertThat(victim.intact()).isTrue();
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
