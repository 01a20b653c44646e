package dev.schemadesigner.chat;

import dev.schemadesigner.Config;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connections to a reviewed database can only read. */
class LiveDatabasesTest {

    @ParameterizedTest
    @EnumSource(value = ThrowawayDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aReviewConnectionCannotWrite(ThrowawayDatabase.Kind kind) throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(List.of("CREATE TABLE notes (id INTEGER PRIMARY KEY)"));
            String url = kind == ThrowawayDatabase.Kind.POSTGRESQL
                    ? TestDatabases.postgresUrl() + "&currentSchema=" + db.name()
                    : TestDatabases.mariadbUrl().replaceFirst("^(jdbc:mariadb://[^/]+)/[^?]*", "$1/" + db.name());

            try (Connection c = LiveDatabases.open(url); Statement s = c.createStatement()) {
                assertThat(c.isReadOnly()).isTrue();
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO notes (id) VALUES (1)")).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void readsTheAllowedUrlsFromTheEnvironment() {
        Config config = Config.from(Map.of("SD_REVIEW_DATABASE_URLS", " jdbc:postgresql://h/db?currentSchema=a , ,jdbc:mariadb://h/b "));

        assertThat(config.reviewDatabaseUrls()).containsExactly("jdbc:postgresql://h/db?currentSchema=a", "jdbc:mariadb://h/b");
        assertThat(Config.from(Map.of()).reviewDatabaseUrls()).isEmpty();
    }

    @Test
    void refusesEveryDatabaseWhenNoneIsAllowed() {
        assertThatThrownBy(() -> LiveDatabases.none().read("jdbc:postgresql://127.0.0.1/test"))
                .isInstanceOf(ConversationException.class).hasMessageContaining("SD_REVIEW_DATABASE_URLS");
    }
}
