package dev.schemadesigner.surface.web;

import dev.schemadesigner.App;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With the keyboard alone every control is reached, and each one the focus lands on has an accessible name. */
class WebKeyboardTest {
    private static App app;
    private static ChromeDriver driver;
    private static WebPage page;
    private static String base;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
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
    void tabbingReachesEveryMainControlAndEachHasAnAccessibleName() {
        // given: a design turn, so there are findings with fixes, files and a session
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send("Design database schema for pain point tracking");
        page.waitForTurn(1);
        driver.navigate().refresh(); // so that Tab starts at the top of the page
        page.wait.until(d -> !d.findElements(By.cssSelector("#findings .apply-fix")).isEmpty()
                && !d.findElements(By.cssSelector("#erd svg")).isEmpty());

        // when: Tab from the top of the page to its end, opening the session list on the way with Enter
        Map<String, String> names = new LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            String what = (String) driver.executeScript("""
                    const e = document.activeElement;
                    if (e === document.body) return 'body';
                    let d = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
                    if (e.closest('#session-list')) d += ' in #session-list';
                    if (e.tagName === 'SUMMARY' && e.parentElement.id === 'sessions') d = 'summary in #sessions';
                    return d;
                    """);
            if (what.equals("body")) break;
            String name = active.getAccessibleName();
            names.putIfAbsent(what, name);
            if (name == null || name.isBlank()) unnamed.add(what);
            if (what.equals("summary in #sessions") && !Boolean.TRUE.equals(driver.executeScript("return document.getElementById('sessions').open;"))) {
                active.sendKeys(Keys.ENTER);
                page.wait.until(d -> !d.findElements(By.cssSelector("#session-list a")).isEmpty());
            }
            if (what.startsWith("button#tab-erd")) {
                // the results are tabs: the arrow keys move to the findings view, and Tab goes on into it
                active.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
                assertThat(driver.findElement(By.id("tab-findings")).getAttribute("aria-selected")).isEqualTo("true");
            }
            if (what.startsWith("button.apply-fix") && !names.containsKey("screenshot")) {
                assertThat(driver.findElement(By.id("sessions")).getAttribute("open")).as("the session list closes when focus leaves it").isNull();
                Chromium.screenshot(driver, "desktop-keyboard-focus", false);
                names.put("screenshot", "taken");
            }
        }

        // then
        assertThat(unnamed).as("focusable elements without an accessible name").isEmpty();
        assertThat(names).containsEntry("textarea#composer-input", "Message").containsEntry("button#send", "Send")
                .containsEntry("select#project-select", "Project").containsEntry("summary in #sessions", "Sessions")
                .containsKey("a in #session-list");
        assertThat(names.keySet()).anyMatch(k -> k.startsWith("button.apply-fix"));
        assertThat(names.get("a in #session-list")).contains("Design database schema for pain point tracking");

        // and: a fix is applied from the keyboard
        WebElement apply = driver.findElement(By.cssSelector("#findings .apply-fix"));
        driver.executeScript("arguments[0].focus();", apply);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        page.waitForTurn(2);
        assertThat(page.userMessages()).hasSize(2);
    }
}
