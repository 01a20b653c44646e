package dev.schemadesigner.surface.web;

import dev.schemadesigner.App;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Copy and download of one file, the diagram across turns, the session list, and the project picker. */
class WebWorkflowTest {
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
    void copyAndDownloadGiveTheFileAndTheDiagramFollowsTheNextTurn() throws Exception {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send("Design database schema for pain point tracking");
        page.waitForTurn(1);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#erd svg")));
        assertThat(erdText()).doesNotContain("priority");
        driver.findElement(By.id("tab-files")).click();
        WebElement panel = page.visiblePanel();
        String path = panel.getAttribute("data-path");
        String content = (String) driver.executeScript("return arguments[0].querySelector('pre code').textContent;", panel);
        driver.executeScript("""
                window.__copied = null;
                Object.defineProperty(navigator, 'clipboard', {configurable: true,
                  value: {writeText: text => { window.__copied = text; return Promise.resolve(); }}});
                """);

        // when
        panel.findElement(By.cssSelector("button[aria-label^='Copy']")).click();

        // then
        page.wait.until(d -> driver.executeScript("return window.__copied;") != null);
        assertThat(driver.executeScript("return window.__copied;")).isEqualTo(content);
        assertThat(panel.findElement(By.cssSelector(".copy-status")).getText()).isEqualTo("Copied");

        // when
        Path downloads = page.allowDownloads();
        panel.findElement(By.cssSelector("button[aria-label^='Download']")).click();

        // then
        Path file = page.downloaded(downloads);
        assertThat(file.getFileName().toString()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(content);

        // when
        page.send("now add a priority column");

        // then
        page.waitForTurn(2);
        page.wait.until(d -> erdText().contains("priority"));
        assertThat(page.artifactsText()).contains("priority");
    }

    @Test
    void theSessionListShowsEachSessionAndOpensTheOneChosen() {
        // given: two sessions
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send("Design database schema for pain point tracking");
        page.waitForTurn(1);
        String first = page.sessionId();
        driver.findElement(By.id("new-session")).click();
        page.send("Design database schema for a library with books and loans");
        page.waitForTurn(1);
        String second = page.sessionId();
        assertThat(second).isNotEqualTo(first);

        // when
        driver.findElement(By.cssSelector("#sessions summary")).click();

        // then
        page.wait.until(d -> d.findElements(By.cssSelector("#session-list a")).size() >= 2);
        List<String> links = driver.findElements(By.cssSelector("#session-list a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).anyMatch(h -> h.endsWith("#session=" + first)).anyMatch(h -> h.endsWith("#session=" + second));
        assertThat(driver.findElement(By.cssSelector("#session-list a[aria-current='page']")).getAttribute("href")).endsWith(second);
        assertThat(driver.findElement(By.id("session-list")).getText()).contains("Customer Feedback Analyzer ·");
        Chromium.screenshot(driver, "desktop-sessions", false);

        // when
        driver.findElement(By.cssSelector("#session-list a[href$='" + first + "']")).click();

        // then
        page.wait.until(d -> page.userMessages().equals(List.of("Design database schema for pain point tracking")));
        page.wait.until(d -> page.artifactsText().contains("class PainPoint"));
        assertThat(page.sessionId()).isEqualTo(first);
        assertThat(driver.findElement(By.id("sessions")).getAttribute("open")).isNull();
    }

    @Test
    void thePickerListsTheServersProjectsAndMakesOneFromSqlAlchemyModels() {
        // given: a project made through the API, not in this browser
        driver.get(base);
        Object made = page.fetchJson("POST", "/api/v1/projects", "{\"name\": \"Made elsewhere\"}");
        String elsewhere = (String) ((Map<?, ?>) made).get("id");

        // when
        driver.navigate().refresh();

        // then: bundled first, then the server's projects
        page.wait.until(d -> d.findElements(By.cssSelector("#project-select option[value='" + elsewhere + "']")).size() == 1);
        assertThat(driver.executeScript("return document.querySelector('#project-select option').value;")).isEqualTo("customer-feedback-analyzer");

        // when: a project from pasted models, MariaDB in production, classic ORM style
        driver.findElement(By.id("new-project")).click();
        driver.findElement(By.id("project-name")).sendKeys("Family tree");
        new Select(driver.findElement(By.id("project-format"))).selectByValue("sqlalchemy");
        driver.findElement(By.id("project-schema")).sendKeys("""
                from sqlalchemy import Column, Integer, String, ForeignKey
                from sqlalchemy.orm import declarative_base
                Base = declarative_base()

                class Parent(Base):
                    __tablename__ = "parents"
                    id = Column(Integer, primary_key=True)
                    name = Column(String(100), nullable=False)

                class Child(Base):
                    __tablename__ = "children"
                    id = Column(Integer, primary_key=True)
                    parent_id = Column(Integer, ForeignKey("parents.id"), nullable=False)
                """);
        new Select(driver.findElement(By.id("project-production"))).selectByValue("mariadb");
        new Select(driver.findElement(By.id("project-development"))).selectByValue("sqlite");
        new Select(driver.findElement(By.id("project-orm"))).selectByValue("classic");
        Chromium.screenshot(driver, "desktop-new-project", false);
        driver.findElement(By.id("project-create")).click();
        page.wait.until(d -> "Family tree".equals(driver.executeScript("const o = document.getElementById('project-select').selectedOptions[0]; return o && o.textContent;")));
        String project = driver.findElement(By.id("project-select")).getAttribute("value");
        page.send("add a priority column to children");

        // then
        page.waitForTurn(1);
        Map<?, ?> stored = (Map<?, ?>) page.fetchJson("GET", "/api/v1/projects/" + project, null);
        assertThat(stored.get("orm_style")).isEqualTo("classic");
        assertThat(stored.get("dialects")).isEqualTo(Map.of("production", "mariadb", "development", "sqlite"));
        assertThat(page.artifactsText()).contains("priority", "= Column(").doesNotContain("mapped_column(");
    }

    private static String erdText() {
        return (String) driver.executeScript("const s = document.querySelector('#erd svg'); return s ? s.textContent : '';");
    }
}
