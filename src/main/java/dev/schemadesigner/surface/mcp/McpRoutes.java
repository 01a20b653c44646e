package dev.schemadesigner.surface.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.surface.http.Bodies;
import dev.schemadesigner.surface.http.ClientIds;
import dev.schemadesigner.surface.http.Problems;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.ProtocolVersions;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP server at {@code /mcp}: the streamable HTTP transport (protocol 2025-06-18 and 2025-11-25),
 * stateless, each POST answered with one JSON response. The official SDK's server handles the
 * protocol (initialize, ping, tools/list, tools/call and their errors) with the tools of
 * {@link McpTools}; this class is the SDK's transport inside Javalin, so that /mcp passes the same
 * checks as the rest of the API (bearer token, Origin and Host, body size and read deadline) and a
 * body that is not JSON-RPC gets a JSON-RPC error (-32700, -32600) rather than the SDK servlet's
 * plain one. The server keeps no session: there is no GET stream (405) and no Mcp-Session-Id.
 */
public final class McpRoutes implements McpStatelessServerTransport {
    static final List<String> PROTOCOL_VERSIONS = List.of(ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_11_25);
    /** The key of the caller's owner hash in the transport context: sessions a tool starts are listed as the caller's. */
    static final String OWNER = "owner";
    private static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();
    private static final ObjectMapper TREE = new ObjectMapper();

    private volatile McpStatelessServerHandler handler;

    public McpRoutes(Conversation conversation) {
        // building the server hands its handler to this transport (setMcpHandler)
        McpServer.sync(this)
                .serverInfo("schema-designer", "1")
                .instructions("Designs, changes and reviews relational database schemas; every migration it returns was executed on real databases.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(MAPPER)
                // McpTools validates arguments itself, answering -32602 as protocol 2025-06-18 says
                .validateToolInputs(false)
                .immediateExecution(true)
                .tools(new McpTools(conversation).specifications())
                .build();
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) { this.handler = handler; }

    @Override
    public List<String> protocolVersions() { return PROTOCOL_VERSIONS; }

    @Override
    public Mono<Void> closeGracefully() { return Mono.empty(); }

    public void register(Javalin app) {
        app.post("/mcp", this::post);
        app.get("/mcp", ctx -> methodNotAllowed(ctx, "this server sends no stream of its own; POST JSON-RPC messages to /mcp"));
        app.delete("/mcp", ctx -> methodNotAllowed(ctx, "this server keeps no MCP session, so there is none to end"));
    }

    private void post(Context ctx) throws IOException {
        String version = ctx.header("MCP-Protocol-Version");
        if (version != null && !PROTOCOL_VERSIONS.contains(version) && !version.equals(ProtocolVersions.MCP_2025_03_26)) {
            jsonRpcError(ctx, 400, null, McpSchema.ErrorCodes.INVALID_REQUEST, "unsupported MCP-Protocol-Version " + version + "; this server speaks " + PROTOCOL_VERSIONS);
            return;
        }
        String body = Bodies.text(ctx);
        JsonNode tree;
        try {
            tree = TREE.readTree(body);
        } catch (IOException e) {
            jsonRpcError(ctx, 400, null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the body is not JSON (" + firstLine(e.getMessage()) + ")");
            return;
        }
        if (tree == null || tree.isMissingNode()) {
            jsonRpcError(ctx, 400, null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the body is empty");
            return;
        }
        Object id = tree.isObject() && tree.has("id") ? TREE.convertValue(tree.get("id"), Object.class) : null;
        Optional<String> invalid = invalidMessage(tree);
        if (invalid.isPresent()) {
            jsonRpcError(ctx, 400, id, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: " + invalid.get());
            return;
        }
        McpSchema.JSONRPCMessage message = McpSchema.deserializeJsonRpcMessage(MAPPER, body);
        McpTransportContext context = McpTransportContext.create(Map.of(OWNER, ClientIds.owner(ctx)));
        if (message instanceof McpSchema.JSONRPCRequest request) {
            Optional<String> badParams = McpTools.invalidCallParams(request);
            McpSchema.JSONRPCResponse response = badParams.isPresent()
                    ? McpSchema.JSONRPCResponse.error(request.id(), new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INVALID_PARAMS, badParams.get(), null))
                    : handler.handleRequest(context, request).contextWrite(c -> c.put(McpTransportContext.KEY, context)).block();
            ctx.status(200).contentType("application/json").result(MAPPER.writeValueAsString(response));
        } else if (message instanceof McpSchema.JSONRPCNotification notification) {
            handler.handleNotification(context, notification).contextWrite(c -> c.put(McpTransportContext.KEY, context)).block();
            ctx.status(202);
        } else {
            ctx.status(202); // a client's response to a request this server never sends
        }
    }

    /** What makes a JSON value no JSON-RPC 2.0 message this server takes; batches went out with protocol 2025-06-18. */
    private static Optional<String> invalidMessage(JsonNode tree) {
        if (tree.isArray()) return Optional.of("batches are not accepted (protocol 2025-06-18); send one message per request");
        if (!tree.isObject()) return Optional.of("the message must be a JSON object");
        if (!"2.0".equals(tree.path("jsonrpc").asText(null))) return Optional.of("jsonrpc must be \"2.0\"");
        JsonNode id = tree.get("id");
        if (id != null && !id.isTextual() && !id.isIntegralNumber()) return Optional.of("id must be a string or an integer");
        boolean isResponse = tree.has("result") || tree.has("error");
        if (!isResponse && !tree.path("method").isTextual()) return Optional.of("method must be a string");
        JsonNode params = tree.get("params");
        if (params != null && !params.isNull() && !params.isObject()) return Optional.of("params must be an object");
        return Optional.empty();
    }

    private static void methodNotAllowed(Context ctx, String why) {
        ctx.header("Allow", "POST");
        jsonRpcError(ctx, 405, null, McpSchema.ErrorCodes.INVALID_REQUEST, why);
    }

    /** Failures of the HTTP layer under /mcp (token, size, media type, …) as a JSON-RPC error without an id, with the HTTP status. */
    public static void writeError(Context ctx, Problems.Problem problem, Optional<Exception> cause) {
        int code = problem.status() >= 500 ? McpSchema.ErrorCodes.INTERNAL_ERROR : McpSchema.ErrorCodes.INVALID_REQUEST;
        jsonRpcError(ctx, problem.status(), null, code, problem.detail(), errorData(problem));
    }

    /** The problem's code as MCP carries it: a JSON-RPC error's {@code data}, a tool error's {@code _meta}. */
    static Map<String, Object> errorData(Problems.Problem problem) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", problem.codeSlug());
        data.put("type", problem.type());
        data.put("status", problem.status());
        if (problem.incident() != null) data.put("id", problem.incident());
        return data;
    }

    private static void jsonRpcError(Context ctx, int status, Object id, int code, String message) {
        jsonRpcError(ctx, status, id, code, message, null);
    }

    private static void jsonRpcError(Context ctx, int status, Object id, int code, String message, Map<String, Object> data) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (data != null) error.put("data", data);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("id", id);
        body.put("error", error);
        try {
            ctx.status(status).contentType("application/json").result(TREE.writeValueAsString(body));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
