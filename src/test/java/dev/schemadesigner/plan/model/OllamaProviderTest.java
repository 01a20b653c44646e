package dev.schemadesigner.plan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Ollama {@code /api/chat}: no key, {@code format: json}, no streaming, {@code message.content}. */
class OllamaProviderTest extends ProviderContractTest {

    @Override
    ModelSettings settings(String root) {
        return ModelSettings.of(ModelProvider.OLLAMA, Optional.of(root), Optional.empty());
    }

    @Override
    String path() { return "/api/chat"; }

    @Override
    String okBody(String content) {
        ObjectNode body = JSON.createObjectNode().put("model", "llama3.1").put("created_at", "2025-01-15T10:20:30.123456Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done_reason", "stop").put("done", true).put("total_duration", 4_883_583_458L).put("load_duration", 1_334_875L)
                .put("prompt_eval_count", 1_150).put("prompt_eval_duration", 342_546_000L).put("eval_count", 60).put("eval_duration", 4_535_599_000L);
        return body.toString();
    }

    @Override
    void assertRequestShape(LoggedRequest request, JsonNode body) {
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(body.at("/model").asText()).isEqualTo(ModelProvider.OLLAMA.defaultModel());
        assertThat(body.at("/format").asText()).isEqualTo("json");
        assertThat(body.at("/stream").asBoolean()).isFalse();
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
    }
}
