package dev.schemadesigner.surface.http;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Who is calling, so that {@code GET /api/v1/sessions} lists only the caller's own sessions (audit
 * 5.2, M3). A browser gets a random id in the {@code sd_client} cookie on first contact (HttpOnly,
 * SameSite=Strict: other sites' pages neither read nor send it); an API client sends its own
 * {@code X-Client-Id}. The store keeps only a hash of the id. This scopes the list, it does not
 * guard sessions: a session's id is unguessable (122 random bits) and is itself the capability to
 * read, continue and download it.
 */
public final class ClientIds {
    static final String COOKIE = "sd_client";
    static final String HEADER = "X-Client-Id";
    private static final String ATTRIBUTE = "sd.client-owner";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientIds() {}

    /** Identifies the caller, giving a browser without the cookie a new one. */
    static void identify(Context ctx) {
        String header = ctx.header(HEADER);
        if (header != null) {
            if (!VALID.matcher(header).matches()) {
                throw new ApiException.BadRequest(HEADER, "must be 16 to 128 letters, digits, '-' or '_'");
            }
            ctx.attribute(ATTRIBUTE, owner(header));
            return;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || !VALID.matcher(cookie).matches()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            ctx.header("Set-Cookie", COOKIE + "=" + cookie + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
        }
        ctx.attribute(ATTRIBUTE, owner(cookie));
    }

    /** The caller as the store records it. */
    public static String owner(Context ctx) {
        String owner = ctx.attribute(ATTRIBUTE);
        if (owner == null) throw new IllegalStateException("HttpServer identifies the caller before every handler");
        return owner;
    }

    private static String owner(String clientId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clientId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
