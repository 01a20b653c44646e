package dev.schemadesigner.surface.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers on every response, the UI's pages and the API's answers alike (audit 4.10, M4): the page
 * loads scripts, styles, fonts and images only from this server (no remote pixels), forms post
 * only here, no other site may frame it, and nothing is sniffed into a type it was not sent as.
 * Mermaid writes a {@code <style>} element into each diagram and d3 sets {@code style} attributes,
 * so styles may be inline; scripts may not.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> ALL = all();

    private static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        return Map.copyOf(headers);
    }

    static void apply(BiConsumer<String, String> setHeader) { ALL.forEach(setHeader); }
}
