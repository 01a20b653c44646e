package dev.schemadesigner.importer.python;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One small file per construct (src/test/resources/importer/python/syntax): those under accepted/ use Python 3.8–3.11
 * syntax the reader must read (annotations, {@code match}, walrus, f-strings, {@code except*}, …); those under refused/ are
 * errors CPython refuses (Python 2 forms among them). Each is checked against CPython's {@code ast.parse} too, so a
 * fixture cannot claim what Python does not do.
 */
class PythonSyntaxAgainstAstTest {
    private static final Path FIXTURES = Path.of("src/test/resources/importer/python/syntax");

    @Test
    void readsWhatCpythonReadsAndRefusesWhatItRefusesOnTheSameLine() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), () -> {
            System.out.println("python syntax fixtures: skipped, /usr/bin/python3 is absent");
            return "no python";
        });
        List<Path> accepted = list(FIXTURES.resolve("accepted"));
        List<Path> refused = list(FIXTURES.resolve("refused"));
        Map<Path, PythonCorpusTest.Verdict> ast = PythonCorpusTest.astVerdicts(
                java.util.stream.Stream.concat(accepted.stream(), refused.stream()).toList()).verdicts();
        for (Path file : accepted) {
            assertThat(ast.get(file).accepted()).as("ast reads %s", file).isTrue();
            assertThat(PythonCorpusTest.ours(file)).as("we read %s", file).isEqualTo(PythonCorpusTest.Verdict.ACCEPTED);
        }
        for (Path file : refused) {
            PythonCorpusTest.Verdict theirs = ast.get(file);
            PythonCorpusTest.Verdict ours = PythonCorpusTest.ours(file);
            System.out.println("  " + file.getFileName() + ": ast " + theirs + ", ours " + ours);
            assertThat(theirs.accepted()).as("ast refuses %s", file).isFalse();
            assertThat(ours.accepted()).as("we refuse %s", file).isFalse();
            assertThat(ours.line()).as("line of the error in %s", file).isEqualTo(theirs.line());
        }
        assertThat(accepted).hasSizeGreaterThan(15);
        assertThat(refused).hasSizeGreaterThan(15);
    }

    private static List<Path> list(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }
}
