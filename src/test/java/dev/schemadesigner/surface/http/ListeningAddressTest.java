package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.MainStartup;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the server listens (audit 4.9) and how it refuses to start (audit L8). */
class ListeningAddressTest {

    @Test
    void listensOnLoopbackByDefault() {
        try (App app = TestApp.start(Map.of())) {
            assertThat(app.listeningHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aNonLoopbackHostWithoutATokenIsRefusedWithTheReasonAndNoServer() {
        var startup = MainStartup.start(Map.of("SD_HOST", "0.0.0.0", "SD_PORT", "0", "SD_DB_URL", "jdbc:sqlite:" + TestApp.tempFile()));

        assertThat(startup.app()).isEmpty();
        assertThat(startup.refusal()).hasValueSatisfying(reason -> assertThat(reason).contains("SD_HOST=0.0.0.0", "SD_API_TOKEN"));
    }

    @Test
    void aNonLoopbackHostWithATokenListensThere() {
        var startup = MainStartup.start(Map.of("SD_HOST", "0.0.0.0", "SD_API_TOKEN", "t0ken", "SD_PORT", "0", "SD_DB_URL", "jdbc:sqlite:" + TestApp.tempFile()));
        try (App app = startup.app().orElseThrow()) {
            assertThat(app.listeningHost()).isEqualTo("0.0.0.0");
        }
    }

    @Test
    void aPortInUseIsRefusedWithTheReasonAfterClosingTheApp() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            var startup = MainStartup.start(Map.of("SD_PORT", String.valueOf(busy.getLocalPort()), "SD_DB_URL", "jdbc:sqlite:" + TestApp.tempFile()));

            assertThat(startup.app()).isEmpty();
            assertThat(startup.refusal()).hasValueSatisfying(reason -> assertThat(reason).contains("cannot listen on 127.0.0.1:" + busy.getLocalPort()));
        }
    }
}
