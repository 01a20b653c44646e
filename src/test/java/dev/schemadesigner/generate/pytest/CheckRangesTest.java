package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckRangesTest {

    @Test
    void upperCaseInListAsThePlannerWritesItLimitsSampleValues() {
        // given: ColumnInference writes "category IN ('CONNECTIVITY', ...)"
        Table t = Table.of("pain_points", List.of(Column.required("category", LogicalType.varchar(50))), null)
                .withCheck(new Check("ck_pain_points_category", "category IN ('CONNECTIVITY', 'SPEED')"));

        // when
        CheckRanges ranges = new CheckRanges(t);

        // then
        assertThat(ranges.range("category")).hasValueSatisfying(r -> assertThat(r.allowed()).containsExactly("CONNECTIVITY", "SPEED"));
        assertThat(ranges.violations()).extracting(CheckRanges.Violation::label).containsExactly("unlisted_value");
    }

    @Test
    void checksThatOrderColumnsRankTheLaterColumnAbove() {
        // given: three columns ordered by checks written both ways round
        Table t = Table.of("stays", List.of(Column.required("starts_at", LogicalType.TIMESTAMP), Column.required("ends_at", LogicalType.TIMESTAMP),
                        Column.required("closed_at", LogicalType.TIMESTAMP), Column.required("nights", LogicalType.INTEGER)), null)
                .withCheck(new Check("ck_stays_order", "(ends_at > starts_at)"))
                .withCheck(new Check("ck_stays_closed", "ends_at <= closed_at AND nights >= 1"));

        // when
        CheckRanges ranges = new CheckRanges(t);

        // then
        assertThat(List.of(ranges.rank("starts_at"), ranges.rank("ends_at"), ranges.rank("closed_at"), ranges.rank("nights"))).containsExactly(0, 1, 2, 0);
        assertThat(ranges.ordered()).containsExactlyInAnyOrder("starts_at", "ends_at", "closed_at");
        assertThat(ranges.range("nights")).isPresent();
    }
}
