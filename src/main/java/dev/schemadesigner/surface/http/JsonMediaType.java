package dev.schemadesigner.surface.http;

import java.util.Locale;

/**
 * A JSON body must say so: {@code Content-Type: application/json}, optionally with parameters, and
 * a charset only if it is UTF-8. Browsers send a cross-site request without a preflight only for
 * {@code text/plain}, form types or no type at all, so insisting on the exact media type is what
 * keeps another origin's page from driving the API (audit 2.25, C3).
 */
final class JsonMediaType {
    private JsonMediaType() {}

    static void require(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiException.UnsupportedMediaType("send the body with Content-Type: application/json (the request has no Content-Type)");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ApiException.UnsupportedMediaType("send the body as application/json, not " + contentType.strip());
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals < 0) continue;
            String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = parameter.substring(equals + 1).trim().replace("\"", "");
            if (name.equals("charset") && !value.equalsIgnoreCase("utf-8")) {
                throw new ApiException.UnsupportedMediaType("JSON bodies are read as UTF-8; charset " + value + " is not supported");
            }
        }
    }
}
