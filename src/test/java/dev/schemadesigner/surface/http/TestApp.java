package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import dev.schemadesigner.Config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The real application on port 0 with a SQLite store in a temporary file (or the store URL given). */
public final class TestApp {
    private TestApp() {}

    public static App start(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.computeIfAbsent("SD_DB_URL", k -> "jdbc:sqlite:" + tempFile());
        return App.create(Config.from(all)).start(0);
    }

    public static String tempFile() {
        try {
            Path file = Files.createTempFile("sd-store-", ".db");
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
