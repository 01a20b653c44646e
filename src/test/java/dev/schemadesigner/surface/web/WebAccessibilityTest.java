package dev.schemadesigner.surface.web;

import dev.schemadesigner.App;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (test resource axe-core/, see its ORIGIN.md) scans every view after a change turn, on a desktop and a phone. */
class WebAccessibilityTest {
    private static App app;
    private static ChromeDriver driver;
    private static WebPage page;
    private static String axe;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        driver = Chromium.start();
        page = new WebPage(driver);
    }

    private static String axe() {
        if (axe == null) {
            try (InputStream in = WebAccessibilityTest.class.getResourceAsStream("/axe-core/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
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
    void noViewHasSeriousOrCriticalViolationsOnADesktopOrAPhone() {
        // given: a design turn and a change turn
        Chromium.viewport(driver, 1366, 900, false);
        driver.get("http://localhost:" + app.port() + "/");
        page.send("Design database schema for pain point tracking");
        page.waitForTurn(1);
        page.send("now add a priority column");
        page.waitForTurn(2);
        driver.findElement(By.cssSelector("#messages .full-answer summary")).click();

        // when
        List<String> violations = new ArrayList<>();
        for (String view : List.of("erd", "files", "findings", "verification")) {
            driver.findElement(By.id("tab-" + view)).click();
            violations.addAll(scan("desktop " + view));
        }
        Chromium.viewport(driver, 375, 812, true);
        for (String view : List.of("chat", "erd", "files", "findings", "verification")) {
            driver.findElement(By.id("tab-" + view)).click();
            violations.addAll(scan("phone " + view));
        }
        Chromium.viewport(driver, 1366, 900, false);

        // then
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    /** Runs axe on the page; returns "where: rule (impact) at selectors" for each serious or critical violation. */
    private static List<String> scan(String where) { return scan(driver, where); }

    /** The same scan in another test's browser. */
    @SuppressWarnings("unchecked")
    static List<String> scan(ChromeDriver driver, String where) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) driver.executeScript(axe());
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}))),
                  e => done([{id: 'axe failed: ' + e, impact: 'critical', targets: ''}]));
                """);
        assertThat(found).isNotNull();
        return found.stream().map(v -> where + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("targets")).toList();
    }
}
