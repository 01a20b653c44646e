package dev.schemadesigner.verify;

import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.importer.ImportException;
import dev.schemadesigner.importer.python.PythonTokenizer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Every generated Python file of a turn compiles: a {@code compile} step added to each database's
 * verification, so a model file that is a SyntaxError (audit M5: a table comment ending in a
 * backslash) makes the turn unproven instead of "verified". With {@code python3} on the PATH, a
 * long-lived interpreter ({@link PythonCompiler}) compiles all files with {@code compile()} (which never
 * runs them; {@code -I} ignores the environment and the working directory); without it, the Java reader of Python checks that every
 * string, docstring and bracket is closed and the indentation holds.
 */
public final class GeneratedPythonCheck {
    private GeneratedPythonCheck() {}

    static final String STEP = "compile";
    private static final long TIMEOUT_SECONDS = 20;
    private static final int MAX_ERRORS_SHOWN = 5;
    /** {@code verifications}, each with the {@code compile} step of {@code artifacts} added; unchanged when no Python was generated. */
    public static List<Verification> appendTo(List<Verification> verifications, List<Artifact> artifacts) {
        return alongside(artifacts).appendTo(verifications);
    }

    /**
     * Starts compiling {@code artifacts}' Python now, so that it runs while the databases verify
     * the change; {@link Pending#appendTo} waits for it.
     */
    public static Pending alongside(List<Artifact> artifacts) {
        List<Artifact> python = artifacts.stream().filter(a -> a.path().endsWith(".py")).toList();
        if (python.isEmpty()) return new Pending(Optional.empty());
        return new Pending(Optional.of(CompletableFuture.supplyAsync(() -> compile(python), COMPILERS)));
    }

    /** A compile step under way (or none, when the turn generated no Python). */
    public record Pending(Optional<CompletableFuture<Verification.Step>> step) {
        public List<Verification> appendTo(List<Verification> verifications) {
            if (step.isEmpty() || verifications.isEmpty()) return verifications;
            Verification.Step done = step.get().join();
            return verifications.stream().map(v -> v.withStep(done)).toList();
        }
    }

    private static final ExecutorService COMPILERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "python-compile-check");
        t.setDaemon(true);
        return t;
    });

    /** The {@code compile} step for these Python files. */
    static Verification.Step compile(List<Artifact> python) {
        long start = System.nanoTime();
        List<String> errors;
        try {
            errors = withPython(python);
        } catch (IOException noPython) {
            errors = withJavaReader(python);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (errors.isEmpty()) return Verification.Step.passed(STEP, millis);
        String shown = String.join("; ", errors.subList(0, Math.min(errors.size(), MAX_ERRORS_SHOWN)))
                + (errors.size() > MAX_ERRORS_SHOWN ? "; and " + (errors.size() - MAX_ERRORS_SHOWN) + " more" : "");
        return Verification.Step.failed(STEP, millis, "generated Python does not compile: " + shown);
    }

    /** Errors from CPython's own compiler, in a long-lived interpreter; IOException when there is no python3 to run. */
    private static List<String> withPython(List<Artifact> python) throws IOException {
        return PythonCompiler.compile(Interpreter.PATH, python.stream().map(a -> List.of(a.path(), a.content())).toList(), TIMEOUT_SECONDS);
    }

    /** Without python3: unterminated strings and docstrings, unbalanced brackets and bad indentation. */
    static List<String> withJavaReader(List<Artifact> python) {
        List<String> errors = new ArrayList<>();
        for (Artifact a : python) {
            if (a.content().indexOf('\0') >= 0) errors.add(a.path() + ": source code cannot contain null bytes");
            try {
                PythonTokenizer.tokenize(a.content());
            } catch (ImportException e) {
                errors.add(a.path() + ": " + e.getMessage());
            }
        }
        return errors;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The interpreter {@code python3} on the PATH really is, asked once: a version manager's shim
     * (pyenv's is a shell script) costs a tenth of a second on every start, more than the check itself.
     * Falls back to {@code python3} when it cannot be asked; without any, the Java reader checks.
     */
    private static final class Interpreter {
        static final String PATH = resolve();

        private static String resolve() {
            try {
                Process p = new ProcessBuilder("python3", "-I", "-S", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
                String out = readAll(p.getInputStream()).strip();
                if (p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0 && out.startsWith("/") && !out.contains("\n")) return out;
                p.destroyForcibly();
            } catch (IOException e) {
                // no python3: the check uses the Java reader
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "python3";
        }
    }
}
