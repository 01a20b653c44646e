package dev.schemadesigner.intent;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SmallArenaMiniLmTest {

    @Test
    void embedsAsLangChain4jsDefaultSessionDoes() {
        // given: the same model and pooling, on LangChain4j's default session and on the small-arena one
        var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var small = new SmallArenaMiniLm();

        for (String text : List.of("add a NOT NULL priority column to the tickets table", "what's the weather like today?",
                "Design database schema for pain point tracking with users, teams and votes")) {
            // when
            float[] expected = reference.embed(text).content().vector();
            float[] actual = small.embed(text).content().vector();

            // then: memory settings change where tensors live, never what is computed
            assertThat(actual).hasSize(384).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) assertThat(actual[i]).as(text + " [" + i + "]").isCloseTo(expected[i], within(1e-5f));
        }
    }
}
