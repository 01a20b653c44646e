package dev.schemadesigner.plan;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The corpus scorer's expectation lines, each kind shown met and unmet on a hand-built schema. */
class CorpusExpectationTest {

    private static final Schema SCHEMA = new Schema(List.of(
            Table.of("owners", List.of(
                    Column.identity("id", LogicalType.INTEGER),
                    Column.required("name", LogicalType.varchar(100)),
                    Column.required("email", LogicalType.varchar(255)),
                    Column.optional("phone", LogicalType.varchar(30)),
                    Column.required("active", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(true)),
                    Column.required("tier", LogicalType.varchar(10)).withDefault(DefaultValue.text("basic")),
                    Column.required("created_at", LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now())), PrimaryKey.of("id"))
                    .withUnique(Unique.of("uq_owners_email", "email")),
            Table.of("pets", List.of(
                    Column.identity("id", LogicalType.INTEGER),
                    Column.required("owner_id", LogicalType.INTEGER),
                    Column.required("species", LogicalType.varchar(10)),
                    Column.optional("weight_kg", LogicalType.decimal(6, 2)),
                    Column.required("score", LogicalType.INTEGER).withDefault(DefaultValue.number("5")),
                    Column.optional("born_on", LogicalType.DATE),
                    Column.optional("meta", LogicalType.JSON),
                    Column.optional("notes", LogicalType.TEXT)), PrimaryKey.of("id"))
                    .withForeignKey(ForeignKey.of("fk_pets_owner_id", "owner_id", "owners", "id", FkAction.CASCADE))
                    .withCheck(new Check("ck_pets_species", "species IN ('dog', 'cat', 'Bird')"))
                    .withCheck(new Check("ck_pets_weight_kg", "weight_kg > 0"))
                    .withCheck(new Check("ck_pets_score", "score BETWEEN 1 AND 10"))
                    .withIndex(Index.on("ix_pets_owner_born", "owner_id", "born_on"))
                    .withIndex(Index.on("ix_pets_heavy", "weight_kg").withWhere("weight_kg > 40")),
            Table.of("visits", List.of(
                    Column.required("pet_id", LogicalType.INTEGER),
                    Column.required("day", LogicalType.DATE),
                    Column.required("vet", LogicalType.varchar(50)),
                    Column.required("status", LogicalType.enumOf("visit_status")),
                    Column.required("fee_cents", LogicalType.BIGINT)), PrimaryKey.of("pet_id", "day"))
                    .withUnique(Unique.of("uq_visits_pet_vet", "pet_id", "vet"))),
            List.of(EnumType.of("visit_status", "open", "closed")));

    private static final Plan PLAN = new Plan(ChangeSet.of(), List.of(), "hand-built", Optional.empty(), List.of());

    @ParameterizedTest(name = "met: {0}")
    @ValueSource(strings = {
            "no-question", "table owners", "no-table vets", "column pets.born_on", "not-null owners.name", "nullable owners.phone",
            "unique owners.email", "unique owners.id", "unique (visits.vet, visits.pet_id)", "pk visits (pet_id, day)",
            "fk pets.owner_id -> owners", "fk pets.* -> owners", "check pets.score 1..10", "check pets.score 1..", "check pets.score ..10", "check pets.weight_kg >0",
            "enum pets.species = cat, dog, Bird", "enum visits.status = open, closed", "default owners.active = true",
            "default owners.tier = basic", "default pets.score = 5", "default owners.created_at = now", "type pets.born_on date",
            "type pets.weight_kg numeric", "type visits.fee_cents money-ish", "type visits.fee_cents bigint", "type pets.score integer", "type visits.fee_cents integer",
            "type pets.notes text", "type owners.name varchar", "type owners.name string", "type pets.meta json", "type owners.active boolean",
            "type owners.created_at timestamp", "index pets (owner_id)", "index pets (owner_id, born_on)", "index visits (pet_id, vet)",
            "partial-index pets (weight_kg) where"})
    void metLines(String line) {
        assertThat(CorpusExpectation.parse(line).unmet(PLAN, SCHEMA)).isEmpty();
    }

    @ParameterizedTest(name = "unmet: {0} — {1}")
    @CsvSource(delimiter = '|', value = {
            "question|a plan of 0 changes", "table vets|no table vets", "no-table pets|was created", "column pets.colour|no column pets.colour",
            "not-null owners.phone|nullable", "nullable owners.name|NOT NULL", "unique owners.name|unique sets", "unique (visits.vet, visits.day)|unique sets",
            "pk visits (day, pet_id)|primary key [pet_id, day]", "fk visits.pet_id -> pets|foreign keys []", "fk pets.owner_id -> pets|foreign keys", "fk owners.* -> pets|foreign keys []",
            "check pets.score 0..10|0 rejected", "check pets.score 1..11|11 rejected", "check pets.score 2..|1 accepted", "check pets.weight_kg 0..|0 rejected",
            "check owners.name 1..|no CHECK names name", "enum pets.species = cat, dog, bird|values", "enum pets.species = cat, dog|values",
            "enum owners.tier = basic, pro|without an enum", "default owners.active = false|default true", "default owners.phone = x|no default",
            "default pets.score = 6|default 5", "default owners.tier = now|default 'basic'", "type pets.born_on timestamp|date",
            "type pets.weight_kg float|numeric(6,2)", "type pets.score bigint|integer", "type owners.name text|string(100)",
            "index pets (born_on)|indexes", "index visits (day)|indexes", "partial-index pets (owner_id) where|indexes"})
    void unmetLinesSayWhatWasThereInstead(String line, String instead) {
        Optional<String> unmet = CorpusExpectation.parse(line).unmet(PLAN, SCHEMA);
        assertThat(unmet).hasValueSatisfying(s -> assertThat(s).contains(instead));
    }

    @Test
    void aQuestionMeetsOnlyTheQuestionLine() {
        Plan asking = Plan.asking(new Question("Which things should it store?", "tables for a shop"), "vague");
        assertThat(CorpusExpectation.parse("question").unmet(asking, Schema.EMPTY)).isEmpty();
        assertThat(CorpusExpectation.parse("no-question").unmet(asking, Schema.EMPTY)).hasValueSatisfying(s -> assertThat(s).contains("Which things"));
        assertThat(CorpusExpectation.parse("table owners").unmet(asking, Schema.EMPTY)).hasValueSatisfying(s -> assertThat(s).startsWith("a question"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tables owners", "check pets.score 1-10", "type pets.score int", "enum pets.species = ", "index pets (a) where",
            "unique (owners.email, pets.id)", "fk pets.owner_id owners"})
    void malformedLinesAreCorpusErrors(String line) {
        assertThatThrownBy(() -> CorpusExpectation.parse(line)).isInstanceOf(IllegalArgumentException.class);
    }
}
