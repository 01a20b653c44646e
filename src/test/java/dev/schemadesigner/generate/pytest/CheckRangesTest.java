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
}
