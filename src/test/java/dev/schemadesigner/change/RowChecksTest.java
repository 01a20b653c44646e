package dev.schemadesigner.change;

import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes check existing rows first, and against which limit: narrowings do, widenings and conversions do not. */
class RowChecksTest {

    private static final Schema ENUMS = new Schema(List.of(), List.of(EnumType.of("two", "a", "b"), EnumType.of("three", "a", "b", "c"),
            EnumType.of("long_values", "a-rather-long-value")));

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "string(200)   | string(50)    | MaxLength[characters=50]",
            "text          | string(10)    | MaxLength[characters=10]",
            "enum(long_values) | string(5) | MaxLength[characters=5]",
            "string(50)    | string(200)   | none",
            "enum(two)     | string(5)     | none",
            "bigint        | integer       | IntegerRange[min=-2147483648, max=2147483647, fractions=false]",
            "integer       | smallint      | IntegerRange[min=-32768, max=32767, fractions=false]",
            "numeric(12,2) | integer       | IntegerRange[min=-2147483648, max=2147483647, fractions=true]",
            "numeric(10,0) | integer       | IntegerRange[min=-2147483648, max=2147483647, fractions=false]",
            "numeric(9,0)  | integer       | none",
            "double        | bigint        | IntegerRange[min=-9223372036854775808, max=9223372036854775807, fractions=true]",
            "integer       | bigint        | none",
            "numeric(10,4) | numeric(10,2) | Digits[precision=10, scale=2]",
            "numeric(12,2) | numeric(6,2)  | Digits[precision=6, scale=2]",
            "numeric(10,2) | numeric(12,2) | none",
            "bigint        | numeric(12,2) | Digits[precision=12, scale=2]",
            "smallint      | numeric(7,2)  | none",
            "text          | enum(two)     | OneOf[values=[a, b]]",
            "enum(three)   | enum(two)     | OneOf[values=[a, b]]",
            "enum(two)     | enum(three)   | none",
            "integer       | text          | none",
            "text          | integer       | none"})
    void aTypeChangeChecksRowsOnlyWhenItNarrows(String from, String to, String limit) {
        Optional<RowCheck.Limit> found = RowChecks.narrowing(LogicalType.parse(from), LogicalType.parse(to), ENUMS);

        assertThat(found.map(Object::toString).orElse("none")).isEqualTo(limit);
    }

    @Test
    void uniqueConstraintsAndUniqueColumnIndexesCheckForDuplicates() {
        Schema shop = Shop.schema();

        List<RowCheck> unique = RowChecks.of(new AddUnique("orders", Unique.of("uq_orders_total", "total")), shop);
        List<RowCheck> uniqueIndex = RowChecks.of(new CreateIndex("orders", Index.uniqueOn("uq_orders_total", "total")), shop);
        List<RowCheck> plainIndex = RowChecks.of(new CreateIndex("orders", Index.on("idx_orders_total", "total")), shop);

        assertThat(unique).containsExactly(new RowCheck.NoDuplicates("orders", List.of("total"), "uq_orders_total", Optional.empty()));
        assertThat(uniqueIndex).isEqualTo(unique);
        assertThat(plainIndex).isEmpty();
        assertThat(unique.get(0).message().with(2, "9.50"))
                .isEqualTo("cannot add unique uq_orders_total: orders (total) holds 2 duplicated value(s), e.g. \"9.50\"; make them distinct first");
    }
}
