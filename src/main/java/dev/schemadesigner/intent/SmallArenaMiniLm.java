package dev.schemadesigner.intent;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The int8 all-MiniLM-L6-v2 of its Maven artifact (the same files and mean pooling as LangChain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel}) on an ONNX Runtime session set up to stay small: LangChain4j's
 * default session keeps ONNX Runtime's CPU arena, which grows to the largest batch ever seen and never gives memory
 * back, and plans memory patterns per input shape, which are cached per sequence length. Intent detection embeds one
 * short message at a time, so neither pays for itself; without them the process holds less memory after load
 * ({@code scripts/bench.sh}, ServiceBenchmark's RSS figures).
 */
public final class SmallArenaMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    public SmallArenaMiniLm() {
        super(null); // LangChain4j's default executor, used only by embedAll
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(TOKENIZER)) {
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(read(MODEL), options);
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + MODEL + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() { return encoder; }

    @Override
    protected Integer knownDimension() { return 384; }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SmallArenaMiniLm.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing classpath resource " + name);
        return in;
    }
}
