package dev.schemadesigner;

import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.SQLException;

/**
 * The real databases the tests use. URLs come from {@code SD_TEST_POSTGRES_URL} and
 * {@code SD_TEST_MARIADB_URL} (set by scripts/test.sh) with this machine's defaults. A database
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
