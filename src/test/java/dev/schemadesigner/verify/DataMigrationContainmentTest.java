package dev.schemadesigner.verify;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit C2 (2.18–2.22): a model plan's data migration reaches verification on real PostgreSQL and
 * MariaDB, in both server setups, with a {@code victim} schema/database and a canary file next to
 * the throw-away. Before: the regex policy let each through and the victim was hit. Now each is
 * refused by name before any database is contacted, and the victim is untouched.
 */
class DataMigrationContainmentTest {

    @AfterAll
    static void dropVictims() throws SQLException { Victim.dropAll(); }

    /** Table {@code t} exists in the schema under verification too, so {@code victim.t} differs from an own table only by its qualifier. */
    private static final Schema BEFORE = Schema.of(
            Table.of("t", List.of(Column.identity("id", LogicalType.BIGINT), Column.optional("c", LogicalType.varchar(50))), PrimaryKey.of("id")),
            Table.of("u", List.of(Column.identity("id", LogicalType.BIGINT), Column.optional("c", LogicalType.varchar(50))), PrimaryKey.of("id")));

    record Bypass(String row, String sql, String refusalNames) {
        @Override
        public String toString() { return row; }
    }

    static Stream<Arguments> bypasses() {
        List<Arguments> all = new ArrayList<>();
        for (Victim victim : Victim.values()) {
            List<Bypass> rows = List.of(
                    new Bypass("2.18", "DELETE FROM victim.t WHERE id = 1", "victim.t"),
                    new Bypass("2.19", "/* /* */ SELECT 1 */ DROP " + (victim == Victim.POSTGRESQL ? "SCHEMA victim CASCADE" : "DATABASE victim"),
                            "comments are not allowed"),
                    new Bypass("2.20", "/* /* */ SELECT '--' */ COPY (SELECT 1) TO PROGRAM 'id > " + victim.canaryFile + "'", "comments are not allowed"),
                    new Bypass("2.21", "SELECT '--' || CAST(pg_read_file('PG_VERSION') AS int)", "function pg_read_file"),
                    new Bypass("2.22", "SELECT 1; /*! DROP DATABASE victim */", "comments are not allowed"));
            for (Bypass row : rows) {
                for (Victim.Setup setup : Victim.Setup.values()) all.add(Arguments.of(victim, setup, row));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} on {0}, {1}")
    @MethodSource("bypasses")
    void refusesTheBypassBeforeAnyDatabaseRunsItAndTheVictimIsUntouched(Victim victim, Victim.Setup setup, Bypass bypass) throws SQLException {
        // given
        victim.reset();
        ChangeSet plan = ChangeSet.of(DataMigration.portable("model's migration " + bypass.row(), bypass.sql(), null));

        // when
        Verification result = Verifier.verify(victim.target(setup), BEFORE, plan);

        // then
        assertThat(result.ok()).isFalse();
        assertThat(result.serverVersion()).isEqualTo("not contacted");
        assertThat(result.step("setup").flatMap(Verification.Step::error)).hasValueSatisfying(e -> assertThat(e).contains(bypass.refusalNames()));
        assertThat(victim.intact()).as("victim.t and the canary file after " + bypass.row()).isTrue();
    }

    static Stream<Arguments> setups() {
        List<Arguments> all = new ArrayList<>();
        for (Victim victim : Victim.values()) {
            for (Victim.Setup setup : Victim.Setup.values()) all.add(Arguments.of(victim, setup));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("setups")
    void runsRowChangesOnTheSchemasOwnTablesInEitherSetup(Victim victim, Victim.Setup setup) throws SQLException {
        victim.reset();
        ChangeSet plan = ChangeSet.of(DataMigration.portable("copy and lower-case c",
                "INSERT INTO u (c) SELECT c FROM t WHERE c IS NOT NULL; UPDATE t SET c = lower(c) WHERE c <> lower(c)",
                "DELETE FROM u"));

        Verification result = Verifier.verify(victim.target(setup), BEFORE, plan);

        assertThat(result.ok()).as(result.summary() + " " + result.steps()).isTrue();
        assertThat(victim.intact()).isTrue();
    }
}
