package dev.schemadesigner.verify;

import java.time.Instant;
import java.util.Objects;

/**
 * A throw-away schema (PostgreSQL) or database (MariaDB) as the registry keeps it: which server it is
 * on ({@code server} is the verify URL without its password), which process made it, and since when
 * it is known — its creation, or for a name without a time stamp, when a sweep first saw it.
 */
public record Throwaway(String name, ThrowawayDatabase.Kind kind, String server, String instance, Instant createdAt) {
    public Throwaway {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The form a verify URL is kept in: the same server, no secret. */
    public static String server(String jdbcUrl) { return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***"); }
}
