package dev.schemadesigner.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden files: compared as text; rewritten when run with {@code -Dgolden.update=true}. */
final class Golden {
    private Golden() {}

    static boolean updating() { return Boolean.getBoolean("golden.update"); }

    /** Compares (or writes) every artifact under {@code root}; files under root that no artifact names fail the comparison. */
    static void check(Path root, List<Artifact> artifacts) throws IOException {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        artifacts.forEach(a -> files.put(a.path(), a.content()));
        check(root, files);
    }

    /** Compares (or writes) path → content under {@code root}; no other file may be there. */
    static void check(Path root, java.util.Map<String, String> artifacts) throws IOException {
        check(root, artifacts, true);
    }

    /** {@code exclusive=false}: other files under root (written by others) are neither compared nor removed. */
    static void check(Path root, java.util.Map<String, String> artifacts, boolean exclusive) throws IOException {
        if (updating()) {
            if (exclusive && Files.exists(root)) {
                try (var walk = Files.walk(root)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            for (var a : artifacts.entrySet()) {
                Path file = root.resolve(a.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, a.getValue());
            }
            return;
        }
        List<String> expectedPaths = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> expectedPaths.add(root.relativize(p).toString().replace('\\', '/')));
        }
        if (exclusive) {
            assertThat(artifacts.keySet().stream().sorted().toList()).as("files under " + root)
                    .containsExactlyElementsOf(expectedPaths.stream().sorted().toList());
        }
        for (var a : artifacts.entrySet()) {
            assertThat(a.getValue()).as("golden " + root.resolve(a.getKey()) + " (update with -Dgolden.update=true)")
                    .isEqualTo(Files.readString(root.resolve(a.getKey())));
        }
    }
}
