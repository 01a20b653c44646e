package dev.schemadesigner.surface;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.TestApp;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request on the bundled project through the chat API, the OpenAI-compatible API and MCP gives the
 * same plan, findings and files: each surface renders the one Reply of the one Conversation.
 * Compared are the deterministic parts: the plan's changes, the findings, each artifact's path and
 * content, the reply's Changes and Review sections, and where verification ran; not timings or ids.
 */
class SameAnswerEverywhereTest {
    private static final String TOKEN = "same-answer-test-token";
    private static final String REQUEST = "Add new table for customer notes linked to feedback_analysis";
    private static final Pattern FENCED_FILE = Pattern.compile("#### `([^`]+)`\\n\\n(`{3,})(\\w+)\\n(.*?)\\2\\n", Pattern.DOTALL);
    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of("SD_API_TOKEN", TOKEN)); }

    @AfterAll
    static void stop() { app.close(); }

    @Test
    void chatApiOpenAiApiAndMcpGiveTheSamePlanFindingsAndArtifacts() throws Exception {
        // given: the chat API's reply, as JSON
        JsonNode chat = chatApi(REQUEST);
        assertThat(chat.at("/plan/changes").size()).isPositive();
        assertThat(chat.path("artifacts").size()).isPositive();

        // when
        String openAi = OpenAiChatModel.builder().baseUrl("http://localhost:" + app.port() + "/v1").apiKey(TOKEN).modelName("schema-designer")
                .timeout(Duration.ofSeconds(90)).maxRetries(0).build().chat(UserMessage.from(REQUEST)).aiMessage().text();
        JsonNode mcp = mcp(REQUEST);

        // then: MCP's structured content is the same reply
        assertThat(mcp.at("/plan/changes")).isEqualTo(chat.at("/plan/changes"));
        assertThat(mcp.at("/plan/rationale")).isEqualTo(chat.at("/plan/rationale"));
        assertThat(mcp.path("findings")).isEqualTo(chat.path("findings"));
        assertThat(files(mcp)).isEqualTo(files(chat));
        assertThat(dialects(mcp)).isEqualTo(dialects(chat));
        assertThat(mcp.path("schema")).isEqualTo(chat.path("schema"));
        // and the OpenAI answer is the same reply's markdown, with the same files as fenced blocks
        assertThat(fencedFiles(openAi)).isEqualTo(endingInNewline(files(chat)));
        assertThat(section(openAi)).isEqualTo(section(chat.path("text").asText()));
        assertThat(section(mcp.path("text").asText())).isEqualTo(section(chat.path("text").asText()));
    }

    /** From the schema diff to the list of files: what changed and what the review found, without timings. */
    private static String section(String markdown) {
        int from = markdown.indexOf("### Changes");
        int to = markdown.indexOf("### Executed");
        assertThat(from).as(markdown).isNotNegative();
        assertThat(to).as(markdown).isGreaterThan(from);
        return markdown.substring(from, to);
    }

    private static Map<String, String> files(JsonNode reply) {
        Map<String, String> files = new LinkedHashMap<>();
        reply.path("artifacts").forEach(a -> files.put(a.path("path").asText(), a.path("content").asText()));
        return files;
    }

    /** A fenced block always ends its content with a line end, so a file without one (an empty __init__.py) gains it there. */
    private static Map<String, String> endingInNewline(Map<String, String> files) {
        Map<String, String> ended = new LinkedHashMap<>();
        files.forEach((path, content) -> ended.put(path, content.endsWith("\n") ? content : content + "\n"));
        return ended;
    }

    private static Map<String, String> fencedFiles(String markdown) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = FENCED_FILE.matcher(markdown);
        while (m.find()) files.put(m.group(1), m.group(4));
        return files;
    }

    private static List<String> dialects(JsonNode reply) { return reply.path("verification").findValuesAsText("dialect"); }

    private static JsonNode chatApi(String message) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/v1/chat"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("message", message)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.tree(r.body());
    }

    private static JsonNode mcp(String request) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder("http://localhost:" + app.port()).endpoint("/mcp")
                .httpRequestCustomizer((builder, method, uri, body, context) -> builder.header("Authorization", "Bearer " + TOKEN)).build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(90)).build()) {
            client.initialize();
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("change_schema", Map.of("request", request)));
            assertThat(result.isError()).as(result.content().toString()).isNotEqualTo(Boolean.TRUE);
            return Json.mapper().valueToTree(result.structuredContent());
        }
    }
}
