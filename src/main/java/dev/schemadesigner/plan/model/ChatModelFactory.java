package dev.schemadesigner.plan.model;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.Optional;

/**
 * Builds the LangChain4j {@link ChatModel} for the configured provider. Every model gets the
 * configured timeout and our {@link RetryingHttpClient}; the providers' own retry loops are
 * switched off ({@code maxRetries(0)}) so the retries stay bounded and honour Retry-After.
 * Temperature 0: a plan should not change between two asks of the same request.
 */
public final class ChatModelFactory {
    private ChatModelFactory() {}

    /** Anthropic's messages API version header. */
    public static final String ANTHROPIC_VERSION = "2023-06-01";
    static final int MAX_OUTPUT_TOKENS = 4_096;

    public static ChatModel create(ModelSettings settings) {
        if (!settings.enabled()) throw new IllegalArgumentException("no model provider is configured (SD_MODEL_PROVIDER=none)");
        var http = RetryingHttpClient.builder(settings.timeout(), settings.maxRetries(), settings.retryAfterCap());
        String baseUrl = settings.baseUrl().orElseThrow();
        switch (settings.provider()) {
            case OPENAI:
            case OPENAI_COMPATIBLE:
                return OpenAiChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(baseUrl)
                        .apiKey(settings.apiKey().orElse("not-needed"))
                        .modelName(settings.modelName())
                        .temperature(0.0)
                        .maxTokens(MAX_OUTPUT_TOKENS)
                        .timeout(settings.timeout())
                        .maxRetries(0)
                        .build();
            case ANTHROPIC:
                return AnthropicChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(baseUrl)
                        .apiKey(settings.apiKey().orElseThrow())
                        .version(ANTHROPIC_VERSION)
                        .modelName(settings.modelName())
                        .temperature(0.0)
                        .maxTokens(MAX_OUTPUT_TOKENS)
                        .timeout(settings.timeout())
                        .maxRetries(0)
                        .build();
            case OLLAMA:
                return OllamaChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(baseUrl)
                        .modelName(settings.modelName())
                        .temperature(0.0)
                        .timeout(settings.timeout())
                        .maxRetries(0)
                        .build();
            default:
                throw new IllegalArgumentException("unknown model provider " + settings.provider());
        }
    }

    /**
     * How the answer's shape is asked for: OpenAI and compatible servers get the JSON schema as
     * {@code response_format}; Ollama gets {@code format: json}; Anthropic has only the prompt's
     * JSON instructions (its answer is read from the first JSON object in the text).
     */
    public static Optional<ResponseFormat> responseFormat(ModelProvider provider) {
        switch (provider) {
            case OPENAI:
            case OPENAI_COMPATIBLE:
                return Optional.of(AnswerSchema.responseFormat());
            case OLLAMA:
                return Optional.of(ResponseFormat.JSON);
            default:
                return Optional.empty();
        }
    }
}
