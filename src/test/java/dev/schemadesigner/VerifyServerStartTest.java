package dev.schemadesigner;

import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service starts only when verification would run as a least-privilege login (audit C2, defense in depth). */
class VerifyServerStartTest {

    @Test
    void refusesToStartWithPostgresSuperuserVerifyUrlWithoutOverride() {
        assertThatThrownBy(() -> TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SD_VERIFY_POSTGRES_URL").hasMessageContaining("postgres is a PostgreSQL superuser")
                .hasMessageContaining("SD_VERIFY_ALLOW_SUPERUSER=true");
    }

    @Test
    void refusesToStartWithMariaDbRootVerifyUrlWithoutOverride() {
        assertThatThrownBy(() -> TestApp.start(Map.of("SD_VERIFY_MARIADB_URL", TestDatabases.mariadbUrl())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SD_VERIFY_MARIADB_URL").hasMessageContaining("server-wide privileges")
                .hasMessageContaining("SD_VERIFY_ALLOW_SUPERUSER=true");
    }

    @Test
    void startsWithSuperuserVerifyUrlsWhenTheOverrideIsSet() {
        try (App app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresUrl(),
                "SD_VERIFY_MARIADB_URL", TestDatabases.mariadbUrl(), "SD_VERIFY_ALLOW_SUPERUSER", "true"))) {
            assertThat(app.port()).isPositive();
        }
    }

    @Test
    void startsWithLeastPrivilegeVerifyUrls() {
        try (App app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl(),
                "SD_VERIFY_MARIADB_URL", TestDatabases.mariadbVerifyUrl()))) {
            assertThat(app.port()).isPositive();
        }
    }

    @Test
    void refusesToStartWhenTheVerifyServerCannotBeAsked() {
        assertThatThrownBy(() -> TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:1/test?user=nobody")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SD_VERIFY_POSTGRES_URL");
    }
}
