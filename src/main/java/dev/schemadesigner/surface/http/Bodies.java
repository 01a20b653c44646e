package dev.schemadesigner.surface.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemadesigner.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reading request bodies: JSON objects sent as application/json only, required fields named in the error. */
public final class Bodies {
    private Bodies() {}

    public static JsonNode object(Context ctx) throws JsonProcessingException {
        String body = text(ctx);
        if (body.isBlank()) throw new ApiException.BadRequest("the request body is empty; send a JSON object");
        JsonNode node = Json.tree(body); // malformed JSON: Problems reports the line and column
        if (!node.isObject()) throw new ApiException.BadRequest("the request body must be a JSON object");
        return node;
    }

    /** The body as text, sent as application/json, within the size limit and the read deadline; a surface parses it itself. */
    public static String text(Context ctx) {
        JsonMediaType.require(ctx.header("Content-Type"));
        return new String(BodyReader.of(ctx).read(ctx), StandardCharsets.UTF_8);
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
            return STRICT.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            throw new ApiException.BadRequest(JsonErrors.field(field, e), JsonErrors.reason(e));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof dev.schemadesigner.schema.ExpressionRefusedException refused) throw refused.at(field); // 422, see Problems
            throw new ApiException.BadRequest(field, JsonErrors.readable(e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            throw new ApiException.BadRequest(field, JsonErrors.readable(e.getMessage()));
        }
    }

    /**
     * The shared mapping, except that a number or boolean where text is wanted is an error rather
     * than quietly becoming {@code "5"} (audit 1.5).
     */
    private static final ObjectMapper STRICT = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = Json.mapper().copy();
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }
}
