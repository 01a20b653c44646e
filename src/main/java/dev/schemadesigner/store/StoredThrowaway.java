package dev.schemadesigner.store;

import java.time.Instant;
import java.util.Objects;

/** A row of {@code sd_throwaway}: a throw-away on a verify server, kept until it is dropped. */
public record StoredThrowaway(String name, String kind, String server, String instanceId, Instant createdAt) {
    public StoredThrowaway {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
