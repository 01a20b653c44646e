package dev.schemadesigner.review;

import dev.schemadesigner.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The volatility resource against the running PostgreSQL server's own catalogue (scripts/pg-volatility.sh regenerates it). */
class FunctionVolatilityTest {

    @Test
    void theResourceAgreesWithTheServersCatalogue() throws SQLException, IOException {
        String header;
        try (InputStream in = FunctionVolatility.class.getResourceAsStream("/review/pg-function-volatility.tsv")) {
            header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        }
        List<String> differences = new ArrayList<>();
        String version;
        int functions = 0;
        try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SHOW server_version")) {
                r.next();
                version = r.getString(1).split(" ")[0];
            }
            try (ResultSet r = s.executeQuery("SELECT p.proname, max(p.provolatile::text COLLATE \"C\") FROM pg_proc p "
                    + "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pg_catalog' GROUP BY p.proname")) {
                while (r.next()) {
                    functions++;
                    Optional<Character> ours = FunctionVolatility.of(r.getString(1));
                    char live = r.getString(2).charAt(0);
                    if (ours.isEmpty() || ours.get() != live) differences.add(r.getString(1) + " " + ours.orElse('-') + " vs " + live);
                }
            }
        }
        String major = version.split("\\.")[0];
        System.out.println("pg_proc volatility: " + functions + " built-ins on server " + version + ", " + differences.size() + " differ from the resource (" + header + ")");
        if (header.contains(" of " + major + ".")) assertThat(differences).isEmpty();
    }

    @Test
    void callsAreJudgedByTheCatalogueAndUnknownFunctionsAreAssumedVolatile() {
        assertThat(FunctionVolatility.calls("now() - interval '1 day'")).singleElement()
                .satisfies(call -> assertThat(call.volatileFunction()).isFalse());
        assertThat(FunctionVolatility.calls("gen_random_uuid()")).singleElement().satisfies(call -> assertThat(call.volatileFunction()).isTrue());
        assertThat(FunctionVolatility.calls("public.make_code('x(')")).singleElement()
                .satisfies(call -> assertThat(call).isEqualTo(new FunctionVolatility.Call("make_code", true, true)));
        assertThat(FunctionVolatility.calls("cast(array[] as bigint[])")).isEmpty();
    }
}
