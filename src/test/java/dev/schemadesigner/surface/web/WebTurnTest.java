package dev.schemadesigner.surface.web;

import dev.schemadesigner.App;
import dev.schemadesigner.Config;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A turn as a newcomer meets it: the answer in view, results one click away, and turns that fail, stop or are cancelled recover. */
class WebTurnTest {
    private static final String DESIGN = "Design database schema for pain point tracking";
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
        // a request the test failed on purpose (a stopped server, a cancelled turn) is logged by Chromium itself
        assertThat(Chromium.severe(driver).stream().filter(e -> !e.getMessage().contains("net::ERR_")
                && !e.getMessage().contains("413")).toList()).as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void eachReplyCardIsInViewWithTheDiagramAndFilesOneClickAwayOnADesktop() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);

        // when
        page.send(DESIGN);
        page.waitForTurn(1);

        // then: the card says what changed, the findings by severity and the verification with its figures
        WebElement card = lastCard();
        assertThat(inView(card)).as("reply card in the viewport after turn 1").isTrue();
        assertThat(card.findElement(By.cssSelector(".schema-diff")).getText()).contains("pain_points", "new table");
        assertThat(card.findElement(By.cssSelector("[data-open='findings']")).getText()).containsPattern("\\d+ warnings?");
        assertThat(card.findElement(By.cssSelector("[data-open='verification']")).getText()).containsPattern("sqlite verified · \\d+ rows in \\d+ tables?");
        assertThat(driver.findElement(By.id("erd")).isDisplayed()).as("the diagram is shown beside the chat").isTrue();
        Chromium.screenshot(driver, "turn-desktop-reply-card", false);

        // when: a second turn after a long first one
        page.send("now add a priority column");
        page.waitForTurn(2);

        // then
        assertThat(inView(lastCard())).as("reply card in the viewport after turn 2").isTrue();
        assertThat(lastCard().findElement(By.cssSelector(".schema-diff")).getText()).contains("pain_points.priority");

        // when: the card's Files button
        lastCard().findElement(By.cssSelector("button[data-open='files']")).click();

        // then
        assertThat(driver.findElement(By.id("artifacts")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("erd")).isDisplayed()).isFalse();
        assertThat(inView(driver.findElement(By.id("artifacts-title")))).isTrue();
        Chromium.screenshot(driver, "turn-desktop-files", false);

        // when: the findings counts
        lastCard().findElement(By.cssSelector("button[data-open='findings']")).click();
        assertThat(inView(driver.findElement(By.cssSelector("#findings .finding")))).isTrue();

        // when: the page is reloaded
        driver.navigate().refresh();
        page.wait.until(d -> d.findElements(By.cssSelector("#messages .reply-card")).size() == 2);

        // then: the view ends at the last reply, not at the last user message
        assertThat(inView(lastCard())).as("last reply card in the viewport after a reload").isTrue();
        // and: on a desktop the chat and the results scroll in their own panes; the page itself does not
        assertThat((Long) driver.executeScript("return document.scrollingElement.scrollHeight - window.innerHeight;"))
                .as("page taller than the window").isLessThanOrEqualTo(0L);
    }

    @Test
    void onAPhoneTheReplyCardIsInViewAndTheResultsAreTabsAtTheBottom() {
        // given
        Chromium.viewport(driver, 375, 812, true);
        driver.get(base);

        // when
        page.send(DESIGN);
        page.waitForTurn(1);

        // then
        assertThat(inView(lastCard())).as("reply card in the viewport on a phone").isTrue();
        WebElement tabs = driver.findElement(By.cssSelector(".result-tabs"));
        assertThat(inView(tabs)).isTrue();
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
        Chromium.screenshot(driver, "turn-phone-reply-card", false);

        // when
        driver.findElement(By.id("tab-erd")).click();

        // then: the diagram is at the top of the screen, one tap away
        page.wait.until(d -> !d.findElements(By.cssSelector("#erd svg")).isEmpty());
        WebElement erd = driver.findElement(By.id("erd"));
        assertThat(erd.getRect().getY()).isLessThan(300);
        String zoom = page.wait.until(d -> d.findElement(By.cssSelector("#erd .zoom-level")).getText().isBlank() ? null : d.findElement(By.cssSelector("#erd .zoom-level")).getText());
        assertThat(Integer.parseInt(zoom.replace(" %", ""))).as("the diagram starts readable on a phone").isGreaterThanOrEqualTo(60);
        assertThat(driver.findElement(By.id("composer-input")).isDisplayed()).isFalse();
        Chromium.screenshot(driver, "turn-phone-diagram", false);

        // when
        driver.findElement(By.id("tab-chat")).click();

        // then
        assertThat(driver.findElement(By.id("composer-input")).isDisplayed()).isTrue();

        // when: a fix applied from the findings view
        driver.findElement(By.id("tab-findings")).click();
        driver.findElement(By.cssSelector("#findings .apply-fix")).click();

        // then: the turn runs, and answers, in the chat
        page.waitForTurn(2);
        assertThat(driver.findElement(By.id("composer-input")).isDisplayed()).isTrue();
        assertThat(inView(lastCard())).as("the fix's reply card in the viewport on a phone").isTrue();
        Chromium.screenshot(driver, "turn-phone-fix-reply-card", false);
        Chromium.viewport(driver, 1366, 900, false);
    }

    @Test
    void aTurnTheServerDoesNotAnswerShowsItsTimeAndCanBeCancelledAndSentAgain() {
        // given: requests to /api/v1/chat are held, as by a server that stopped answering
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        holdChatRequests(true);

        // when
        page.send(DESIGN);

        // then: the elapsed time runs
        page.wait.until(d -> seconds(d.findElement(By.cssSelector(".elapsed")).getText()) >= 1.5);
        Chromium.screenshot(driver, "turn-desktop-waiting", false);

        // when
        driver.findElement(By.cssSelector(".cancel-turn")).click();

        // then
        WebElement error = page.wait.until(d -> d.findElement(By.cssSelector(".turn-error.cancelled")));
        assertThat(error.getText()).contains("You cancelled this turn", "Your message is still in the box");
        assertThat(driver.findElement(By.id("composer-input")).getAttribute("value")).isEqualTo(DESIGN);
        assertThat(driver.findElement(By.id("send")).isEnabled()).isTrue();

        // when: the server answers again and the person retries
        holdChatRequests(false);
        error.findElement(By.cssSelector(".retry-turn")).click();

        // then
        page.waitForTurn(1);
        assertThat(inView(lastCard())).isTrue();
        assertThat(driver.findElement(By.id("composer-input")).getAttribute("value")).isEmpty();
    }

    @Test
    void aServerStoppedMidTurnIsSaidInWordsAndRetryWorksOnceItIsBack() throws Exception {
        // given: a server of its own on a known port, and a phone
        int port = freePort();
        String store = "jdbc:sqlite:" + TestApp.tempFile();
        App own = App.create(Config.from(Map.of("SD_DB_URL", store))).start(port);
        App back = null;
        try {
            Chromium.viewport(driver, 375, 812, true);
            driver.get("http://localhost:" + port + "/");
            holdChatRequests(true);
            page.send(DESIGN);
            page.wait.until(d -> seconds(d.findElement(By.cssSelector(".elapsed")).getText()) >= 0.5);

            // when: the server stops while the turn is under way
            own.close();
            holdChatRequests(false);

            // then
            WebElement error = page.wait.until(d -> d.findElement(By.cssSelector(".turn-error.lost")));
            assertThat(error.getText()).contains("The server stopped answering", "Your message is still in the box");
            assertThat(driver.findElement(By.id("composer-input")).getAttribute("value")).isEqualTo(DESIGN);
            Chromium.screenshot(driver, "turn-phone-server-stopped", false);

            // when: it is back and the person retries
            back = App.create(Config.from(Map.of("SD_DB_URL", store))).start(port);
            error.findElement(By.cssSelector(".retry-turn")).click();

            // then
            page.waitForTurn(1);
            assertThat(inView(lastCard())).isTrue();
        } finally {
            holdChatRequests(false);
            if (back != null) back.close();
            Chromium.viewport(driver, 1366, 900, false);
        }
    }

    @Test
    void aTwoMegabyteMessageIsFoldedAndItsLimitSaidInWordsAndItStaysInTheBox() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        String huge = "add a column to pain points\n" + "x".repeat(2 * 1024 * 1024);

        // when
        driver.executeScript("const box = document.getElementById('composer-input'); box.value = arguments[0];", huge);
        driver.findElement(By.id("send")).click();

        // then
        WebElement error = page.wait.until(d -> d.findElement(By.cssSelector(".turn-error.failed")));
        assertThat(error.getText()).contains("messages up to 1 MB");
        WebElement bubble = driver.findElement(By.cssSelector("#messages .message.user"));
        assertThat(bubble.getSize().getHeight()).as("a folded 2 MB message").isLessThan(400);
        assertThat(bubble.getText()).contains("Show all (2.0 MB)");
        assertThat((Long) driver.executeScript("return document.getElementById('composer-input').value.length;")).isEqualTo((long) huge.length());
        Chromium.screenshot(driver, "turn-desktop-too-large", false);

        // when
        bubble.findElement(By.cssSelector(".fold-toggle")).click();

        // then: all of it, scrolling in its own box
        assertThat(bubble.getSize().getHeight()).isLessThan(600);
        assertThat(bubble.findElement(By.cssSelector(".fold-toggle")).getText()).isEqualTo("Show less");
    }

    private static WebElement lastCard() {
        return page.wait.until(d -> d.findElements(By.cssSelector("#messages .reply-card")).stream().reduce((a, b) -> b).orElse(null));
    }

    /** The element's top is on screen and not covered: the point just inside its top-left corner belongs to it. */
    static boolean inView(WebElement element) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) element).getWrappedDriver();
        return (Boolean) js.executeScript("""
                const e = arguments[0];
                const r = e.getBoundingClientRect();
                if (r.top < 0 || r.top > window.innerHeight - 24 || r.bottom <= 0 || r.width === 0) return false;
                const hit = document.elementFromPoint(r.left + Math.min(12, r.width / 2), r.top + Math.min(12, r.height / 2));
                return hit !== null && (e === hit || e.contains(hit));
                """, element);
    }

    private static double seconds(String elapsed) {
        return Double.parseDouble(elapsed.replace(" s", ""));
    }

    /** Holds every request to /api/v1/chat in the browser (true), or lets them through again (false). */
    private static void holdChatRequests(boolean hold) {
        if (hold) {
            driver.executeCdpCommand("Fetch.enable", Map.of("patterns", java.util.List.of(Map.of("urlPattern", "*/api/v1/chat*", "requestStage", "Request"))));
        } else {
            driver.executeCdpCommand("Fetch.disable", Map.of());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
