package dev.schemadesigner.surface.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiModelCatalog;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.schemadesigner.App;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI-compatible API driven by LangChain4j's OpenAI client, pointed at the running server. */
class ChatCompletionsApiTest {
    static final String TOKEN = "openai-surface-test-token";
    private static final Pattern SESSION_LINE = Pattern.compile("<!-- schema-designer session: ([A-Za-z0-9_-]+) -->");
    private static final Pattern FENCED_FILE = Pattern.compile("#### `([^`]+)`\\n\\n(`{3,})(\\w+)\\n(.*?)\\2\\n", Pattern.DOTALL);
    private static App app;

    @BeforeAll
    static void start() { app = TestApp.start(Map.of("SD_API_TOKEN", TOKEN)); }

    @AfterAll
    static void stop() { app.close(); }

    static String baseUrl(App app) { return "http://localhost:" + app.port() + "/v1"; }

    private static OpenAiChatModel.OpenAiChatModelBuilder model() {
        return OpenAiChatModel.builder().baseUrl(baseUrl(app)).apiKey(TOKEN).modelName("schema-designer").timeout(Duration.ofSeconds(90)).maxRetries(0);
    }

    @Test
    void answersWithTheRepliesMarkdownAndItsFilesAsFencedBlocks() {
        ChatResponse response = model().build().chat(UserMessage.from("Add new table for customer notes linked to feedback_analysis"));

        String text = response.aiMessage().text();
        assertThat(text).contains("### Changes", "### Review", "### Files");
        Map<String, String> files = fencedFiles(text);
        assertThat(files.keySet()).anyMatch(p -> p.startsWith("api/alembic/versions/")).anyMatch(p -> p.startsWith("api/app/domain/models/"));
        assertThat(files.values()).anyMatch(content -> content.contains("def upgrade()")).anyMatch(content -> content.contains("CREATE TABLE"));
        assertThat(SESSION_LINE.matcher(text).find()).isTrue();
    }

    @Test
    void aFollowUpWithTheEarlierAnswerContinuesItsSession() throws Exception {
        OpenAiChatModel model = model().build();
        UserMessage first = UserMessage.from("Add new table for customer notes linked to feedback_analysis");
        AiMessage answer = model.chat(first).aiMessage();
        String session = session(answer.text());

        List<ChatMessage> conversation = List.of(first, answer, UserMessage.from("add a NOT NULL priority column to feedback_analysis"));
        String second = model.chat(conversation).aiMessage().text();

        assertThat(session(second)).isEqualTo(session);
        JsonNode stored = get("/api/v1/sessions/" + session, TOKEN).json();
        assertThat(stored.path("turns").size()).isEqualTo(2);
        assertThat(stored.path("schema").toString()).contains("priority");
    }

    @Test
    void theUserFieldNamesTheSession() throws Exception {
        String session = session(model().build().chat(UserMessage.from("Add new table for customer notes linked to feedback_analysis")).aiMessage().text());

        String second = model().user(session).build().chat(UserMessage.from("add a NOT NULL priority column to feedback_analysis")).aiMessage().text();

        assertThat(session(second)).isEqualTo(session);
        assertThat(get("/api/v1/sessions/" + session, TOKEN).json().path("turns").size()).isEqualTo(2);
    }

    @Test
    void theSessionHeaderNamesTheSessionAndTheAnswerCarriesIt() throws Exception {
        HttpResponse<String> first = completion("Add new table for customer notes linked to feedback_analysis", null);
        String session = first.headers().firstValue("X-Session-Id").orElseThrow();

        HttpResponse<String> second = completion("add a NOT NULL priority column to feedback_analysis", session);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Session-Id")).hasValue(session);
        assertThat(Json.tree(second.body()).at("/choices/0/message/content").asText()).contains("priority");
        assertThat(get("/api/v1/sessions/" + session, TOKEN).json().path("turns").size()).isEqualTo(2);
    }

    private static HttpResponse<String> completion(String message, String sessionHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl(app) + "/chat/completions"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("model", "schema-designer", "messages", List.of(Map.of("role", "user", "content", message))))));
        if (sessionHeader != null) request.header("X-Session-Id", sessionHeader);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void streamsTheSameAnswerInChunksEndingWithDone() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(baseUrl(app)).apiKey(TOKEN).modelName("schema-designer")
                .timeout(Duration.ofSeconds(90)).build();
        List<String> partials = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.chat("Add new table for customer notes linked to feedback_analysis", new StreamingChatResponseHandler() {
            @Override public void onPartialResponse(String partial) { partials.add(partial); }
            @Override public void onCompleteResponse(ChatResponse response) { done.complete(response); }
            @Override public void onError(Throwable error) { done.completeExceptionally(error); }
        });
        ChatResponse response = done.get(90, TimeUnit.SECONDS);

        String text = response.aiMessage().text();
        assertThat(partials).hasSizeGreaterThan(1);
        assertThat(String.join("", partials)).isEqualTo(text);
        assertThat(text).contains("### Changes");
        assertThat(fencedFiles(text).keySet()).anyMatch(p -> p.startsWith("api/alembic/versions/"));
        assertThat(response.finishReason()).hasToString("STOP");
    }

    @Test
    void rawStreamIsOpenAiChunksEndingWithDone() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl(app) + "/chat/completions"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"schema-designer\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                        + "\"Add new table for customer notes linked to feedback_analysis\"}]}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = List.of(r.body().split("\n\n"));
        assertThat(events).allMatch(e -> e.startsWith("data: "));
        assertThat(events.get(events.size() - 1)).isEqualTo("data: [DONE]");
        JsonNode first = Json.tree(events.get(0).substring(6));
        assertThat(first.path("object").asText()).isEqualTo("chat.completion.chunk");
        assertThat(first.at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        JsonNode last = Json.tree(events.get(events.size() - 2).substring(6));
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void listsTheOneModel() {
        List<ModelDescription> models = OpenAiModelCatalog.builder().baseUrl(baseUrl(app)).apiKey(TOKEN).build().listModels();

        assertThat(models).extracting(ModelDescription::name).containsExactly("schema-designer");
    }

    @Test
    void aWrongKeyIsAnAuthenticationErrorForTheClient() {
        assertThatThrownBy(() -> model().apiKey("not-the-token").build().chat("Add new table for customer notes linked to feedback_analysis"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("bearer token");
    }

    static Map<String, String> fencedFiles(String markdown) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        Matcher m = FENCED_FILE.matcher(markdown);
        while (m.find()) files.put(m.group(1), m.group(4));
        return files;
    }

    static String session(String answer) {
        Matcher m = SESSION_LINE.matcher(answer);
        assertThat(m.find()).as("session line in " + answer).isTrue();
        return m.group(1);
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return Json.tree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static Answer get(String path, String token) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }
}
