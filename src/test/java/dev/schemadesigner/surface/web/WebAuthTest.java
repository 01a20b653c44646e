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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A server with SD_API_TOKEN: the page asks for the token, sends it on every call, and the zip comes through fetch. */
class WebAuthTest {
    private static App app;
    private static ChromeDriver driver;
    private static WebPage page;
    private static String base;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of("SD_API_TOKEN", "t0ken"));
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
        // the 401 answers the page recovers from are logged by Chromium as failed loads
        assertThat(Chromium.severe(driver).stream().filter(e -> !e.getMessage().contains("401")).toList())
                .as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void theTokenIsAskedForOnceThenSentWithEveryCallIncludingTheStreamAndTheZip() throws Exception {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        WebElement input = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")));
        assertThat(input.getAccessibleName()).isEqualTo("Token");
        assertThat(driver.switchTo().activeElement()).isEqualTo(input);
        Chromium.screenshot(driver, "token-prompt", false);

        // when: a wrong token first
        input.sendKeys("wrong", Keys.ENTER);

        // then: asked again, saying why
        page.wait.until(d -> d.findElement(By.id("token-note")).getText().contains("did not accept"));
        assertThat(driver.findElement(By.id("token-dialog")).isDisplayed()).isTrue();

        // when
        driver.findElement(By.id("token-input")).sendKeys("t0ken", Keys.ENTER);
        page.wait.until(d -> !d.findElement(By.id("token-dialog")).isDisplayed());
        page.send("Design database schema for pain point tracking");

        // then
        page.waitForTurn(1);
        assertThat(driver.executeScript("return sessionStorage.getItem('schema-designer.token')")).isEqualTo("t0ken");
        assertThat(page.artifactsText()).contains("class PainPoint");
        assertThat(driver.findElement(By.cssSelector("#project-select option")).getText()).isEqualTo("Customer Feedback Analyzer");

        // when: the zip is downloaded
        Path downloads = page.allowDownloads();
        recordFetches();
        driver.findElement(By.id("tab-files")).click();
        driver.findElement(By.id("download-all")).click();

        // then: through fetch with the token, saved as a zip
        Path zip = page.downloaded(downloads);
        assertThat(zip.getFileName().toString()).isEqualTo("schema-designer-" + page.sessionId() + ".zip");
        byte[] bytes = Files.readAllBytes(zip);
        assertThat(new String(bytes, 0, 2)).isEqualTo("PK");
        assertThat(fetches()).anySatisfy(f -> assertThat(f).contains("artifacts.zip", "Bearer t0ken", "200"));

        // when: reloaded, the tab keeps its token and asks no more
        driver.navigate().refresh();
        page.wait.until(d -> d.findElements(By.cssSelector("#messages .message.assistant .markdown")).size() == 1);
        assertThat(driver.findElement(By.id("token-dialog")).isDisplayed()).isFalse();
    }

    private static void recordFetches() {
        driver.executeScript("""
                window.__fetches = [];
                const original = window.fetch;
                window.fetch = (url, init) => original(url, init).then(r => {
                  window.__fetches.push(url + ' ' + ((init && init.headers && init.headers.Authorization) || '') + ' ' + r.status);
                  return r;
                });
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fetches() {
        return (List<String>) driver.executeScript("return window.__fetches;");
    }
}
