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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The web UI in a real browser against the real server: a design turn, a fix, a reload, untrusted text. */
class WebChatTest {
    private static final String DESIGN = "Design database schema for pain point tracking";
    private static App app;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        base = "http://localhost:" + app.port() + "/";
        driver = Chromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.close();
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> severe = Chromium.severe(driver).stream().filter(e -> !e.getMessage().contains("does-not-exist")).toList();
        assertThat(severe).as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void designTurnStreamsItsStagesThenShowsArtifactsFindingsAndDiagramAndAFixChangesTheArtifacts() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        recordTimeline();

        // when
        send(DESIGN);

        // then: a stage is marked done before the reply is rendered
        waitForTurn(1);
        List<String> timeline = timeline();
        assertThat(timeline).contains("reply");
        assertThat(timeline.indexOf("stage:intent")).as(timeline.toString()).isGreaterThanOrEqualTo(0).isLessThan(timeline.indexOf("reply"));
        assertThat(driver.getCurrentUrl()).contains("#session=");
        driver.findElement(By.id("tab-files")).click();
        WebElement model = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".file-tab[data-path$='/pain_point.py']")));
        model.click();
        assertThat(panel("/pain_point.py").findElements(By.cssSelector("code.hljs span[class^='hljs-']"))).isNotEmpty();
        assertThat(panel("/pain_point.py").getText()).contains("class PainPoint");
        WebElement migration = panel("alembic/versions/");
        assertThat(migration.findElements(By.cssSelector("code.hljs span[class^='hljs-']"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#findings .finding"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#findings .severity-warning .finding"))).isNotEmpty();
        driver.findElement(By.id("tab-verification")).click();
        assertThat(driver.findElement(By.cssSelector("#verification [data-dialect='sqlite']")).getText()).contains("upgrade ok", "downgrade ok", "reupgrade ok");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#erd svg")));
        assertThat(driver.findElement(By.id("download-all")).getAttribute("href")).endsWith("/artifacts.zip");
        driver.executeScript("window.scrollTo(0, 0)");
        Chromium.screenshot(driver, "desktop-1366x900", false);
        Chromium.screenshot(driver, "desktop-1366x900-full", true);

        // and: the rule id opens its documentation
        driver.findElement(By.id("tab-findings")).click();
        WebElement rule = driver.findElement(By.cssSelector("#findings .finding[data-rule='check-candidate'] .rule-link"));
        rule.click();
        WebElement docs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rule-dialog-body .markdown")));
        assertThat(docs.getText()).contains("What it flags");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !d.findElement(By.id("rule-dialog")).isDisplayed());

        // and: at 375 px nothing overflows sideways
        Chromium.viewport(driver, 375, 812, true);
        driver.executeScript("window.scrollTo(0, 0)");
        Long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        Chromium.screenshot(driver, "mobile-375x812", false);
        for (String view : List.of("findings", "files", "erd")) {
            driver.findElement(By.id("tab-" + view)).click();
            Chromium.screenshot(driver, "mobile-375x812-" + view, false);
        }
        driver.findElement(By.id("tab-findings")).click();
        Chromium.viewport(driver, 1366, 900, false);

        // when: a finding's fix is applied
        String before = artifactsText();
        WebElement apply = driver.findElement(By.cssSelector("#findings .finding[data-rule='check-candidate'] .apply-fix"));
        apply.click();

        // then
        waitForTurn(2);
        wait.until(d -> !artifactsText().equals(before));
        assertThat(artifactsText()).contains("ck_feedback_analysis_");
        assertThat(userMessages().get(1)).startsWith("add CHECK");

        // when: the page is reloaded
        List<String> messages = userMessages();
        String url = driver.getCurrentUrl();
        driver.navigate().refresh();

        // then: the same session is back
        wait.until(d -> d.findElements(By.cssSelector("#messages .message.assistant .markdown")).size() == 2);
        assertThat(driver.getCurrentUrl()).isEqualTo(url);
        assertThat(userMessages()).isEqualTo(messages);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#erd svg")));
        assertThat(artifactsText()).contains("ck_feedback_analysis_");
    }

    @Test
    void untrustedTextIsShownAsTextAndErrorsLeaveTheComposerUsable() {
        // given: a session that does not exist shows an error inline
        driver.get(base + "#session=does-not-exist");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .error")));

        // when
        String hostile = "<img src=x onerror=alert(1)> please";
        WebElement input = driver.findElement(By.id("composer-input"));
        input.sendKeys("first line", Keys.SHIFT, Keys.ENTER);
        input.sendKeys(Keys.NULL);
        assertThat(input.getAttribute("value")).isEqualTo("first line\n");
        input.clear();
        send(hostile);

        // then
        waitForTurn(1);
        assertThat(ExpectedConditions.alertIsPresent().apply(driver)).isNull();
        assertThat(driver.findElements(By.cssSelector("#messages img"))).isEmpty();
        assertThat(userMessages()).contains(hostile);
    }

    @Test
    void aProjectMadeFromPastedDdlIsUsedByTheNextSession() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        driver.findElement(By.id("new-project")).click();
        driver.findElement(By.id("project-name")).sendKeys("Help desk");
        driver.findElement(By.id("project-schema")).sendKeys("CREATE TABLE tickets (id INTEGER PRIMARY KEY, subject VARCHAR(200) NOT NULL);");

        // when
        driver.findElement(By.id("project-create")).click();
        wait.until(d -> !d.findElement(By.id("project-select")).getAttribute("value").equals("customer-feedback-analyzer"));
        String project = driver.findElement(By.id("project-select")).getAttribute("value");
        send("add a priority column to tickets");

        // then
        waitForTurn(1);
        String session = driver.getCurrentUrl().replaceAll(".*#session=", "");
        String stored = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/sessions/' + arguments[0]).then(r => r.json()).then(s => done(s.project_id));", session);
        assertThat(stored).isEqualTo(project);
        assertThat(driver.findElement(By.id("project-select")).getText()).contains("Help desk");
        assertThat(artifactsText()).contains("priority");
    }

    @Test
    void aDiagramThatCannotBeDrawnAndAFailedVerificationAreShownAsText() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        String failed = "{\"verification\": [{\"dialect\": \"mariadb\", \"server_version\": \"11.8.3-MariaDB\", \"steps\": ["
                + "{\"name\": \"upgrade\", \"ok\": true}, {\"name\": \"downgrade\", \"ok\": false, \"error\": \"<b>Can't DROP</b>\"}],"
                + " \"diff\": [\"- pain_points.severity integer\", \"+ pain_points.severity bigint\"]}]}";

        // when
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([import('/js/erd.js'), import('/js/verification.js')]).then(([erd, verification]) => {
                  verification.renderVerification(document.getElementById('verification'), JSON.parse(arguments[0]));
                  return erd.renderErd(document.getElementById('erd'), {erd: 'erDiagram\\n  a ||--o{ : broken {{{'});
                }).then(() => done(), e => done(String(e)));
                """, failed);

        // then
        driver.findElement(By.id("tab-verification")).click();
        WebElement verification = driver.findElement(By.cssSelector("#verification [data-dialect='mariadb']"));
        assertThat(verification.getText()).contains("11.8.3-MariaDB", "upgrade ok", "downgrade failed", "<b>Can't DROP</b>",
                "- pain_points.severity integer", "+ pain_points.severity bigint");
        assertThat(verification.findElements(By.tagName("b"))).isEmpty();
        driver.findElement(By.id("tab-erd")).click();
        assertThat(driver.findElement(By.cssSelector("#erd .error")).getText()).startsWith("The diagram could not be drawn");
        assertThat(driver.findElements(By.cssSelector("#erd svg"))).isEmpty();
        Chromium.screenshot(driver, "desktop-failures", false);
    }

    private static void send(String text) {
        WebElement input = driver.findElement(By.id("composer-input"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private static void waitForTurn(int turns) {
        wait.until(d -> d.findElements(By.cssSelector("#messages .message.assistant .markdown")).size() >= turns
                && d.findElement(By.id("send")).isEnabled());
    }

    private static WebElement panel(String pathPart) {
        return driver.findElements(By.cssSelector(".file-panel")).stream()
                .filter(p -> p.getAttribute("data-path").contains(pathPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no artifact panel for " + pathPart));
    }

    private static String artifactsText() {
        return (String) driver.executeScript("return [...document.querySelectorAll('#artifacts .file-panel code')].map(c => c.textContent).join('\\n');");
    }

    @SuppressWarnings("unchecked")
    private static List<String> userMessages() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll('#messages .message.user .text')].map(n => n.textContent);");
    }

    /** Records, in order, each stage marked done and each reply rendered. */
    private static void recordTimeline() {
        driver.executeScript("""
                window.__timeline = [];
                new MutationObserver(records => {
                  for (const r of records) {
                    if (r.type === 'attributes' && r.target.dataset.state === 'done') window.__timeline.push('stage:' + r.target.dataset.stage);
                    for (const n of r.addedNodes || []) if (n.nodeType === 1 && (n.matches('.markdown') || n.querySelector('.markdown'))) window.__timeline.push('reply');
                  }
                }).observe(document.getElementById('messages'), {subtree: true, childList: true, attributes: true, attributeFilter: ['data-state']});
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> timeline() {
        return (List<String>) driver.executeScript("return window.__timeline;");
    }
}
