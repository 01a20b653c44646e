package dev.schemadesigner.surface.mcp;

import dev.schemadesigner.App;
import dev.schemadesigner.surface.http.TestApp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The MCP server driven by the official MCP Java SDK's client over streamable HTTP, with the API's bearer token. */
@SuppressWarnings("unchecked")
class McpServerTest {
    static final String TOKEN = "mcp-surface-test-token";
    private static App app;
    private McpSyncClient client;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of("SD_API_TOKEN", TOKEN)); }

    @AfterAll
    static void stop() { app.close(); }

    @BeforeEach
    void connect() {
        client = client(app, TOKEN);
        client.initialize();
    }

    @AfterEach
    void disconnect() { client.close(); }

    static McpSyncClient client(App app, String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder("http://localhost:" + app.port())
                .endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
                .build();
        // the client checks every structuredContent against the tool's outputSchema
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(90)).enableCallToolSchemaCaching(true).build();
    }

    @Test
    void initializesWithProtocol2025_06_18OrLaterAndToolsCapability() {
        McpSchema.InitializeResult init = client.getCurrentInitializationResult();

        assertThat(init.protocolVersion()).isIn("2025-06-18", "2025-11-25");
        assertThat(init.serverInfo().name()).isEqualTo("schema-designer");
        assertThat(init.capabilities().tools()).isNotNull();
        assertThat(client.ping()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheFiveToolsWithInputAndOutputSchemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name)
                .containsExactly("design_schema", "change_schema", "review_schema", "review_migration", "list_rules");
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.inputSchema()).containsEntry("type", "object");
            assertThat(tool.outputSchema()).containsEntry("type", "object");
            assertThat(tool.description()).isNotBlank();
        });
        McpSchema.Tool change = tools.get(1);
        assertThat(change.inputSchema()).containsEntry("required", List.of("request"));
        assertThat((Map<String, Object>) change.inputSchema().get("properties")).containsKeys("request", "session_id", "project_id");
    }

    @Test
    void changeSchemaAnswersWithThePlanFindingsAndExecutedFilesAndASessionToContinue() {
        McpSchema.CallToolResult first = call("change_schema", Map.of("request", "Add new table for customer notes linked to feedback_analysis"));

        assertThat(first.isError()).isNotEqualTo(Boolean.TRUE);
        Map<String, Object> reply = structured(first);
        assertThat((List<?>) ((Map<?, ?>) reply.get("plan")).get("changes")).isNotEmpty();
        assertThat((List<Map<String, Object>>) reply.get("artifacts")).extracting(a -> (String) a.get("path"))
                .anyMatch(p -> p.startsWith("api/alembic/versions/"));
        assertThat((List<Map<String, Object>>) reply.get("verification")).isNotEmpty().allSatisfy(v -> {
            assertThat((List<?>) v.get("diff")).isEmpty();
            assertThat((List<Map<String, Object>>) v.get("steps")).allMatch(step -> Boolean.TRUE.equals(step.get("ok")));
        });
        assertThat(text(first)).contains("### Changes", "```python");

        String session = (String) reply.get("session_id");
        Map<String, Object> second = structured(call("change_schema", Map.of("session_id", session, "request", "add a NOT NULL priority column to feedback_analysis")));
        assertThat(second.get("session_id")).isEqualTo(session);
        assertThat(second.get("turn")).isEqualTo(2);
    }

    @Test
    void designSchemaStartsANewSession() {
        Map<String, Object> reply = structured(call("design_schema", Map.of("request", "Design database schema for pain point tracking")));

        assertThat(reply.get("turn")).isEqualTo(1);
        assertThat((List<Map<String, Object>>) reply.get("artifacts")).extracting(a -> (String) a.get("kind")).contains("model", "migration", "test");
    }

    @Test
    void reviewMigrationFindsAnIndexBuiltWithoutConcurrently() {
        McpSchema.CallToolResult result = call("review_migration", Map.of("format", "sql", "content",
                "CREATE INDEX idx_feedback_analysis_churn_risk ON feedback_analysis (churn_risk);"));

        List<Map<String, Object>> findings = (List<Map<String, Object>>) structured(result).get("findings");
        assertThat(findings).extracting(f -> (String) f.get("rule")).isNotEmpty();
        assertThat(text(result)).contains(findings.get(0).get("rule").toString());
    }

    @Test
    void reviewSchemaFindsAForeignKeyWithoutIndex() {
        McpSchema.CallToolResult result = call("review_schema", Map.of("format", "sql", "content",
                "CREATE TABLE a (id integer PRIMARY KEY);\nCREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a (id));"));

        assertThat((List<Map<String, Object>>) structured(result).get("findings")).extracting(f -> (String) f.get("rule")).contains("fk-missing-index");
    }

    @Test
    void listRulesFiltersByArea() {
        List<Map<String, Object>> rules = (List<Map<String, Object>>) structured(call("list_rules", Map.of("area", "migration"))).get("rules");

        assertThat(rules).isNotEmpty().allMatch(r -> "migration".equals(r.get("area")));
    }

    @Test
    void badSqlIsAToolErrorTheModelCanRead() {
        McpSchema.CallToolResult result = call("review_schema", Map.of("format", "sql", "content", "CREATE TABLE (;"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isNotBlank();
        // the HTTP mapping's code, carried in the tool result's _meta
        assertThat(result.meta()).containsEntry("code", "malformed-sql").containsEntry("type", "https://schema-designer.dev/problems/malformed-sql");
    }

    @Test
    void anUnknownSessionIsAToolErrorNamingIt() {
        McpSchema.CallToolResult result = call("change_schema", Map.of("session_id", "no-such-session", "request", "add a priority column to feedback_analysis"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("no-such-session");
        assertThat(result.meta()).containsEntry("code", "not-found");
    }

    @Test
    void anUnknownToolIsInvalidParams() {
        McpError error = catchThrowableOfType(McpError.class, () -> call("drop_database", Map.of()));

        assertThat(error.getJsonRpcError().code()).isEqualTo(-32602);
        assertThat(error.getJsonRpcError().message()).contains("drop_database");
        assertThat(client.ping()).isNotNull();
    }

    @Test
    void argumentsAgainstTheInputSchemaAreInvalidParams() {
        McpError missing = catchThrowableOfType(McpError.class, () -> call("change_schema", Map.of()));
        McpError wrongType = catchThrowableOfType(McpError.class, () -> call("review_schema", Map.of("format", "cobol", "content", "x")));
        McpError extra = catchThrowableOfType(McpError.class, () -> call("list_rules", Map.of("colour", "red")));

        assertThat(List.of(missing, wrongType, extra)).allSatisfy(e -> assertThat(e.getJsonRpcError().code()).isEqualTo(-32602));
        assertThat(missing.getJsonRpcError().message()).contains("request");
        assertThat(client.ping()).isNotNull();
    }

    private McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> structured(McpSchema.CallToolResult result) {
        assertThat(result.isError()).as(result.content().toString()).isNotEqualTo(Boolean.TRUE);
        return (Map<String, Object>) result.structuredContent();
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
