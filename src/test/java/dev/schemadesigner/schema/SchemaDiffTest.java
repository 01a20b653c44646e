package dev.schemadesigner.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDiffTest {

    private static Table tickets() {
        return Table.of("tickets", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("status", LogicalType.enumOf("ticket_status")).withDefault(DefaultValue.text("open")),
                        Column.required("severity", LogicalType.INTEGER).withDefault(DefaultValue.number("1")),
                        Column.optional("owner_id", LogicalType.BIGINT),
                        Column.optional("title", LogicalType.varchar(200))), PrimaryKey.of("id"))
                .withForeignKey(ForeignKey.of("fk_tickets_owner", "owner_id", "users", "id", FkAction.SET_NULL))
                .withIndex(Index.on("ix_tickets_open", "owner_id").withWhere("status = 'open'"))
                .withCheck(new Check("ck_tickets_severity", "severity BETWEEN 1 AND 5"));
    }

    private static Table users() {
        return Table.of("users", List.of(Column.identity("id", LogicalType.BIGINT), Column.required("email", LogicalType.TEXT)), PrimaryKey.of("id"));
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of(EnumType.of("ticket_status", "open", "closed")));
    }

    private static List<String> diff(Table expected, Table actual) {
        return SchemaDiff.between(schema(users(), expected), schema(users(), actual)).differences();
    }

    @Test
    void reportsColumnTypeInWords() {
        assertThat(diff(tickets(), tickets().replaceColumn("severity", c -> c.withType(LogicalType.BIGINT))))
                .containsExactly("table tickets: column severity: type integer expected, bigint found");
    }

    @Test
    void reportsNullability() {
        assertThat(diff(tickets(), tickets().replaceColumn("title", c -> c.withNullable(false))))
                .containsExactly("table tickets: column title: NULL expected, NOT NULL found");
    }

    @Test
    void reportsDefaultButNotItsSpelling() {
        assertThat(diff(tickets(), tickets().replaceColumn("severity", c -> c.withDefault(DefaultValue.number("2")))))
                .containsExactly("table tickets: column severity: default 1 expected, 2 found");
        assertThat(diff(tickets(), tickets().replaceColumn("status", c -> c.withDefault(Optional.empty()))))
                .containsExactly("table tickets: column status: default 'open' expected, none found");
        assertThat(diff(tickets(), tickets().replaceColumn("severity", c -> c.withDefault(DefaultValue.number("1.0"))))).isEmpty();
    }

    @Test
    void reportsMissingAndUnexpectedTables() {
        List<String> differences = SchemaDiff.between(schema(users(), tickets()), schema(users(), tickets().withName("issues"))).differences();

        assertThat(differences).containsExactly("table tickets: missing", "table issues: unexpected");
    }

    @Test
    void reportsMissingAndUnexpectedColumns() {
        assertThat(diff(tickets(), tickets().withoutColumn("title").withColumn(Column.optional("subject", LogicalType.TEXT))))
                .containsExactly("table tickets: column title: missing", "table tickets: column subject: unexpected");
    }

    @Test
    void reportsIndexPredicateButNotItsQuotingOrParentheses() {
        Table changed = tickets().withoutIndex("ix_tickets_open").withIndex(Index.on("ix_tickets_open", "owner_id").withWhere("status = 'closed'"));
        Table reprinted = tickets().withoutIndex("ix_tickets_open").withIndex(Index.on("ix_tickets_open", "owner_id").withWhere("(\"status\" = 'open')"));

        assertThat(diff(tickets(), changed))
                .containsExactly("table tickets: index ix_tickets_open: WHERE status = 'open' expected, status = 'closed' found");
        assertThat(diff(tickets(), reprinted)).isEmpty();
    }

    @Test
    void reportsIndexUniquenessIncludeAndMethod() {
        Index original = tickets().index("ix_tickets_open").orElseThrow();
        Table changed = tickets().withoutIndex("ix_tickets_open")
                .withIndex(original.withUnique(true).withInclude(List.of("title")).withMethod("hash"));

        assertThat(diff(tickets(), changed)).containsExactly(
                "table tickets: index ix_tickets_open: not unique expected, unique found",
                "table tickets: index ix_tickets_open: INCLUDE [] expected, [title] found",
                "table tickets: index ix_tickets_open: method btree expected, hash found");
    }

    @Test
    void reportsForeignKeyAction() {
        ForeignKey fk = tickets().foreignKey("fk_tickets_owner").orElseThrow();
        Table changed = tickets().withoutForeignKey(fk.name()).withForeignKey(fk.withActions(FkAction.CASCADE, FkAction.RESTRICT));

        assertThat(diff(tickets(), changed)).containsExactly(
                "table tickets: foreign key fk_tickets_owner: ON DELETE SET NULL expected, CASCADE found",
                "table tickets: foreign key fk_tickets_owner: ON UPDATE NO ACTION expected, RESTRICT found");
    }

    @Test
    void reportsCheckExpressionButNotItsCase() {
        Table changed = tickets().withoutCheck("ck_tickets_severity").withCheck(new Check("ck_tickets_severity", "severity BETWEEN 1 AND 3"));
        Table reprinted = tickets().withoutCheck("ck_tickets_severity").withCheck(new Check("ck_tickets_severity", "(severity between 1 and 5)"));

        assertThat(diff(tickets(), changed)).containsExactly(
                "table tickets: check ck_tickets_severity: severity BETWEEN 1 AND 5 expected, severity BETWEEN 1 AND 3 found");
        assertThat(diff(tickets(), reprinted)).isEmpty();
    }

    @Test
    void reportsEnumValuesInOrder() {
        Schema expected = schema(users(), tickets());
        Schema actual = expected.withEnums(List.of(EnumType.of("ticket_status", "closed", "open")));

        assertThat(SchemaDiff.between(expected, actual).differences())
                .containsExactly("enum type ticket_status: values [open, closed] expected, [closed, open] found");
    }

    @Test
    void reportsPrimaryKeyAndIdentity() {
        Table changed = tickets().replaceColumn("id", c -> c.withIdentity(false)).withPrimaryKey(Optional.of(PrimaryKey.of("id", "owner_id")));

        assertThat(diff(tickets(), changed)).containsExactly(
                "table tickets: column id: identity expected, no identity found",
                "table tickets: primary key [id] expected, [id, owner_id] found");
    }

    @Test
    void orderOfTablesAndColumnsDoesNotCount() {
        List<Column> columns = new java.util.ArrayList<>(tickets().columns());
        java.util.Collections.reverse(columns);
        Table reordered = tickets().withColumns(columns);

        assertThat(SchemaDiff.between(schema(users(), tickets()), schema(reordered, users())).isEmpty()).isTrue();
    }

    @Test
    void relationshipsCountOnlyWhenBothSidesCarryThem() {
        Relationship owner = new Relationship("owner", "users", false, Optional.of("tickets"), Optional.empty(), Optional.of("selectin"));
        Table withRelationship = tickets().withRelationships(List.of(owner));

        assertThat(diff(withRelationship, tickets())).isEmpty();
        assertThat(diff(withRelationship, tickets().withRelationships(List.of(new Relationship("owner", "users", false,
                Optional.of("tickets"), Optional.empty(), Optional.of("joined")))))).hasSize(1);
    }
}
