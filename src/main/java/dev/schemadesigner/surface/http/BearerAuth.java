package dev.schemadesigner.surface.http;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** When {@code SD_API_TOKEN} is set, every /api, /v1 and /mcp call needs {@code Authorization: Bearer <token>}. */
final class BearerAuth {
    private final Optional<byte[]> token;

    BearerAuth(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the caller may see more than liveness: always without a token, else only with the right one. */
    boolean authorized(Context ctx) {
        if (token.isEmpty()) return true;
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        return header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8), token.get());
    }

    void check(Context ctx) {
        if (token.isEmpty()) return;
        String path = ctx.path();
        if (!path.startsWith("/api/") && !path.startsWith("/v1/") && !path.equals("/mcp") && !path.startsWith("/mcp/")) return;
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException.Unauthorized("this server needs Authorization: Bearer <token> (SD_API_TOKEN is set)");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException.Unauthorized("the bearer token is not the one this server expects");
        }
    }
}
