package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated text of every design in both ORM styles, kept as golden files under
 * src/test/resources/generate/golden/<design>/<style>/ (update with -Dgolden.update=true), and every
 * generated Python file compiles with py_compile (GeneratedArtifactsExecuteTest runs them, the sqlalchemy2 style on the SQLAlchemy 2.0 stack).
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src/test/resources/generate/golden");

    static Stream<Design> designs() { return Designs.all().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void generatedTextMatchesGoldenFiles(Design design) throws Exception {
        for (OrmStyle style : OrmStyle.values()) {
            Design styled = design.withStyle(style);
            List<Artifact> artifacts = new Generator().generate(styled.ctx(), styled.changes());
            Golden.check(GOLDEN.resolve(design.name()).resolve(style.name().toLowerCase(Locale.ROOT)), artifacts);
            assertThat(new Generator().generate(styled.ctx(), styled.changes())).as("deterministic").isEqualTo(artifacts);
        }
    }

    @Test
    void everyGeneratedPythonFileCompiles() throws Exception {
        Path dir = Files.createTempDirectory("sd-gen-compile-");
        List<String> command = new ArrayList<>(List.of(GeneratedProject.PYTHON, "-m", "py_compile"));
        int n = 0;
        for (Design design : Designs.all()) {
            for (OrmStyle style : OrmStyle.values()) {
                for (Artifact a : new Generator().generate(design.withStyle(style).ctx(), design.changes())) {
                    if (!a.path().endsWith(".py")) continue;
                    Path file = dir.resolve(design.name() + "/" + style + "/" + a.path());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, a.content());
                    command.add(file.toString());
                    n++;
                }
            }
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("py_compile of " + n + " files:\n" + out).isZero();
        assertThat(n).isGreaterThan(100);
    }
}
