package dev.schemadesigner.importer;

import dev.schemadesigner.schema.LogicalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredTypesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "smallint | smallint", "int2 | smallint", "SMALLINT | smallint",
            "integer | integer", "int4 | integer", "int | integer", "INTEGER | integer", "mediumint | integer",
            "bigint | bigint", "int8 | bigint",
            "numeric(12,2) | numeric(12,2)", "NUMERIC(12, 2) | numeric(12,2)", "decimal(10,0) | numeric(10,0)", "decimal(5) | numeric(5,0)",
            "real | double", "double precision | double", "double | double", "float | double", "float8 | double",
            "character varying(10) | string(10)", "varchar(255) | string(255)", "VARCHAR(6) | string(6)",
            "character(3) | string(3)", "char(1) | string(1)", "bpchar | string(1)",
            "text | text", "mediumtext | text", "longtext | text", "TEXT | text",
            "boolean | boolean", "bool | boolean", "BOOLEAN | boolean",
            "date | date", "time | time", "time without time zone | time", "time(6) without time zone | time",
            "timestamp | timestamp", "timestamp without time zone | timestamp", "datetime | timestamp", "DATETIME | timestamp",
            "timestamp(6) without time zone | timestamp",
            "timestamptz | timestamptz", "timestamp with time zone | timestamptz", "timestamp(3) with time zone | timestamptz",
            "TIMESTAMPTZ | timestamptz",
            "uuid | uuid", "UUID | uuid", "json | json", "jsonb | json", "JSON | json",
            "bytea | binary", "blob | binary", "longblob | binary", "BLOB | binary",
    })
    void mapsEachSpellingToItsLogicalType(String declared, String logical) {
        List<String> warnings = new ArrayList<>();
        assertThat(DeclaredTypes.map(declared, "t.c", warnings).describe()).isEqualTo(logical);
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest(name = "{0} → text with a warning")
    @CsvSource({"inet", "text[]", "integer[]", "point", "money", "''", "character varying"})
    void readsTypesOutsideTheModelAsTextWithAWarning(String declared) {
        List<String> warnings = new ArrayList<>();
        assertThat(DeclaredTypes.map(declared, "table t: column c", warnings)).isEqualTo(LogicalType.TEXT);
        assertThat(warnings).singleElement().asString().contains("table t: column c");
    }

    @Test
    void readsNumericWithoutPrecisionAsAWideDecimalWithAWarning() {
        List<String> warnings = new ArrayList<>();
        assertThat(DeclaredTypes.map("numeric", "c", warnings)).isEqualTo(LogicalType.decimal(38, 10));
        assertThat(warnings).hasSize(1);
    }

    @Test
    void readsMariaDbIntegerDisplayWidthsAndEnumValues() {
        List<String> warnings = new ArrayList<>();
        assertThat(MariaDbTypes.map("int(11)", "int", "c", warnings)).isEqualTo(LogicalType.INTEGER);
        assertThat(MariaDbTypes.map("bigint(20)", "bigint", "c", warnings)).isEqualTo(LogicalType.BIGINT);
        assertThat(MariaDbTypes.map("decimal(12,2)", "decimal", "c", warnings)).isEqualTo(LogicalType.decimal(12, 2));
        assertThat(MariaDbTypes.map("timestamp", "timestamp", "c", warnings)).isEqualTo(LogicalType.TIMESTAMP);
        assertThat(warnings).isEmpty();
        assertThat(MariaDbTypes.enumValues("enum('open','it''s','a,b')")).containsExactly("open", "it's", "a,b");
    }
}
