package dev.schemadesigner.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Well-designed schemas ({@code review/clean/*.sql}) produce no error or warning: the rules are precise. */
class CleanSchemasTest {
    private static final Path CLEAN = RuleFixturesTest.ROOT.resolve("clean");

    static Stream<Path> cleanSchemas() throws IOException {
        return Files.list(CLEAN).filter(p -> p.toString().endsWith(".sql")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanSchemas")
    void producesNoErrorOrWarning(Path file) {
        List<Finding> findings = new Reviewer().review(ReviewFixtures.read(file));
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::line).isEmpty();
    }

    @Test
    void thereAreAtLeastFiveCleanSchemas() throws IOException {
        assertThat(cleanSchemas().count()).isGreaterThanOrEqualTo(5);
    }
}
