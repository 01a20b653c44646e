package dev.schemadesigner.plan.model;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Locale;
import java.util.Optional;

/** The model providers {@code SD_MODEL_PROVIDER} can name, with the defaults each starts from. */
public enum ModelProvider {
    NONE("none", "", Optional.empty(), false),
    OPENAI("openai", "gpt-4o-mini", Optional.of("https://api.openai.com/v1"), true),
    ANTHROPIC("anthropic", "claude-sonnet-4-5", Optional.of("https://api.anthropic.com/v1"), true),
    OLLAMA("ollama", "llama3.1", Optional.of("http://localhost:11434"), false),
    /** any server speaking the OpenAI chat-completions API (vLLM, LM Studio, llama.cpp, a gateway); needs a base URL */
    OPENAI_COMPATIBLE("openai-compatible", "gpt-4o-mini", Optional.empty(), false);

    private final String id;
    private final String defaultModel;
    private final Optional<String> defaultBaseUrl;
    private final boolean needsKey;

    ModelProvider(String id, String defaultModel, Optional<String> defaultBaseUrl, boolean needsKey) {
        this.id = id;
        this.defaultModel = defaultModel;
        this.defaultBaseUrl = defaultBaseUrl;
        this.needsKey = needsKey;
    }

    /** The spelling of {@code SD_MODEL_PROVIDER}. */
    public String id() { return id; }

    public String defaultModel() { return defaultModel; }

    public Optional<String> defaultBaseUrl() { return defaultBaseUrl; }

    public boolean needsKey() { return needsKey; }

    public static ModelProvider parse(String value) {
        String wanted = value == null || value.isBlank() ? NONE.id : value.trim().toLowerCase(Locale.ROOT);
        for (ModelProvider p : values()) if (p.id.equals(wanted)) return p;
        throw new UserFacingException(ErrorCode.INVALID_SETTING, "SD_MODEL_PROVIDER must be one of none, openai, anthropic, ollama, openai-compatible; was '" + value + "'");
    }
}
