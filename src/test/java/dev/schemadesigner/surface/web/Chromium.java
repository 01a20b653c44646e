package dev.schemadesigner.surface.web;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * The system Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code scripts/test.sh}) driven headless through {@code /usr/bin/chromedriver}; Selenium Manager
 * never downloads anything.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    static ChromeDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("the browser tests need " + BROWSER + " and " + DRIVER
                    + ": install the Debian packages chromium and chromium-driver (scripts/test.sh does)");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("sd-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Sets the viewport to exactly width × height CSS pixels, as a phone when {@code mobile}. */
    static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Console entries at SEVERE since the last call (console.error, failed loads, uncaught exceptions). */
    static List<LogEntry> severe(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** The whole page, beyond the viewport, as a PNG under target/screenshots/. */
    static Path screenshot(ChromeDriver driver, String name, boolean fullPage) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            byte[] png;
            if (fullPage) {
                Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                @SuppressWarnings("unchecked")
                Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
                Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
                png = Base64.getDecoder().decode((String) shot.get("data"));
            } else {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
