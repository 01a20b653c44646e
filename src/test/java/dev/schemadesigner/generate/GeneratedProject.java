package dev.schemadesigner.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temporary project directory holding generated artifacts (over the bundled project's files when
 * the design targets it), and the Python commands that run them: always Debian's /usr/bin/python3
 * (pytest, psycopg2), with the {@link PythonStack}'s SQLAlchemy and Alembic; cwd is the project's {@code api} folder.
 */
final class GeneratedProject implements AutoCloseable {
    static final String PYTHON = "/usr/bin/python3";

    record Output(int exitCode, String text) {
        boolean ok() { return exitCode == 0; }
    }

    /** Counts from pytest's summary line ("3 passed, 1 failed in 0.12s"). */
    record PytestCounts(int passed, int failed, int errors) {
        static PytestCounts parse(String output) {
            return new PytestCounts(count(output, "passed"), count(output, "failed"), count(output, "errors?"));
        }

        private static int count(String output, String word) {
            Matcher m = Pattern.compile("(\\d+) " + word + "\\b").matcher(lastSummary(output));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        private static String lastSummary(String output) {
            List<String> lines = output.lines().filter(l -> l.matches(".*\\d+ (passed|failed|errors?).*")).toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private final Path root;
    private final PythonStack stack;

    GeneratedProject(List<Artifact> files, PythonStack stack) throws IOException {
        this.stack = stack;
        root = Files.createTempDirectory("sd-gen-");
        for (Artifact a : files) {
            if (a.path().equals("FILES")) continue;
            Path file = root.resolve(a.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, a.content());
        }
    }

    Path root() { return root; }

    Path api() { return root.resolve("api"); }

    /**
     * What {@code python args} in the api folder prints (stderr merged) and its exit code: run by the stack's
     * {@link PythonDriver}, or, with {@code -Dpython.driver=false}, by a process of its own.
     */
    Output python(Map<String, String> env, String... args) throws IOException, InterruptedException {
        if (PythonDriver.ENABLED) return PythonDriver.run(stack, api(), env, List.of(args), 300);
        List<String> command = new ArrayList<>();
        command.add(PYTHON);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(api().toFile()).redirectErrorStream(true);
        environment(pb, stack);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Output(-1, "timed out: " + command);
        }
        return new Output(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The stack's environment: its PYTHONPATH (C extensions off) or none, and no bytecode written beside the sources. */
    static void environment(ProcessBuilder pb, PythonStack stack) {
        pb.environment().remove("PYTHONPATH");
        stack.pythonPath().ifPresent(path -> {
            pb.environment().put("PYTHONPATH", path.toString());
            pb.environment().put("DISABLE_SQLALCHEMY_CEXT_RUNTIME", "1");
        });
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    }

    Output alembic(String databaseUrl, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-m", "alembic"));
        all.addAll(List.of(args));
        return python(Map.of("DATABASE_URL", databaseUrl), all.toArray(String[]::new));
    }

    /** Runs a script from src/test/resources/generate/ with DATABASE_URL set. */
    Output script(String name, String databaseUrl, String... args) throws IOException, InterruptedException {
        Path script = root.resolve(name);
        if (!Files.exists(script)) {
            try (var in = GeneratedProject.class.getResourceAsStream("/generate/" + name)) {
                Files.write(script, in.readAllBytes());
            }
        }
        List<String> all = new ArrayList<>(List.of(script.toString()));
        all.addAll(List.of(args));
        return python(Map.of("DATABASE_URL", databaseUrl), all.toArray(String[]::new));
    }

    Output pytest(String testDatabaseUrl) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        if (testDatabaseUrl != null) env.put("TEST_DATABASE_URL", testDatabaseUrl);
        return python(env, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/models");
    }

    @Override
    public void close() throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
