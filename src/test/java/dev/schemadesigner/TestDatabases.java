package dev.schemadesigner;

import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.SQLException;

/**
 * The real databases the tests use. URLs come from {@code SD_TEST_POSTGRES_URL} and
 * {@code SD_TEST_MARIADB_URL} (superusers), {@code SD_TEST_POSTGRES_VERIFY_URL} and
 * {@code SD_TEST_MARIADB_VERIFY_URL} (least-privilege verification logins), all set by
 * scripts/test.sh, with this machine's defaults. A database
 * that cannot be reached fails the test: it never skips.
 */
public final class TestDatabases {
    private TestDatabases() {}

    public static String postgresUrl() {
        return env("SD_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }

    public static String mariadbUrl() {
        return env("SD_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    }

    /** A least-privilege login that may only create schemas in database test (scripts/test.sh makes it). */
    public static String postgresVerifyUrl() {
        return env("SD_TEST_POSTGRES_VERIFY_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=sd_verify&password=sd_verify");
    }

    /** A least-privilege login with rights only on {@code sd\_verify\_%} databases (scripts/test.sh makes it). */
    public static String mariadbVerifyUrl() {
        return env("SD_TEST_MARIADB_VERIFY_URL", "jdbc:mariadb://127.0.0.1:3306/?user=sd_verify&password=sd_verify");
    }

    public static ThrowawayDatabase open(ThrowawayDatabase.Kind kind) throws SQLException {
        return switch (kind) {
            case POSTGRESQL -> ThrowawayDatabase.postgres(postgresUrl());
            case MARIADB -> ThrowawayDatabase.mariadb(mariadbUrl());
            case SQLITE -> ThrowawayDatabase.sqlite();
        };
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
