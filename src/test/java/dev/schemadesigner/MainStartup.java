package dev.schemadesigner;

import java.util.Map;

/** {@link Main#start} for tests in other packages. */
public final class MainStartup {
    private MainStartup() {}

    public record Result(java.util.Optional<App> app, java.util.Optional<String> refusal) {}

    public static Result start(Map<String, String> env) {
        Main.Startup startup = Main.start(env);
        return new Result(startup.app(), startup.refusal());
    }
}
