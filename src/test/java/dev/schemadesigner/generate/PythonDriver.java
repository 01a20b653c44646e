package dev.schemadesigner.generate;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-lived Python interpreter per {@link PythonStack} that runs {@code python ARGS} commands as a
 * fresh process would ({@code python_driver.py}), so an execution test's 7–10 steps per case (upgrade,
 * seed, check, pytest, downgrade, upgrade, inspect) do not each start Python and import SQLAlchemy,
 * Alembic and pytest again (~0.5–1 s of CPU per start before any work). A command that times out or
 * ends the interpreter ends this driver; the next command starts a new one.
 *
 * <p>{@code -Dpython.driver=false} runs every command in its own process instead (to rule the driver
 * out while looking at a failure).
 */
final class PythonDriver {
    static final boolean ENABLED = !"false".equals(System.getProperty("python.driver"));

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Idle drivers per stack: a test running cases in parallel takes one per command in flight. */
    private static final Map<String, Deque<PythonDriver>> IDLE = new ConcurrentHashMap<>();
    private static final ExecutorService READER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "python-driver-reader");
        t.setDaemon(true);
        return t;
    });

    private final PythonStack stack;
    private Process process;
    private Writer requests;
    private BufferedReader replies;
    private Path work;

    private PythonDriver(PythonStack stack) { this.stack = stack; }

    /** Runs {@code python args} in {@code cwd} with {@code env} added, as one process with stderr merged into stdout would. */
    static GeneratedProject.Output run(PythonStack stack, Path cwd, Map<String, String> env, List<String> args, long timeoutSeconds)
            throws IOException, InterruptedException {
        Deque<PythonDriver> idle = IDLE.computeIfAbsent(stack.name(), k -> new ConcurrentLinkedDeque<>());
        PythonDriver driver = idle.pollFirst();
        if (driver == null) driver = new PythonDriver(stack);
        try {
            return driver.execute(cwd, env, args, timeoutSeconds);
        } finally {
            idle.addFirst(driver);
        }
    }

    private GeneratedProject.Output execute(Path cwd, Map<String, String> env, List<String> args, long timeoutSeconds)
            throws IOException, InterruptedException {
        start();
        Path out = Files.createTempFile(work, "out-", ".txt");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("cwd", cwd.toAbsolutePath().toString());
        request.put("env", new HashMap<>(env));
        request.put("argv", args);
        request.put("out", out.toString());
        requests.write(JSON.writeValueAsString(request) + "\n");
        requests.flush();
        Future<Integer> reply = READER.submit(() -> {
            for (String line; (line = replies.readLine()) != null; ) {
                if (line.startsWith("@@done ")) return Integer.parseInt(line.substring("@@done ".length()).strip());
            }
            return null;
        });
        Integer code;
        try {
            code = reply.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            stop();
            return new GeneratedProject.Output(-1, "timed out: " + args + "\n" + read(out));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
        String text = read(out);
        Files.deleteIfExists(out);
        if (code == null) {   // the command ended the interpreter (os._exit, a crash): report it as that process's end
            int exit = process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            String log = Files.exists(work.resolve("driver.log")) ? Files.readString(work.resolve("driver.log")) : "";
            stop();
            return new GeneratedProject.Output(exit == 0 ? 1 : exit, text + log);
        }
        return new GeneratedProject.Output(code, text);
    }

    private static String read(Path out) throws IOException {
        return Files.exists(out) ? new String(Files.readAllBytes(out), StandardCharsets.UTF_8) : "";
    }

    private void start() throws IOException {
        if (process != null && process.isAlive()) return;
        stop();
        work = Files.createTempDirectory("sd-python-driver-");
        Path script = work.resolve("python_driver.py");
        try (var in = PythonDriver.class.getResourceAsStream("/generate/python_driver.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder(GeneratedProject.PYTHON, script.toString())
                .redirectError(work.resolve("driver.log").toFile());
        GeneratedProject.environment(pb, stack);
        process = pb.start();
        requests = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    private void stop() {
        if (process != null) process.destroyForcibly();
        process = null;
        if (work != null) {
            try (var walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp folder left behind
            }
        }
        work = null;
    }
}
