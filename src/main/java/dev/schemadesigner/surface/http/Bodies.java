package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.json.Json;
import io.javalin.http.Context;

import java.util.Optional;

/** Reading request bodies: JSON objects only, required fields named in the error. */
final class Bodies {
    private Bodies() {}

    static JsonNode object(Context ctx) throws JsonProcessingException {
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("");
        if (!contentType.isEmpty() && !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            throw new ApiException.UnsupportedMediaType("send the body as application/json, not " + contentType);
        }
        String body = read(ctx);
        if (body.isBlank()) throw new ApiException.BadRequest("the request body is empty; send a JSON object");
        JsonNode node = Json.tree(body); // malformed JSON: Problems reports the line and column
        if (!node.isObject()) throw new ApiException.BadRequest("the request body must be a JSON object");
        return node;
    }

    static final String MAX_BODY = "sd.max-body-bytes";

    /**
     * The body as text, never more than the limit: a declared length over it was refused before
     * routing; a chunked body is read up to the limit and refused beyond it.
     */
    private static String read(Context ctx) {
        if (ctx.contentLength() >= 0) return ctx.body();
        Long limit = ctx.attribute(MAX_BODY);
        long max = limit == null ? dev.schemadesigner.Config.DEFAULT_MAX_BODY_BYTES : limit;
        try {
            byte[] bytes = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) throw new ApiException.PayloadTooLarge(max);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ApiException.BadRequest("the request body could not be read: " + e.getMessage());
        }
    }

    static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) throw new ApiException.BadRequest(field, "is required");
        if (!value.isTextual()) throw new ApiException.BadRequest(field, "must be a string");
        if (value.asText().isBlank()) throw new ApiException.BadRequest(field, "must not be empty");
        return value.asText();
    }

    static Optional<String> optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isTextual() || value.asText().isBlank()) throw new ApiException.BadRequest(field, "must be a non-empty string");
        return Optional.of(value.asText());
    }

    static <T> T as(JsonNode node, Class<T> type, String field) {
        return as(node, Json.mapper().constructType(type), field);
    }

    static <T> T as(JsonNode node, com.fasterxml.jackson.core.type.TypeReference<T> type, String field) {
        return as(node, Json.mapper().constructType(type), field);
    }

    private static <T> T as(JsonNode node, com.fasterxml.jackson.databind.JavaType type, String field) {
        try {
            return Json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof dev.schemadesigner.schema.ExpressionRefusedException refused) throw refused.at(field); // 422, see Problems
            throw new ApiException.BadRequest(field, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiException.BadRequest(field, e.getMessage());
        }
    }
}
