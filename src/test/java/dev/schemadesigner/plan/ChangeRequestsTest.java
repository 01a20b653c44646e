package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
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

import java.util.List;
import java.util.Optional;

import static dev.schemadesigner.plan.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** Change requests against an existing schema: the operations they become. */
class ChangeRequestsTest {

    private static final Schema SHOP = schema();

    private static Schema schema() {
        List<Column> base = PlanningContext.defaults().baseColumns();
        Table customers = Table.of("customers", List.of(base.get(0), Column.required("email", LogicalType.varchar(255)),
                Column.optional("category", LogicalType.varchar(50)), base.get(1), base.get(2)), PrimaryKey.of("id"));
        Table orders = Table.of("orders", List.of(base.get(0), Column.optional("customer_id", LogicalType.INTEGER),
                Column.required("price", LogicalType.decimal(12, 2)), Column.optional("legacy_flag", LogicalType.BOOLEAN), base.get(1), base.get(2)),
                PrimaryKey.of("id")).withIndex(Index.on("idx_orders_legacy_flag", "legacy_flag"));
        Table tickets = Table.of("tickets", List.of(base.get(0), Column.required("title", LogicalType.varchar(200)),
                Column.required("status", LogicalType.varchar(20)), base.get(1), base.get(2)), PrimaryKey.of("id"));
        return Schema.of(customers, orders, tickets);
    }

    @Test
    void notNullColumnOnAnExistingTableGetsADefault() {
        Plan plan = plan("add a NOT NULL priority column to tickets", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new CreateEnum(EnumType.of("ticket_priority", "low", "medium", "high", "urgent")),
                new AddColumn("tickets", Column.required("priority", LogicalType.enumOf("ticket_priority")).withDefault(DefaultValue.text("medium"))));
    }

    @Test
    void columnWithoutTableGoesToTheMostRecentTable() {
        Plan plan = plan("now add a due_at column", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new AddColumn("tickets", Column.optional("due_at", LogicalType.TIMESTAMPTZ)));
    }

    @Test
    void columnWithoutTableGoesToTheFocusTable() {
        Plan plan = new RulePlanner().plan(new PlanRequest("add a notes column", SHOP, PlanningContext.defaults().withFocusTable("orders")));

        assertThat(plan.changes().ops()).containsExactly(new AddColumn("orders", Column.optional("notes", LogicalType.TEXT)));
    }

    @Test
    void columnWithoutTableSkipsAnAssociationTable() {
        Schema blog = Plans.plan("Create a database model for a blog with posts, comments and tags", Schema.EMPTY).result(Schema.EMPTY);

        Plan plan = plan("add a color column", blog);

        assertThat(plan.changes().ops()).containsExactly(new AddColumn("tags", Column.optional("color", LogicalType.varchar(255))));
    }

    @Test
    void columnAfterADesignInTheSameMessageGoesToTheLastRequestedTable() {
        Plan plan = plan("Create a blog with posts and tags. Add a subtitle column", Schema.EMPTY);

        assertThat(plan.changes().ops().get(plan.changes().ops().size() - 1))
                .isEqualTo(new AddColumn("tags", Column.optional("subtitle", LogicalType.varchar(255))));
    }

    @Test
    void requiredIntegerWithARangeDefaultsToItsLowerBound() {
        Plan plan = plan("add a required rating column to orders", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new AddColumn("orders", Column.required("rating", LogicalType.INTEGER).withDefault(DefaultValue.number("1"))),
                new AddCheck("orders", new Check("ck_orders_rating", "rating BETWEEN 1 AND 5"), true));
    }

    @Test
    void dropColumnDropsItsIndexFirst() {
        Plan plan = plan("drop the legacy_flag column", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new DropIndex("orders", "idx_orders_legacy_flag", true), new DropColumn("orders", "legacy_flag"));
    }

    @Test
    void renameColumnInANamedTable() {
        Plan plan = plan("rename title to subject in tickets", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new RenameColumn("tickets", "title", "subject"));
    }

    @Test
    void renameColumnCarriesItsCheckAlong() {
        Schema withCheck = SHOP.replaceTable("orders", t -> t.withCheck(new Check("ck_orders_price", "price >= 0")));

        Plan plan = plan("rename the price column to unit_price", withCheck);

        assertThat(plan.changes().ops()).containsExactly(
                new DropConstraint("orders", "ck_orders_price"),
                new RenameColumn("orders", "price", "unit_price"),
                new AddCheck("orders", new Check("ck_orders_unit_price", "unit_price >= 0")));
    }

    @Test
    void setColumnToRequiredInANamedTable() {
        Plan plan = plan("set category in customers to required, existing rows become 'retail'", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                dev.schemadesigner.change.DataMigration.portable("backfill customers.category where it is NULL",
                        "UPDATE customers SET category = 'retail' WHERE category IS NULL", null),
                new AlterColumn("customers", "category", LogicalType.varchar(50), false, Optional.empty()));
    }

    @Test
    void alreadyUniqueIsNotAddedTwice() {
        Schema unique = SHOP.replaceTable("customers", t -> t.withUnique(Unique.of("uq_customers_email", "email")));

        Plan plan = plan("make the email column unique in customers", unique);

        assertThat(plan.question()).isEmpty();
        assertThat(plan.changes().isEmpty()).isTrue();
        assertThat(plan.rationale()).contains("already unique");
    }

    @Test
    void addWithoutTheWordColumn() {
        Plan plan = plan("add loyalty_points to customers", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new AddColumn("customers", Column.required("loyalty_points", LogicalType.INTEGER).withDefault(DefaultValue.number("0"))),
                new AddCheck("customers", new Check("ck_customers_loyalty_points", "loyalty_points >= 0"), true));
    }

    @Test
    void renameTable() {
        Plan plan = plan("rename table tickets to support_tickets", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new RenameTable("tickets", "support_tickets"));
    }

    @Test
    void makeEmailUniqueFindsTheTableThatHasIt() {
        Plan plan = plan("make email unique", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new AddUnique("customers", Unique.of("uq_customers_email", "email")));
    }

    @Test
    void makeCategoryNotNullWithoutARuleForExistingRowsAsksForOneAndOffersIt() {
        Plan plan = plan("make category NOT NULL", SHOP);

        // existing rows may hold NULL: the question says so and offers the change with a rule, instead of failing on the database
        assertThat(plan.changes().isEmpty()).isTrue();
        assertThat(plan.question()).hasValueSatisfying(q -> {
            assertThat(q.text()).contains("make customers.category NOT NULL", "may hold NULL");
            assertThat(q.assumedRequest()).isEqualTo("make customers.category NOT NULL, existing rows become 'unknown'");
        });
    }

    @Test
    void compositeIndexOnNamedColumns() {
        Plan plan = plan("add an index on (customer_id, created_at)", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new CreateIndex("orders", Index.on("idx_orders_customer_id_created_at", "customer_id", "created_at"), true));
    }

    @Test
    void foreignKeyFromQualifiedColumnAddsKeyIndexAndBothRelationshipSides() {
        Plan plan = plan("add a foreign key from orders.customer_id to customers", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new AddForeignKey("orders", ForeignKey.of("fk_orders_customer_id", "customer_id", "customers", "id", FkAction.RESTRICT), true),
                new CreateIndex("orders", Index.on("idx_orders_customer_id", "customer_id"), true));
        Schema after = plan.result(SHOP);
        assertThat(after.requireTable("orders").relationships()).extracting(r -> r.name() + "<->" + r.backPopulates().orElse("")).containsExactly("customer<->orders");
        assertThat(after.requireTable("customers").relationships()).extracting(r -> r.name() + "<->" + r.backPopulates().orElse("")).containsExactly("orders<->customer");
    }

    @Test
    void foreignKeyWithCascade() {
        Plan plan = plan("orders.customer_id references customers on delete cascade", SHOP);

        assertThat(plan.changes().ops().get(0)).isEqualTo(
                new AddForeignKey("orders", ForeignKey.of("fk_orders_customer_id", "customer_id", "customers", "id", FkAction.CASCADE), true));
    }

    @Test
    void changeColumnType() {
        Plan plan = plan("change price to numeric(10,2)", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new AlterColumn("orders", "price", LogicalType.decimal(10, 2), false, Optional.empty()));
    }

    @Test
    void checkFromMustBeBetween() {
        Plan plan = plan("add a rating column to orders. rating must be between 1 and 10", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new AddColumn("orders", Column.required("rating", LogicalType.INTEGER).withDefault(DefaultValue.number("1"))),
                new AddCheck("orders", new Check("ck_orders_rating", "rating BETWEEN 1 AND 5"), true),
                new DropConstraint("orders", "ck_orders_rating"),
                new AddCheck("orders", new Check("ck_orders_rating", "rating BETWEEN 1 AND 10"), true));
    }

    @Test
    void addQualifiedColumnWithType() {
        Plan plan = plan("add tickets.external_ref as string(64)", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new AddColumn("tickets", Column.optional("external_ref", LogicalType.varchar(64))));
    }

    @Test
    void dropIndexByName() {
        Plan plan = plan("drop the index idx_orders_legacy_flag", SHOP);

        assertThat(plan.changes().ops()).containsExactly(new DropIndex("orders", "idx_orders_legacy_flag", true));
    }

    @Test
    void indexOnAParenthesisedListWithAnUnknownColumnAsksInsteadOfDroppingIt() {
        Plan plan = plan("add an index on orders (no_such_column, created_at)", SHOP);

        assertThat(plan.question()).hasValueSatisfying(q -> assertThat(q.text()).contains("orders has no column no_such_column"));
        assertThat(plan.changes().isEmpty()).isTrue();
    }

    @Test
    void unknownColumnAsksWhichTableIsMeant() {
        Plan plan = plan("drop the nonexistent_thing column", SHOP);

        assertThat(plan.question()).isPresent();
        assertThat(plan.changes().isEmpty()).isTrue();
    }

    @Test
    void hasManyOnExistingTablesAddsANullableReference() {
        Plan plan = plan("each customer has many tickets", SHOP);

        assertThat(plan.changes().ops()).containsExactly(
                new AddColumn("tickets", Column.optional("customer_id", LogicalType.INTEGER)),
                new AddForeignKey("tickets", ForeignKey.of("fk_tickets_customer_id", "customer_id", "customers", "id", FkAction.SET_NULL), true),
                new CreateIndex("tickets", Index.on("idx_tickets_customer_id", "customer_id"), true));
    }
}
