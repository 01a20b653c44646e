package dev.schemadesigner.plan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An OpenAI-compatible server (vLLM, LM Studio, a gateway) at its own address, without a key, chosen model name. */
class OpenAiCompatibleProviderTest extends OpenAiProviderTest {

    @Override
    ModelSettings settings(String root) {
        return ModelSettings.of(ModelProvider.OPENAI_COMPATIBLE, Optional.of(root + "/v1"), Optional.empty()).withModelName("qwen2.5-coder-7b");
    }

    @Override
    void assertRequestShape(LoggedRequest request, JsonNode body) {
        assertThat(body.at("/model").asText()).isEqualTo("qwen2.5-coder-7b");
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
    }
}
