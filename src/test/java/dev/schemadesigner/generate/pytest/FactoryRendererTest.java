package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactoryRendererTest {

    private static String file(List<Artifact> files, String name) {
        return files.stream().filter(a -> a.path().endsWith("/" + name)).findFirst().orElseThrow().content();
    }

    @Test
    void aDefaultTheChecksRejectIsNotLeftToTheDatabase() {
        // given: DEFAULT 0 under CHECK (minutes > 0), DEFAULT 'none' under a value list, and a default the check accepts
        Table lessons = Table.of("lessons", List.of(Column.identity("id", LogicalType.INTEGER),
                        Column.required("minutes", LogicalType.INTEGER).withDefault(new DefaultValue.Number("0")),
                        Column.optional("level", LogicalType.varchar(10)).withDefault(new DefaultValue.Text("none")),
                        Column.required("seats", LogicalType.INTEGER).withDefault(new DefaultValue.Number("10"))), PrimaryKey.of("id"))
                .withCheck(new Check("ck_lessons_minutes", "minutes > 0"))
                .withCheck(new Check("ck_lessons_level", "level IN ('easy', 'hard')"))
                .withCheck(new Check("ck_lessons_seats", "seats BETWEEN 1 AND 40"));

        // when
        List<Artifact> files = new PytestGenerator().generate(GenerationContext.newProject("school", GenerationContext.OrmStyle.CLASSIC),
                new ChangeSet(List.of(new CreateTable(lessons))));

        // then: the factory sets minutes and level inside their checks and leaves seats to its default;
        // only the NOT NULL one gets a "requires" test
        String factories = file(files, "factories.py");
        assertThat(factories).contains("\"minutes\": 1 + n,").contains("\"level\": \"easy\",").doesNotContain("\"seats\"");
        String tests = file(files, "test_lesson.py");
        assertThat(tests).contains("def test_lesson_requires_minutes(").doesNotContain("def test_lesson_requires_level(");
    }

    @Test
    void admitsReadsBoundsAndValueLists() {
        // given
        Table t = Table.of("t", List.of(Column.required("a", LogicalType.INTEGER), Column.required("s", LogicalType.varchar(5))), null)
                .withCheck(new Check("ck_a", "a >= 1 AND a < 5")).withCheck(new Check("ck_s", "s IN ('x', 'y')"));

        // when
        CheckRanges ranges = new CheckRanges(t);

        // then
        assertThat(List.of("0", "1", "4", "5").stream().map(v -> ranges.admits("a", new DefaultValue.Number(v))).toList())
                .containsExactly(false, true, true, false);
        assertThat(ranges.admits("s", new DefaultValue.Text("y"))).isTrue();
        assertThat(ranges.admits("s", new DefaultValue.Text("z"))).isFalse();
        assertThat(ranges.admits("unchecked", new DefaultValue.Number("-1"))).isTrue();
    }
}
