package dev.schemadesigner.verify;

import dev.schemadesigner.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * CPython's {@code compile()} over many files, in long-lived interpreters: starting {@code python3}
 * costs tens of milliseconds on every turn, compiling a turn's files a few. Each worker reads one
 * request a line (a JSON list of {@code [path, source]}) and answers one line (a JSON list of error
 * texts); it only compiles, never runs what it compiles, and {@code -I -S} keep the environment, the
 * working directory and site packages out of it. A worker that does not answer within the timeout
 * is killed; one that died is replaced on the next request. Idle workers are kept for the next turn;
 * they end with the service (their input closes).
 */
final class PythonCompiler {
    private PythonCompiler() {}

    private static final String SERVE = String.join("\n",
            "import json, sys",
            "for line in sys.stdin:",
            "    errors = []",
            "    for path, source in json.loads(line):",
            "        try:",
            "            compile(source, path, 'exec', dont_inherit=True)",
            "        except (SyntaxError, ValueError) as e:",
            "            errors.append('%s line %s: %s' % (path, getattr(e, 'lineno', '?'), getattr(e, 'msg', None) or e))",
            "        except Exception as e:",
            "            errors.append('%s: %s: %s' % (path, type(e).__name__, e))",
            "    sys.stdout.write(json.dumps(errors) + '\\n')",
            "    sys.stdout.flush()");

    /** Workers kept idle between turns; more run while more turns compile at once. */
    private static final int MAX_IDLE = 2;
    /** A worker is replaced after this many requests, so nothing one interpreter accumulates lives on. */
    private static final int MAX_USES = 2_000;

    private static final ConcurrentLinkedDeque<Worker> IDLE = new ConcurrentLinkedDeque<>();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "python-compile-watchdog");
        t.setDaemon(true);
        return t;
    });

    /**
     * The compile errors of {@code files} ({@code [path, source]} pairs), empty when all compile;
     * IOException when no interpreter can be started or it gave no answer (the caller falls back).
     */
    static List<String> compile(String interpreter, List<List<String>> files, long timeoutSeconds) throws IOException {
        String request = Json.write(files);
        Worker worker = liveIdleWorker();
        if (worker != null) {
            try {
                return release(worker, worker.exchange(request, timeoutSeconds));
            } catch (IOException died) {
                worker.close();   // gone since its last request: a fresh one answers below
            }
        }
        worker = new Worker(interpreter);
        try {
            return release(worker, worker.exchange(request, timeoutSeconds));
        } catch (IOException e) {
            worker.close();
            throw e;
        }
    }

    /** The first idle worker still running; idle workers that ended since their last request are closed on the way. */
    private static Worker liveIdleWorker() {
        Worker worker;
        while ((worker = IDLE.pollFirst()) != null && !worker.alive()) worker.close();
        return worker;
    }

    /** The process ids of the idle workers (tests end one to see it replaced). */
    static List<Long> idleWorkers() { return IDLE.stream().map(w -> w.process.pid()).toList(); }

    private static List<String> release(Worker worker, List<String> errors) {
        if (worker.alive() && worker.uses < MAX_USES && IDLE.size() < MAX_IDLE) IDLE.addFirst(worker);
        else worker.close();
        return errors;
    }

    /** One interpreter serving requests one after another. */
    private static final class Worker {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;
        private int uses;

        Worker(String interpreter) throws IOException {
            process = new ProcessBuilder(interpreter, "-I", "-S", "-u", "-c", SERVE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        List<String> exchange(String request, long timeoutSeconds) throws IOException {
            uses++;
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> kill = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                process.destroyForcibly();
            }, timeoutSeconds, TimeUnit.SECONDS);
            try {
                String answer;
                try {
                    in.write(request);
                    in.write('\n');
                    in.flush();
                    answer = out.readLine();
                } catch (IOException e) {
                    if (timedOut.get()) return timeout(timeoutSeconds);
                    throw e;
                }
                if (timedOut.get()) return timeout(timeoutSeconds);
                if (answer == null) throw new IOException("the Python compile worker ended without an answer");
                List<String> errors = new ArrayList<>();
                Json.tree(answer).forEach(e -> errors.add(e.asText()));
                return errors;
            } finally {
                kill.cancel(false);
            }
        }

        private static List<String> timeout(long seconds) { return List.of("python3 did not finish within " + seconds + " s"); }

        boolean alive() { return process.isAlive(); }

        void close() {
            process.destroyForcibly();
        }
    }
}
