package dev.schemadesigner.surface.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI as CI runs it: {@code java -jar target/schema-designer.jar review …} in a new process (run by failsafe after package, so the jar is there). */
class CliJarIT {
    private static final Path JAR = Path.of("target/schema-designer.jar");

    @TempDir
    Path dir;

    @Test
    void theJarReviewsAFileExitsOneOnAnErrorAndStartsNoServer() throws Exception {
        assertThat(JAR).as("the jar mvn package builds").isRegularFile();
        Path migration = Files.writeString(dir.resolve("V1__email.sql"), "ALTER TABLE users ADD COLUMN email text NOT NULL;\n");

        Process p = new ProcessBuilder(List.of("java", "-jar", JAR.toString(), "review", "--format", "sarif", migration.toString())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(err).isEqualTo(Cli.FINDINGS);
        assertThat(out).contains("\"version\":\"2.1.0\"").contains("add-not-null-column-without-default");
        assertThat(err).doesNotContain("listening on").doesNotContain("Javalin");
    }

    @Test
    void theJarNamesAUsageErrorAndExitsTwo() throws Exception {
        assertThat(JAR).as("the jar mvn package builds").isRegularFile();

        Process p = new ProcessBuilder(List.of("java", "-jar", JAR.toString(), "review", "--fail-on", "fatal", "x.sql")).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--fail-on must be one of error, warning, info, was 'fatal'");
    }
}
