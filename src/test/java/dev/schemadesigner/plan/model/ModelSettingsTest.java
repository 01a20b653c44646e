package dev.schemadesigner.plan.model;

import dev.schemadesigner.Config;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code SD_MODEL_*} read once into the configuration: defaults per provider, and clear errors at start. */
class ModelSettingsTest {

    @Test
    void noProviderMeansTheRulePlanner() {
        Config config = Config.from(Map.of());

        assertThat(config.model().enabled()).isFalse();
        assertThat(config.modelProvider()).isEqualTo("none");
    }

    @Test
    void eachProviderHasADefaultModelAndAddress() {
        ModelSettings openai = Config.from(Map.of("SD_MODEL_PROVIDER", "openai", "SD_MODEL_API_KEY", "k")).model();
        ModelSettings ollama = Config.from(Map.of("SD_MODEL_PROVIDER", "ollama")).model();

        assertThat(openai.modelName()).isEqualTo("gpt-4o-mini");
        assertThat(openai.baseUrl()).contains("https://api.openai.com/v1");
        assertThat(openai.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(ollama.baseUrl()).contains("http://localhost:11434");
        assertThat(ollama.apiKey()).isEmpty();
    }

    @Test
    void readsNameAddressKeyAndLimits() {
        ModelSettings s = ModelSettings.from(Map.of("SD_MODEL_PROVIDER", "OpenAI-Compatible", "SD_MODEL_NAME", "qwen2.5-coder",
                "SD_MODEL_BASE_URL", "http://gateway:8000/v1", "SD_MODEL_TIMEOUT_SECONDS", "12", "SD_MODEL_MAX_CONCURRENT", "8"));

        assertThat(s.provider()).isEqualTo(ModelProvider.OPENAI_COMPATIBLE);
        assertThat(s.modelName()).isEqualTo("qwen2.5-coder");
        assertThat(s.baseUrl()).contains("http://gateway:8000/v1");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(s.maxConcurrent()).isEqualTo(8);
    }

    @Test
    void aProviderThatNeedsAKeyFailsAtStartWithout() {
        assertThatThrownBy(() -> Config.from(Map.of("SD_MODEL_PROVIDER", "anthropic")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SD_MODEL_API_KEY");
        assertThatThrownBy(() -> Config.from(Map.of("SD_MODEL_PROVIDER", "openai", "SD_MODEL_API_KEY", " ")))
                .hasMessageContaining("SD_MODEL_API_KEY");
    }

    @Test
    void anOpenAiCompatibleServerNeedsItsAddress() {
        assertThatThrownBy(() -> Config.from(Map.of("SD_MODEL_PROVIDER", "openai-compatible"))).hasMessageContaining("SD_MODEL_BASE_URL");
    }

    @Test
    void anUnknownProviderIsNamedInTheError() {
        assertThatThrownBy(() -> Config.from(Map.of("SD_MODEL_PROVIDER", "gemini"))).hasMessageContaining("'gemini'");
    }

    @Test
    void neverPrintsTheKey() {
        ModelSettings s = ModelSettings.of(ModelProvider.OPENAI, Optional.empty(), Optional.of("sk-secret"));

        assertThat(s.toString()).doesNotContain("sk-secret");
    }
}
