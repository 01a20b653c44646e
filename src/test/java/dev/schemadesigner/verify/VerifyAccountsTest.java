package dev.schemadesigner.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's URL: the configured server without the superuser's credentials (drivers let URL parameters win). */
class VerifyAccountsTest {

    @Test
    void dropsUserAndPasswordParametersWhereverTheyStand() {
        assertThat(VerifyAccounts.withoutCredentials("jdbc:postgresql://h:5432/test?user=postgres")).isEqualTo("jdbc:postgresql://h:5432/test");
        assertThat(VerifyAccounts.withoutCredentials("jdbc:postgresql://h/test?user=a&ssl=true&password=b"))
                .isEqualTo("jdbc:postgresql://h/test?ssl=true");
        assertThat(VerifyAccounts.withoutCredentials("jdbc:mariadb://h:3306/?ssl=true&USER=root")).isEqualTo("jdbc:mariadb://h:3306/?ssl=true");
    }

    @Test
    void mariaDbWorkerUrlChoosesNoDatabase() {
        assertThat(VerifyAccounts.withoutDatabase("jdbc:mariadb://h:3306/test?ssl=true")).isEqualTo("jdbc:mariadb://h:3306/?ssl=true");
        assertThat(VerifyAccounts.withoutDatabase("jdbc:mariadb://h:3306/test")).isEqualTo("jdbc:mariadb://h:3306/");
        assertThat(VerifyAccounts.withoutDatabase("jdbc:mariadb://h:3306")).isEqualTo("jdbc:mariadb://h:3306");
    }
}
