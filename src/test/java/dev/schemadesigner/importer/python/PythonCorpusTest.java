package dev.schemadesigner.importer.python;

import dev.schemadesigner.importer.ImportException;
import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.importer.SqlAlchemyImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Python reader against CPython's {@code ast.parse}, file by file, over real model, migration and library files from
 * public projects (src/test/resources/importer/python-corpus; the files are not committed, its MANIFEST says where each
 * comes from, and without them the test is skipped with one line): every file ast accepts we read,
 * every file it refuses we refuse on the same line. One python process parses all the files. Our reader reads Python 3.12;
 * where the python here is older, a file it refuses only for 3.12's f-strings (PEP 701: a replacement field may hold the
 * string's own quote) is listed apart, not counted as agreement.
 */
class PythonCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/importer/python-corpus");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String AST_ALL = String.join("\n",
            "import ast, sys, warnings",
            "warnings.simplefilter('ignore')",
            "print('%d.%d' % sys.version_info[:2])",
            "for path in sys.stdin.read().splitlines():",
            "    try:",
            "        with open(path, 'rb') as f:",
            "            ast.parse(f.read(), path)",
            "        print('ok')",
            "    except SyntaxError as e:",
            "        print('refused\\t%s\\t%s\\t%s' % (e.lineno, e.offset, e.msg))",
            "");

    /** What one reader said of one file: accepted, or refused at a line. */
    record Verdict(boolean accepted, int line, int column, String why) {
        static final Verdict ACCEPTED = new Verdict(true, 0, 0, "");

        boolean agrees(Verdict other) { return accepted == other.accepted && (accepted || line == other.line); }

        @Override
        public String toString() { return accepted ? "accepted" : "refused at " + line + ":" + column + " (" + why + ")"; }
    }

    @Test
    void readsEveryCorpusFileThatCpythonReadsAndRefusesTheOthersOnTheSameLine() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), () -> {
            System.out.println("python corpus: skipped, " + CORPUS + " is absent");
            return "no corpus";
        });
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), () -> {
            System.out.println("python corpus: skipped, " + PYTHON + " is absent");
            return "no python";
        });
        List<Path> files;
        try (var walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), () -> {
            System.out.println("python corpus: skipped, no .py files under " + CORPUS + " (MANIFEST lists where they come from)");
            return "corpus not collected";
        });
        AstRun run = astVerdicts(files);
        Map<Path, Verdict> ast = run.verdicts();
        int accepted = 0, agree = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> newerSyntax = new ArrayList<>();
        for (Path file : files) {
            Verdict ours = ours(file);
            Verdict theirs = ast.get(file);
            if (ours.accepted()) accepted++;
            if (ours.agrees(theirs)) agree++;
            else if (ours.accepted() && run.olderThan312() && theirs.why().startsWith("f-string")) newerSyntax.add(CORPUS.relativize(file) + ": " + theirs);
            else disagreements.add(CORPUS.relativize(file) + ": ast " + theirs + ", ours " + ours);
        }
        long refusedByAst = ast.values().stream().filter(v -> !v.accepted()).count();
        System.out.println("python corpus: " + files.size() + " files, accepted " + accepted + ", agree with ast " + agree
                + " (ast " + run.version() + " refuses " + refusedByAst + ")");
        newerSyntax.forEach(d -> System.out.println("  Python 3.12 f-string, refused by ast " + run.version() + ": " + d));
        disagreements.forEach(d -> System.out.println("  disagree: " + d));
        assertThat(files).hasSizeGreaterThanOrEqualTo(500);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void importsEveryCorpusFileAsModelsWithoutAnErrorThatIsNotTheInputs() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus");
        List<Path> files;
        try (var walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "corpus not collected");
        SqlAlchemyImporter importer = new SqlAlchemyImporter();
        int read = 0, withTables = 0, tables = 0, refused = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                ImportResult result = importer.importModels(Files.readString(file, StandardCharsets.UTF_8));
                read++;
                if (!result.schema().tables().isEmpty()) withTables++;
                tables += result.schema().tables().size();
            } catch (ImportException e) {
                refused++;
            } catch (RuntimeException e) {
                failures.add(CORPUS.relativize(file) + ": " + e);
            }
        }
        System.out.println("python corpus as models: " + files.size() + " files, read " + read + " (" + withTables + " with tables, "
                + tables + " tables), refused " + refused + ", failed " + failures.size());
        failures.forEach(f -> System.out.println("  failed: " + f));
        assertThat(failures).isEmpty();
    }

    static Verdict ours(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        try {
            PythonParser.parse(source);
            return Verdict.ACCEPTED;
        } catch (PythonSyntaxException e) {
            return new Verdict(false, e.line(), e.column(), e.detail());
        } catch (ImportException e) {
            return new Verdict(false, -1, -1, e.getMessage());
        }
    }

    record AstRun(String version, Map<Path, Verdict> verdicts) {
        boolean olderThan312() {
            String[] v = version.split("\\.");
            return Integer.parseInt(v[0]) == 3 && Integer.parseInt(v[1]) < 12;
        }
    }

    static AstRun astVerdicts(List<Path> files) throws IOException, InterruptedException {
        Process python = new ProcessBuilder(PYTHON.toString(), "-c", AST_ALL).redirectErrorStream(true).start();
        try (Writer in = python.outputWriter(StandardCharsets.UTF_8)) {
            for (Path f : files) in.write(f.toAbsolutePath() + "\n");
        }
        Map<Path, Verdict> verdicts = new LinkedHashMap<>();
        String version;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
            version = out.readLine();
            for (Path f : files) {
                String line = Optional.ofNullable(out.readLine()).orElseThrow(() -> new IllegalStateException("python stopped early"));
                if (line.equals("ok")) {
                    verdicts.put(f, Verdict.ACCEPTED);
                } else {
                    String[] parts = line.split("\t", 4);
                    verdicts.put(f, new Verdict(false, parseOr(parts[1]), parseOr(parts[2]), parts[3]));
                }
            }
        }
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new AstRun(version, verdicts);
    }

    private static int parseOr(String n) {
        return n.equals("None") ? 0 : Integer.parseInt(n);
    }
}
