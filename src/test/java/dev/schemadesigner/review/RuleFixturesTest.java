package dev.schemadesigner.review;

import dev.schemadesigner.importer.SqlAlchemyImporter;
import dev.schemadesigner.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-rule fixtures, snapshot style: {@code src/test/resources/review/<rule-id>/triggers.<format>}
 * must produce exactly the findings of {@code expected.txt} (that rule's only, one
 * {@link Finding#line()} per line), {@code near-miss.<format>} none of that rule. Schema rules have
 * SQL DDL ({@code .sql}, every rule) and SQLAlchemy models ({@code .py}, where a rule has them); a
 * {@code .py} fixture whose findings differ from the SQL ones in wording keeps them in
 * {@code expected.py.txt}. A migration rule has its fixtures in both formats, {@code triggers.py}
 * (Alembic) and {@code triggers.sql} (SQL migration), read by {@link MigrationFixtures}; its
 * {@code expected.txt} lists each file's findings under a {@code # <file>} line. Goldens are
 * rewritten with {@code -Dgolden.update=true}; review the diff.
 */
class RuleFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/review");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private final Reviewer reviewer = new Reviewer();

    static final List<String> FORMATS = List.of("sql", "py");

    static Stream<String> ruleIds() {
        return Rules.all().stream().map(Rule::id);
    }

    /** {@code <rule-id> <format>} for every rule and every format it has fixtures in; migration rules as {@code <rule-id> migration}. */
    static Stream<String> fixtures() {
        return ruleIds().flatMap(id -> isMigrationRule(id) ? Stream.of(id + " migration")
                : FORMATS.stream().filter(f -> Files.exists(ROOT.resolve(id).resolve("triggers." + f))).map(f -> id + " " + f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void triggersMatchExpectedFindings(String fixture) throws IOException {
        // given
        String id = fixture.split(" ")[0];
        String format = fixture.split(" ")[1];
        Path dir = ROOT.resolve(id);
        if (format.equals("migration")) {
            migrationTriggersMatchExpectedFindings(id, dir);
            return;
        }
        ReviewInput input = ReviewFixtures.read(dir.resolve("triggers." + format));
        // when
        List<Finding> findings = findingsOf(id, input);
        String actual = String.join("\n", findings.stream().map(Finding::line).toList()) + "\n";
        // then
        Path golden = golden(dir, format);
        if (UPDATE) {
            if (format.equals("sql") || !actual.equals(Files.readString(dir.resolve("expected.txt")))) golden = dir.resolve(format.equals("sql") ? "expected.txt" : "expected.py.txt");
            Files.writeString(golden, actual);
        }
        assertThat(findings).as("triggers.%s of %s must trigger it", format, id).isNotEmpty();
        assertThat(actual).isEqualTo(Files.readString(golden));
        assertFixesApply(input.schema(), findings);
    }

    private void migrationTriggersMatchExpectedFindings(String id, Path dir) throws IOException {
        StringBuilder actual = new StringBuilder();
        for (String file : MIGRATION_FORMATS) {
            Path path = dir.resolve("triggers" + file);
            assertThat(path).as("%s needs fixtures in both formats", id).exists();
            List<Finding> findings = findingsOf(id, MigrationFixtures.read(path));
            assertThat(findings).as("triggers%s of %s must trigger it", file, id).isNotEmpty();
            actual.append("# triggers").append(file).append('\n');
            findings.forEach(f -> actual.append(f.line()).append('\n'));
        }
        Path golden = dir.resolve("expected.txt");
        if (UPDATE) Files.writeString(golden, actual.toString());
        assertThat(actual.toString()).isEqualTo(Files.readString(golden));
    }

    private static final List<String> MIGRATION_FORMATS = List.of(".py", ".sql");

    private static boolean isMigrationRule(String id) {
        return Rules.byId(id).map(r -> r.area() == Area.MIGRATION).orElse(false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void nearMissDoesNotTrigger(String fixture) {
        String id = fixture.split(" ")[0];
        String format = fixture.split(" ")[1];
        if (format.equals("migration")) {
            for (String file : MIGRATION_FORMATS) {
                ReviewInput input = MigrationFixtures.read(ROOT.resolve(id).resolve("near-miss" + file));
                assertThat(findingsOf(id, input)).as("near-miss%s of %s", file, id).extracting(Finding::line).isEmpty();
            }
            return;
        }
        ReviewInput input = ReviewFixtures.read(ROOT.resolve(id).resolve("near-miss." + format));
        assertThat(findingsOf(id, input)).extracting(Finding::line).isEmpty();
    }

    @Test
    void everyPythonTriggerHasANearMiss() {
        fixtures().filter(f -> f.endsWith(" py")).map(f -> ROOT.resolve(f.split(" ")[0]))
                .forEach(dir -> assertThat(dir.resolve("near-miss.py")).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void pythonFixturesImportWithoutWarnings(String fixture) throws IOException {
        if (!fixture.endsWith(" py")) return;
        Path dir = ROOT.resolve(fixture.split(" ")[0]);
        for (String file : List.of("triggers.py", "near-miss.py")) {
            assertThat(new SqlAlchemyImporter().importModels(Files.readString(dir.resolve(file))).warnings()).as(file).isEmpty();
        }
    }

    private static Path golden(Path dir, String format) {
        Path own = dir.resolve("expected." + format + ".txt");
        return format.equals("py") && Files.exists(own) ? own : dir.resolve("expected.txt");
    }

    @Test
    void everyFixtureFolderNamesARule() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !List.of("clean", "skill", "schemas", "schemas-untuned", "schemas-untuned-second").contains(n)).toList();
            assertThat(ruleIds().toList()).containsAll(names);
        }
    }

    private List<Finding> findingsOf(String id, ReviewInput input) {
        return reviewer.review(input).stream().filter(f -> f.rule().equals(id)).toList();
    }

    /** Every proposed fix must apply to the schema it was proposed for. */
    static void assertFixesApply(Schema schema, List<Finding> findings) {
        for (Finding f : findings) f.fix().ifPresent(fix -> fix.changes().apply(schema));
    }
}
