package dev.schemadesigner.intent;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Nearest-prototype similarity: the exemplar sentences of {@code intent/exemplars.tsv} embedded
 * once with the in-process all-MiniLM-L6-v2 model (ONNX, shipped in its Maven artifact, on a small-arena session:
 * {@link SmallArenaMiniLm}); a message
 * scores, per intent kind, the cosine similarity of its closest exemplar of that kind.
 */
final class PrototypeIndex {

    static final String RESOURCE = "intent/exemplars.tsv";
    /** Text beyond this is not embedded: the opening of a message says what it wants. */
    private static final int MAX_CHARS = 600;

    /*
     * How far the embedding can move a decision: the widest gaps seen over the 840 messages of the development set
     * (intent/dev-set.tsv) with the quantized model, plus 0.1. Closest schema exemplar minus closest off-topic one
     * ranged over -0.62..0.61; a schema kind's closest exemplar trailed the best kind's by at most 0.76.
     */
    /** Most the closest schema exemplar is seen closer than the closest off-topic one. */
    static final double WIDEST_SCHEMA_LEAD = 0.71;
    /** Most the closest off-topic exemplar is seen closer than the closest schema one. */
    static final double WIDEST_NONE_LEAD = 0.72;
    /** Most a schema kind's closest exemplar is seen farther than the closest schema exemplar. */
    static final double WIDEST_KIND_GAP = 0.86;

    private static volatile PrototypeIndex shared;

    private record Prototype(IntentKind kind, float[] vector) {
    }

    private final EmbeddingModel model;
    private final List<Prototype> prototypes;

    PrototypeIndex(EmbeddingModel model, List<Map.Entry<IntentKind, String>> exemplars) {
        this.model = Objects.requireNonNull(model, "model");
        List<TextSegment> segments = exemplars.stream()
                .map(e -> TextSegment.from(TextNormalizer.normalize(e.getValue()))).toList();
        List<Embedding> vectors = model.embedAll(segments).content();
        List<Prototype> list = new ArrayList<>();
        for (int i = 0; i < exemplars.size(); i++) {
            list.add(new Prototype(exemplars.get(i).getKey(), unit(vectors.get(i).vector())));
        }
        this.prototypes = List.copyOf(list);
    }

    /** The index over the bundled exemplars, built on first use (loading the model takes a second or two). */
    static PrototypeIndex shared() {
        PrototypeIndex index = shared;
        if (index == null) {
            synchronized (PrototypeIndex.class) {
                index = shared;
                if (index == null) {
                    index = new PrototypeIndex(new SmallArenaMiniLm(), loadExemplars());
                    shared = index;
                }
            }
        }
        return index;
    }

    /** Per kind, the similarity (-1..1) of the closest exemplar; kinds without exemplars score -1. */
    Map<IntentKind, Double> similarities(String text) {
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        float[] v = unit(model.embed(input.isBlank() ? "empty" : input).content().vector());
        Map<IntentKind, Double> best = new EnumMap<>(IntentKind.class);
        for (IntentKind kind : IntentKind.values()) {
            best.put(kind, -1.0);
        }
        for (Prototype p : prototypes) {
            double s = dot(v, p.vector());
            if (s > best.get(p.kind())) {
                best.put(p.kind(), s);
            }
        }
        return best;
    }

    static List<Map.Entry<IntentKind, String>> loadExemplars() {
        try (InputStream in = PrototypeIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            List<Map.Entry<IntentKind, String>> out = new ArrayList<>();
            int lineNo = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols.length != 2) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 'kind<TAB>sentence'");
                }
                out.add(Map.entry(IntentKind.fromWire(cols[0]), cols[1].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / (norm == 0 ? 1 : norm));
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
