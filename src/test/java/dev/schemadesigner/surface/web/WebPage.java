package dev.schemadesigner.surface.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The chat page as the browser tests drive it: send a message, wait for the turn, read the results. */
final class WebPage {
    final ChromeDriver driver;
    final WebDriverWait wait;

    WebPage(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    void send(String text) {
        WebElement input = driver.findElement(By.id("composer-input"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    void waitForTurn(int turns) {
        wait.until(d -> d.findElements(By.cssSelector("#messages .message.assistant .markdown")).size() >= turns
                && d.findElement(By.id("send")).isEnabled());
    }

    WebElement visiblePanel() {
        return wait.until(d -> d.findElements(By.cssSelector("#artifacts .file-panel")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    String artifactsText() {
        return (String) driver.executeScript("return [...document.querySelectorAll('#artifacts .file-panel code')].map(c => c.textContent).join('\\n');");
    }

    @SuppressWarnings("unchecked")
    List<String> userMessages() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll('#messages .message.user .text')].map(n => n.textContent);");
    }

    String sessionId() {
        return driver.getCurrentUrl().replaceAll(".*#session=", "");
    }

    /** Calls the API from the page (with the stored token, if any) and returns the parsed JSON body. */
    Object fetchJson(String method, String path, String body) {
        return driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = sessionStorage.getItem('schema-designer.token');
                const headers = {'Content-Type': 'application/json'};
                if (token) headers.Authorization = 'Bearer ' + token;
                fetch(arguments[1], {method: arguments[0], headers, body: arguments[2] || undefined})
                  .then(r => r.json()).then(done, e => done(String(e)));
                """, method, path, body);
    }

    /** Downloads go to a fresh directory, which this returns. */
    Path allowDownloads() {
        try {
            Path dir = Files.createTempDirectory("sd-downloads-");
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one finished file in {@code dir}, once it is there. */
    Path downloaded(Path dir) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(f -> !f.toString().endsWith(".crdownload")).toList();
                return done.size() == 1 && Files.size(done.get(0)) > 0 ? done.get(0) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }
}
