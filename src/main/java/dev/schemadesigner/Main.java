package dev.schemadesigner;

import dev.schemadesigner.surface.http.HttpServer;

/** Starts the service with the embedded defaults unless {@code SD_*} variables say otherwise. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Config config = Config.fromEnvironment();
        HttpServer.create(config).start(config.port());
    }
}
