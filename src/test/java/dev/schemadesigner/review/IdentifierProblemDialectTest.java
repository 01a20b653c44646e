package dev.schemadesigner.review;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** identifier-problem reads reserved words and length limits from the dialect the DDL renderer quotes by. */
class IdentifierProblemDialectTest {

    private static List<String> flagged(String dialect, String... columns) {
        List<Column> all = new ArrayList<>(List.of(Column.identity("id", LogicalType.BIGINT)));
        for (String c : columns) all.add(Column.required(c, LogicalType.INTEGER));
        Schema schema = Schema.of(Table.of("readings", all, PrimaryKey.of("id")));
        return new Reviewer().review(ReviewInput.of(schema).withDialect(dialect)).stream()
                .filter(f -> f.rule().equals("identifier-problem")).map(Finding::object).toList();
    }

    @Test
    void aWordMariaDbRefusesAsANameIsReservedOnMariaDbOnly() {
        assertThat(flagged("mariadb", "condition")).containsExactly("readings.condition");
        assertThat(flagged("postgresql", "condition")).isEmpty();
    }

    @Test
    void postgresReservedWordsHoldOnSqliteButSqliteKeywordsItTakesAsNamesDoNot() {
        assertThat(flagged("sqlite", "order")).containsExactly("readings.order");
        assertThat(flagged("sqlite", "action", "key")).isEmpty();
    }
}
