package dev.schemadesigner.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.schemadesigner.intent.SmallArenaMiniLm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resident memory of the intent embedding model on ONNX Runtime's default session (LangChain4j's) against the
 * small-arena session the service uses ({@link SmallArenaMiniLm}): each in a fresh JVM of its own, after loading and
 * after embedding every development-set text one at a time, as intent detection does. Run:
 * {@code scripts/bench.sh dev.schemadesigner.bench.EmbeddingMemoryBenchmark}.
 */
public final class EmbeddingMemoryBenchmark {
    private EmbeddingMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            measure(args[0]);
            return;
        }
        for (String session : List.of("default", "small-arena")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-Xmx384m",
                    "-cp", System.getProperty("java.class.path"), EmbeddingMemoryBenchmark.class.getName(), session).inheritIO().start();
            p.waitFor();
        }
    }

    private static void measure(String session) throws Exception {
        long start = System.nanoTime();
        EmbeddingModel model = session.equals("default") ? new AllMiniLmL6V2QuantizedEmbeddingModel() : new SmallArenaMiniLm();
        model.embed("warm up");
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long loaded = rssMb();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/intent/dev-set.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) texts.add(line.split("\t")[0].replace("\\n", "\n"));
        }
        long t = System.nanoTime();
        for (String text : texts) model.embed(text.length() > 600 ? text.substring(0, 600) : text);
        double perText = (System.nanoTime() - t) / 1e6 / texts.size();
        System.out.printf(Locale.ROOT, "embedding model on the %s ONNX session: loaded in %.2f s, RSS %d MB loaded, %d MB after %d texts (%.2f ms a text)%n",
                session, loadSeconds, loaded, rssMb(), texts.size(), perText);
    }

    private static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        throw new IllegalStateException("no VmRSS");
    }
}
