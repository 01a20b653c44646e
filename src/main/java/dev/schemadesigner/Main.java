package dev.schemadesigner;

/** Starts the service with the embedded defaults unless {@code SD_*} variables say otherwise. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Config config = Config.fromEnvironment();
        App app = App.create(config).start(config.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
    }
}
