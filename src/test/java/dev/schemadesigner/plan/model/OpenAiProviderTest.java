package dev.schemadesigner.plan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenAI chat completions: bearer key, the answer's JSON schema as {@code response_format}, {@code choices[0].message.content}. */
class OpenAiProviderTest extends ProviderContractTest {

    @Override
    ModelSettings settings(String root) {
        return ModelSettings.of(ModelProvider.OPENAI, Optional.of(root + "/v1"), Optional.of("test-key"));
    }

    @Override
    String path() { return "/v1/chat/completions"; }

    @Override
    String okBody(String content) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-AbC123").put("object", "chat.completion").put("created", 1_731_000_000).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.putNull("logprobs").put("finish_reason", "stop");
        body.putObject("usage").put("prompt_tokens", 1_150).put("completion_tokens", 60).put("total_tokens", 1_210);
        body.put("system_fingerprint", "fp_0ba0d124f1");
        return body.toString();
    }

    @Override
    void assertRequestShape(LoggedRequest request, JsonNode body) {
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
        assertThat(body.at("/model").asText()).isEqualTo(ModelProvider.OPENAI.defaultModel());
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/response_format/json_schema/name").asText()).isEqualTo(AnswerSchema.NAME);
        assertThat(body.at("/response_format/json_schema/schema/required")).extracting(JsonNode::asText)
                .containsExactly("changes", "query_patterns", "rationale");
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/1/role").asText()).isEqualTo("user");
        assertThat(body.at("/temperature").asDouble()).isZero();
    }
}
