package dev.schemadesigner.plan.model;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Map;
import java.util.Optional;

/**
 * How an {@code SD_*} environment value is read, the same for {@link ModelSettings} and the
 * service's {@code Config}: text trimmed with blanks counting as unset, whole numbers failing at
 * start with the variable's name. It lives here so {@code Config} depends on this package and not
 * the other way round.
 */
public final class EnvironmentValues {
    private EnvironmentValues() {}

    /** The trimmed value of {@code key}; empty when unset or blank. */
    public static Optional<String> text(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The whole number in {@code key}, {@code fallback} when unset or blank. */
    public static int number(Map<String, String> env, String key, int fallback) {
        String raw = env.get(key);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException(ErrorCode.INVALID_SETTING, key + " must be a whole number, was '" + raw + "'");
        }
    }

    /** {@code true}/{@code false} (any case) in {@code key}, {@code fallback} when unset or blank; anything else fails at start. */
    public static boolean flag(Map<String, String> env, String key, boolean fallback) {
        Optional<String> raw = text(env, key);
        if (raw.isEmpty()) return fallback;
        String v = raw.get().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new UserFacingException(ErrorCode.INVALID_SETTING, key + " must be true or false, was '" + raw.get() + "'");
    }
}
