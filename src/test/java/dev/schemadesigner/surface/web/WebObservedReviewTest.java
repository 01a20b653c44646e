package dev.schemadesigner.surface.web;

import dev.schemadesigner.App;
import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration pasted into the chat is run on seeded rows in the verification PostgreSQL (README, Observed
 * migrations), and each finding shows what the database did as badges: the lock, whether it rewrote, the time at N rows.
 */
class WebObservedReviewTest {
    private static App app;
    private static ChromeDriver driver;
    private static WebPage page;
    private static String base;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of("SD_VERIFY_POSTGRES_URL", TestDatabases.postgresVerifyUrl()));
        base = "http://localhost:" + app.port() + "/";
        driver = Chromium.start();
        page = new WebPage(driver);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(Chromium.severe(driver)).as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void aFindingOfAnObservedMigrationShowsTheLockTheRewriteAndTheTimeAtTheSeededRows() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);

        // when: a type change that rewrites the table, pasted for review
        page.send("review this migration: ALTER TABLE feedback_analysis ALTER COLUMN user_score TYPE bigint;");
        page.waitForTurn(1);
        driver.findElement(By.id("tab-findings")).click();

        // then: the finding carries the badges, and they say what the server observed
        WebElement finding = page.wait.until(d -> d.findElements(By.cssSelector("#findings .finding")).stream()
                .filter(f -> !f.findElements(By.cssSelector(".observation")).isEmpty()).findFirst().orElse(null));
        Map<?, ?> observation = observationOf(finding.getAttribute("data-rule"));
        WebElement badges = finding.findElement(By.cssSelector(".observation"));
        assertThat(badges.isDisplayed()).isTrue();
        assertThat(badges.findElement(By.cssSelector(".obs-lock")).getText()).isEqualTo("lock ACCESS EXCLUSIVE");
        assertThat(List.copyOf(((Map<?, ?>) observation.get("locks")).values()).toString()).contains("ACCESS_EXCLUSIVE");
        assertThat(badges.findElement(By.cssSelector(".obs-rewrite")).getText()).isEqualTo("rewrite: yes");
        assertThat(String.valueOf(observation.get("rewritten"))).contains("feedback_analysis");
        String rows = String.format(java.util.Locale.ROOT, "%,d", ((Number) observation.get("rows")).longValue());
        assertThat(badges.findElement(By.cssSelector(".obs-time")).getText()).matches("\\d+(\\.\\d)? (ms|s) at " + rows + " rows");
        assertThat(badges.getAttribute("aria-label")).startsWith("Observed on PostgreSQL: lock ACCESS EXCLUSIVE, rewrite: yes");
        Chromium.screenshot(driver, "observed-desktop-finding-badges", false);
        assertThat(WebAccessibilityTest.scan(driver, "desktop findings with observations")).as("serious or critical axe-core violations").isEmpty();

        // and: on a phone
        Chromium.viewport(driver, 375, 812, true);
        driver.findElement(By.id("tab-findings")).click();
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", badges);
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
        Chromium.screenshot(driver, "observed-phone-finding-badges", false);
        Chromium.viewport(driver, 1366, 900, false);
    }

    /** The observation the API returned for the first finding of {@code rule} in the session's latest reply. */
    private static Map<?, ?> observationOf(String rule) {
        Map<?, ?> session = (Map<?, ?>) page.fetchJson("GET", "/api/v1/sessions/" + page.sessionId(), null);
        List<?> turns = (List<?>) session.get("turns");
        Map<?, ?> reply = (Map<?, ?>) ((Map<?, ?>) turns.get(turns.size() - 1)).get("reply");
        return ((List<?>) reply.get("findings")).stream().map(f -> (Map<?, ?>) f).filter(f -> rule.equals(f.get("rule")) && f.get("observation") != null)
                .map(f -> (Map<?, ?>) f.get("observation")).findFirst().orElseThrow(() -> new AssertionError("no observed finding of " + rule));
    }
}
