package dev.schemadesigner.plan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Anthropic messages API: {@code x-api-key} and {@code anthropic-version} headers, the system prompt apart, {@code content[].text}. */
class AnthropicProviderTest extends ProviderContractTest {

    @Override
    ModelSettings settings(String root) {
        return ModelSettings.of(ModelProvider.ANTHROPIC, Optional.of(root + "/v1"), Optional.of("test-key"));
    }

    @Override
    String path() { return "/v1/messages"; }

    @Override
    String okBody(String content) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "msg_01XFDUDYJgAACzvnptvVoYEL").put("type", "message").put("role", "assistant").put("model", "claude-sonnet-4-5-20250929");
        body.putArray("content").addObject().put("type", "text").put("text", content);
        body.put("stop_reason", "end_turn").putNull("stop_sequence");
        body.putObject("usage").put("input_tokens", 1_150).put("output_tokens", 60);
        return body.toString();
    }

    @Override
    void assertRequestShape(LoggedRequest request, JsonNode body) {
        assertThat(request.getHeader("x-api-key")).isEqualTo("test-key");
        assertThat(request.getHeader("anthropic-version")).isEqualTo(ChatModelFactory.ANTHROPIC_VERSION);
        assertThat(body.at("/model").asText()).isEqualTo(ModelProvider.ANTHROPIC.defaultModel());
        assertThat(body.at("/system").isMissingNode()).as("the system prompt travels apart from the messages").isFalse();
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/max_tokens").asInt()).isPositive();
    }
}
