package dev.schemadesigner.surface.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.ReviewOutcome;
import dev.schemadesigner.chat.ReviewRequest;
import dev.schemadesigner.chat.Source;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.review.CatalogueEntry;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.surface.http.Problems;
import dev.schemadesigner.surface.http.ReplyMarkdown;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The MCP tools over the one {@link Conversation}: {@code design_schema}, {@code change_schema}
 * (a chat turn, the same Reply as {@code POST /api/v1/chat}), {@code review_schema},
 * {@code review_migration} (the review of {@code POST /api/v1/review}) and {@code list_rules}.
 * Names, descriptions and JSON schemas are the resource {@code mcp/tools.json}. A refused request
 * (bad SQL, an unknown session) is a tool result with {@code isError}, as MCP asks, so that the
 * model reading it can correct itself; arguments that break the input schema are -32602.
 */
final class McpTools {
    private static final Logger LOG = LoggerFactory.getLogger(McpTools.class);
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final Map<String, JsonNode> DEFINITIONS = load();

    private final Conversation conversation;
    private final JsonSchemaValidator validator = McpJsonDefaults.getSchemaValidator();

    McpTools(Conversation conversation) { this.conversation = conversation; }

    List<SyncToolSpecification> specifications() {
        Map<String, BiFunction<McpTransportContext, Map<String, Object>, McpSchema.CallToolResult>> calls = new LinkedHashMap<>();
        calls.put("design_schema", (context, args) -> turn(context, Optional.empty(), optional(args, "project_id"), text(args, "request")));
        calls.put("change_schema", (context, args) -> turn(context, optional(args, "session_id"), optional(args, "project_id"), text(args, "request")));
        calls.put("review_schema", (context, args) -> review(new ReviewRequest(Optional.of(new Source(text(args, "format"), text(args, "content"), Optional.empty())),
                List.of(), optional(args, "dialect"), strings(args, "ignore"), List.of())));
        calls.put("review_migration", (context, args) -> review(new ReviewRequest(schemaSource(args),
                List.of(new Source(text(args, "format"), text(args, "content"), Optional.empty())), optional(args, "dialect"), strings(args, "ignore"), List.of(),
                Optional.ofNullable((Boolean) args.get("assume_in_transaction")), Optional.ofNullable((Number) args.get("target_version")).map(Number::intValue))));
        calls.put("list_rules", (context, args) -> rules(optional(args, "area")));
        if (!calls.keySet().equals(DEFINITIONS.keySet())) throw new IllegalStateException("mcp/tools.json names " + DEFINITIONS.keySet() + ", McpTools handles " + calls.keySet());
        return calls.entrySet().stream().map(call -> specification(DEFINITIONS.get(call.getKey()), call.getValue())).toList();
    }

    /** Why a {@code tools/call} request cannot be a call of one of these tools; empty for any other method. */
    static Optional<String> invalidCallParams(McpSchema.JSONRPCRequest request) {
        if (!"tools/call".equals(request.method())) return Optional.empty();
        if (!(request.params() instanceof Map<?, ?> params)) return Optional.of("tools/call needs params {name, arguments}");
        if (!(params.get("name") instanceof String name)) return Optional.of("params.name must be the name of a tool");
        if (!DEFINITIONS.containsKey(name)) return Optional.of("unknown tool '" + name + "'; this server has " + String.join(", ", DEFINITIONS.keySet()));
        Object arguments = params.get("arguments");
        if (arguments != null && !(arguments instanceof Map)) return Optional.of("params.arguments must be an object");
        return Optional.empty();
    }

    private SyncToolSpecification specification(JsonNode definition, BiFunction<McpTransportContext, Map<String, Object>, McpSchema.CallToolResult> call) {
        Map<String, Object> input = PLAIN.convertValue(definition.get("inputSchema"), MAP);
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(definition.get("name").asText())
                .title(definition.get("title").asText())
                .description(definition.get("description").asText())
                .inputSchema(input)
                .outputSchema(PLAIN.convertValue(definition.get("outputSchema"), MAP))
                .build();
        return new SyncToolSpecification(tool, (context, request) -> {
            Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
            JsonSchemaValidator.ValidationResponse valid = validator.validate(input, args);
            if (!valid.valid()) {
                throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS).message("invalid arguments for " + tool.name() + ": " + valid.errorMessage()).build();
            }
            try {
                return call.apply(context, args);
            } catch (RuntimeException e) {
                // the HTTP mapping, in MCP's shape: a tool error the model can read, its code in _meta (a fault: only its id in the log)
                Problems.Problem problem = Problems.describe(e);
                if (problem.incident() != null) LOG.error("internal failure {} was in MCP tool {}", problem.incident(), tool.name());
                return McpSchema.CallToolResult.builder().isError(true).addTextContent(problem.detail()).meta(McpRoutes.errorData(problem)).build();
            }
        });
    }

    private McpSchema.CallToolResult turn(McpTransportContext context, Optional<String> sessionId, Optional<String> projectId, String request) {
        Reply reply = conversation.chat(sessionId, projectId, request, Optional.empty(), StageListener.NONE, conversation.newTurn());
        if (sessionId.isEmpty()) conversation.claimSession(reply.sessionId(), (String) context.get(McpRoutes.OWNER));
        return McpSchema.CallToolResult.builder().addTextContent(ReplyMarkdown.of(reply)).structuredContent(structured(reply)).build();
    }

    private McpSchema.CallToolResult review(ReviewRequest request) {
        ReviewOutcome outcome = conversation.review(request);
        StringBuilder text = new StringBuilder(outcome.findings().isEmpty() ? "No findings." : outcome.findings().size() + " finding(s):").append('\n');
        for (Finding f : outcome.findings()) {
            text.append("- **").append(f.severity().label()).append("** `").append(f.rule()).append("` ").append(f.object()).append(": ").append(f.message());
            f.fix().ifPresent(fix -> text.append(" — fix: ").append(fix.summary()));
            text.append('\n');
        }
        outcome.warnings().forEach(w -> text.append("- not read: ").append(w).append('\n'));
        return McpSchema.CallToolResult.builder().addTextContent(text.toString()).structuredContent(structured(outcome)).build();
    }

    private McpSchema.CallToolResult rules(Optional<String> area) {
        List<Map<String, Object>> rules = conversation.rules().stream().filter(r -> area.map(a -> a.equals(r.area().label())).orElse(true))
                .map(McpTools::summary).toList();
        StringBuilder text = new StringBuilder();
        rules.forEach(r -> text.append("- `").append(r.get("id")).append("` (").append(r.get("area")).append(", ").append(r.get("severity")).append("): ")
                .append(r.get("summary")).append('\n'));
        return McpSchema.CallToolResult.builder().addTextContent(text.toString()).structuredContent(Map.of("rules", rules)).build();
    }

    private static Map<String, Object> summary(CatalogueEntry rule) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", rule.id());
        summary.put("area", rule.area().label());
        summary.put("severity", rule.severity().label());
        summary.put("summary", rule.summary());
        summary.put("auto_fix", rule.autoFix());
        return summary;
    }

    /** A record as the API writes it (snake_case, absent optionals left out), as plain maps for structuredContent. */
    private static Map<String, Object> structured(Object value) {
        return Json.mapper().convertValue(value, MAP);
    }

    private static Optional<Source> schemaSource(Map<String, Object> args) {
        if (!(args.get("schema") instanceof Map<?, ?> schema)) return Optional.empty();
        return Optional.of(new Source((String) schema.get("format"), (String) schema.get("content"), Optional.empty()));
    }

    private static String text(Map<String, Object> args, String name) { return (String) args.get(name); }

    private static Optional<String> optional(Map<String, Object> args, String name) { return Optional.ofNullable((String) args.get(name)); }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> args, String name) { return (List<String>) args.getOrDefault(name, List.of()); }

    /** The tools of the resource by name, each schema's {@code $ref}s to the shared definitions written out in place. */
    private static Map<String, JsonNode> load() {
        try (InputStream in = McpTools.class.getResourceAsStream("/mcp/tools.json")) {
            if (in == null) throw new IllegalStateException("mcp/tools.json is missing from the jar");
            JsonNode document = PLAIN.readTree(in);
            Map<String, JsonNode> tools = new LinkedHashMap<>();
            for (JsonNode tool : document.get("tools")) tools.put(tool.get("name").asText(), resolve(tool, document.get("definitions")));
            return tools;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resolve(JsonNode node, JsonNode definitions) {
        if (node.isObject() && node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/definitions/", "");
            if (!definitions.has(name)) throw new IllegalStateException("mcp/tools.json refers to a missing definition " + name);
            return resolve(definitions.get(name), definitions);
        }
        if (node.isObject()) {
            ObjectNode copy = PLAIN.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolve(field.getValue(), definitions));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = PLAIN.createArrayNode();
            node.forEach(item -> copy.add(resolve(item, definitions)));
            return copy;
        }
        return node;
    }
}
