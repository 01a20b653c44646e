package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each caller lists only its own sessions (audit 5.2, M3); a session's id still opens it. */
class SessionIsolationTest {
    private static final String ALICE = "alice-0123456789abcdef";
    private static final String BOB = "bob-0123456789abcdef00";
    private static final String DESIGN = "{\"message\":\"Design database schema for pain point tracking\"}";

    @Test
    void theSessionListShowsOnlyTheCallersOwnSessions() throws Exception {
        try (App app = TestApp.start(Map.of())) {
            // given
            String alices = HttpClientSupport.post(app, "/api/v1/chat", DESIGN, "X-Client-Id", ALICE).json().path("session_id").asText();
            String bobs = HttpClientSupport.post(app, "/api/v1/chat", DESIGN, "X-Client-Id", BOB, "Accept", "text/event-stream").body()
                    .replaceAll("(?s).*\"session_id\":\"([^\"]+)\".*", "$1");

            // then
            assertThat(ids(HttpClientSupport.get(app, "/api/v1/sessions?limit=500", "X-Client-Id", ALICE).json())).containsExactly(alices);
            assertThat(ids(HttpClientSupport.get(app, "/api/v1/sessions?limit=500", "X-Client-Id", BOB).json())).containsExactly(bobs);
            assertThat(ids(HttpClientSupport.get(app, "/api/v1/sessions?limit=500").json())).isEmpty();

            // and: the id is the capability — whoever has it can open the session
            assertThat(HttpClientSupport.get(app, "/api/v1/sessions/" + alices, "X-Client-Id", BOB).status()).isEqualTo(200);
            // and: continuing someone else's session does not move it into the continuer's list
            HttpClientSupport.post(app, "/api/v1/chat", "{\"session_id\":\"" + alices + "\",\"message\":\"add a notes column to pain_point\"}", "X-Client-Id", BOB);
            assertThat(ids(HttpClientSupport.get(app, "/api/v1/sessions", "X-Client-Id", BOB).json())).containsExactly(bobs);
        }
    }

    @Test
    void aBrowserGetsAnHttpOnlyStrictCookieThatNamesItAsTheOwner() throws Exception {
        try (App app = TestApp.start(Map.of())) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).startsWith("sd_client=").contains("HttpOnly", "SameSite=Strict", "Path=/");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));

            String mine = HttpClientSupport.post(app, "/api/v1/chat", DESIGN, "Cookie", cookie).json().path("session_id").asText();

            assertThat(ids(HttpClientSupport.get(app, "/api/v1/sessions", "Cookie", cookie).json())).containsExactly(mine);
            assertThat(ids(HttpClientSupport.get(app, "/api/v1/sessions", "X-Client-Id", ALICE).json())).isEmpty();
        }
    }

    @Test
    void aMalformedClientIdIs400() throws Exception {
        try (App app = TestApp.start(Map.of())) {
            var r = HttpClientSupport.get(app, "/api/v1/sessions", "X-Client-Id", "short");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("detail").asText()).contains("X-Client-Id");
        }
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("sessions").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }
}
