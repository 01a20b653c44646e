package dev.schemadesigner.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The long-lived compile workers: kept between requests, replaced when one has died, errors named per file. */
class PythonCompilerTest {
    private static final List<List<String>> GOOD = List.of(List.of("a.py", "x = 1\n"), List.of("b.py", "def f():\n    return 2\n"));
    private static final List<List<String>> BAD = List.of(List.of("a.py", "x = 1\n"), List.of("c.py", "def f(:\n"), List.of("d.py", "s = \"a\0b\"\n"));

    @Test
    void oneWorkerAnswersRequestAfterRequestAndNamesEachFileThatDoesNotCompile() throws Exception {
        // given: a worker that has answered once
        assertThat(PythonCompiler.compile("python3", GOOD, 20)).isEmpty();
        List<Long> idle = PythonCompiler.idleWorkers();

        // when
        List<String> errors = PythonCompiler.compile("python3", BAD, 20);

        // then: the same interpreter answered, naming the two files that do not compile
        assertThat(PythonCompiler.idleWorkers()).isEqualTo(idle);
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("c.py line 1");
        assertThat(errors.get(1)).startsWith("d.py").containsIgnoringCase("null");
    }

    @Test
    void aWorkerThatDiedIsReplacedAndTheRequestStillAnswered() throws Exception {
        // given: every idle worker has ended since its last request (there may be several: other tests compile too)
        PythonCompiler.compile("python3", GOOD, 20);
        for (long pid : PythonCompiler.idleWorkers()) {
            ProcessHandle.of(pid).ifPresent(p -> { p.destroyForcibly(); p.onExit().join(); });
        }

        // when
        List<String> errors = PythonCompiler.compile("python3", BAD, 20);

        // then
        assertThat(errors).hasSize(2);
        assertThat(PythonCompiler.idleWorkers()).isNotEmpty().allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());
    }
}
