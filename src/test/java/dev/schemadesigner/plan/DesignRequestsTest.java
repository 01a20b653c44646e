package dev.schemadesigner.plan;

import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.schemadesigner.plan.Plans.created;
import static dev.schemadesigner.plan.Plans.createdTables;
import static dev.schemadesigner.plan.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** Design requests on an empty schema: which tables, columns, types and constraints come out. */
class DesignRequestsTest {

    private static final LogicalType TS = PlanningContext.defaults().timestampType();

    @Test
    void onePerTwoThingsMakesTheirKeysUniqueTogetherAndAColumnStaysAColumn() {
        Schema s = plan("a report card per student per term. students (name), terms (name), report_cards (average, remarks)", Schema.EMPTY).result(Schema.EMPTY);
        Table cards = s.requireTable("report_cards");
        assertThat(cards.foreignKeys()).extracting(ForeignKey::referencedTable).contains("students", "terms");
        assertThat(uniqueSets(cards)).contains(java.util.List.of("student_id", "term_id"));

        Schema r = plan("one review per employee per year: reviews (employee_id, year, rating 1-5). employees (name)", Schema.EMPTY).result(Schema.EMPTY);
        assertThat(r.hasTable("years")).isFalse();
        assertThat(uniqueSets(r.requireTable("reviews"))).contains(java.util.List.of("employee_id", "year"));
    }

    @Test
    void aQueryOnAUniqueOrKeyColumnIsServedByTheKeysOwnIndex() {
        Schema s = plan("sessions (token unique, user_id, expires_at), users (email unique). Sessions are looked up by token; users are looked up by email.", Schema.EMPTY)
                .result(Schema.EMPTY);
        assertThat(uniqueSets(s.requireTable("sessions"))).contains(List.of("token"));
        assertThat(s.requireTable("sessions").indexes()).noneMatch(ix -> ix.leadsWith(List.of("token")) && !ix.unique());
        assertThat(s.requireTable("users").indexes()).noneMatch(ix -> ix.leadsWith(List.of("email")) && !ix.unique());
    }

    @Test
    void aFlagNamedInAListIsABoolean() {
        Schema s = plan("Design a schema for blog posts with a title, a published flag, a publish date and tags", Schema.EMPTY).result(Schema.EMPTY);
        Column flag = s.requireTable("posts").columns().stream().filter(c -> c.name().startsWith("published")).findFirst().orElseThrow();
        assertThat(flag.type()).isEqualTo(LogicalType.BOOLEAN);
        assertThat(flag.nullable()).isFalse();
    }

    private static java.util.List<java.util.List<String>> uniqueSets(Table t) {
        java.util.List<java.util.List<String>> out = new java.util.ArrayList<>(t.uniques().stream().map(Unique::columns).toList());
        t.indexes().stream().filter(Index::unique).forEach(ix -> out.add(ix.keys().stream()
                .map(k -> k instanceof dev.schemadesigner.schema.IndexKey.ColumnKey c ? c.column() : k.toString()).toList()));
        return out;
    }

    @Test
    void aRoleNamedKeyPointsToItsEntityAndToItsOwnTableAsAnOptionalSelfReference() {
        Schema s = plan("accounts (iban unique), transfers (from_account_id, to_account_id, amount), tasks (title, parent_task_id)", Schema.EMPTY).result(Schema.EMPTY);
        assertThat(s.requireTable("transfers").foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("accounts", "accounts");
        assertThat(s.requireTable("tasks").foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("tasks");
        assertThat(s.requireTable("tasks").column("parent_task_id").orElseThrow().nullable()).isTrue();
    }

    @Test
    void blogWithPostsCommentsAndTagsGetsAuthorsAndAJoinTableKeyedByThePair() {
        Plan plan = plan("Create a database model for a blog with posts, comments and tags", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("users", "posts", "comments", "tags", "post_tags");
        Table postTags = created(plan, "post_tags");
        assertThat(postTags.foreignKeys()).containsExactly(
                ForeignKey.of("fk_post_tags_post_id", "post_id", "posts", "id", FkAction.CASCADE),
                ForeignKey.of("fk_post_tags_tag_id", "tag_id", "tags", "id", FkAction.CASCADE));
        assertThat(postTags.primaryKey()).contains(PrimaryKey.of("post_id", "tag_id"));
        assertThat(postTags.hasColumn("id")).isFalse();
        assertThat(postTags.indexes()).extracting(Index::name).containsExactly("idx_post_tags_tag_id");
        assertThat(created(plan, "comments").foreignKeys()).contains(ForeignKey.of("fk_comments_post_id", "post_id", "posts", "id", FkAction.CASCADE));
    }

    @Test
    void onlineShopListCreatesParentsBeforeChildren() {
        Plan plan = plan("tables for an online shop: customers, orders, order items, products", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("customers", "orders", "products", "order_items");
        Table items = created(plan, "order_items");
        assertThat(items.column("quantity")).contains(Column.required("quantity", LogicalType.INTEGER).withDefault(DefaultValue.number("1")));
        assertThat(items.checks()).contains(new Check("ck_order_items_quantity", "quantity > 0"), new Check("ck_order_items_unit_price", "unit_price >= 0"));
        assertThat(items.foreignKeys()).contains(ForeignKey.of("fk_order_items_order_id", "order_id", "orders", "id", FkAction.CASCADE));
        assertThat(created(plan, "products").hasColumn("category_id")).isFalse();
    }

    @Test
    void orderStatusBecomesAnEnumTypeWithItsFirstValueAsDefault() {
        Plan plan = plan("tables for an online shop: customers, orders", Schema.EMPTY);

        assertThat(plan.changes().ops()).contains(new CreateEnum(EnumType.of("order_status", "pending", "paid", "shipped", "delivered", "cancelled")));
        assertThat(created(plan, "orders").column("status")).contains(
                Column.required("status", LogicalType.enumOf("order_status")).withDefault(DefaultValue.text("pending")));
    }

    @Test
    void columnListInfersTypesChecksUniquesAndEnums() {
        Plan plan = plan("Create a tickets table with subject, severity 1-10, status: open, pending, closed, email, unique and notes", Schema.EMPTY);

        Table t = created(plan, "tickets");
        assertThat(t.columns()).extracting(Column::name).containsExactly("id", "subject", "severity", "status", "email", "notes", "created_at", "updated_at");
        assertThat(t.column("severity")).contains(Column.required("severity", LogicalType.INTEGER));
        assertThat(t.checks()).containsExactly(new Check("ck_tickets_severity", "severity BETWEEN 1 AND 10"));
        assertThat(t.column("email")).contains(Column.required("email", LogicalType.varchar(255)));
        assertThat(t.uniques()).containsExactly(Unique.of("uq_tickets_email", "email"));
        assertThat(t.column("notes")).contains(Column.optional("notes", LogicalType.TEXT));
        assertThat(plan.changes().ops()).contains(new CreateEnum(EnumType.of("ticket_status", "open", "pending", "closed")));
    }

    @Test
    void priceIsMoneyWithANonNegativeCheck() {
        Table t = created(plan("Add a products table with name, price and is_featured", Schema.EMPTY), "products");

        assertThat(t.column("price")).contains(Column.required("price", LogicalType.decimal(12, 2)));
        assertThat(t.checks()).containsExactly(new Check("ck_products_price", "price >= 0"));
        assertThat(t.column("is_featured")).contains(Column.required("is_featured", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(false)));
    }

    @Test
    void timestampsDatesCountsAndTextFollowTheirNames() {
        Table t = created(plan("Add a table for warranties with serial number, purchase date, expires_at, claim_count, description and active", Schema.EMPTY), "warranties");

        assertThat(t.column("purchase_date")).contains(Column.optional("purchase_date", LogicalType.DATE));
        assertThat(t.column("expires_at")).contains(Column.optional("expires_at", TS));
        assertThat(t.column("claim_count")).contains(Column.required("claim_count", LogicalType.INTEGER).withDefault(DefaultValue.number("0")));
        assertThat(t.column("description")).contains(Column.optional("description", LogicalType.TEXT));
        assertThat(t.column("active")).contains(Column.required("active", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(true)));
        assertThat(t.checks()).contains(new Check("ck_warranties_claim_count", "claim_count >= 0"));
    }

    @Test
    void explicitTypesWin() {
        Table t = created(plan("add a table to track shipments with carrier, weight as numeric(10,3) and label string(40)", Schema.EMPTY), "shipments");

        assertThat(t.column("weight")).map(Column::type).contains(LogicalType.decimal(10, 3));
        assertThat(t.column("label")).map(Column::type).contains(LogicalType.varchar(40));
    }

    @Test
    void createdByReferencesUsersAndBringsTheUsersTable() {
        Plan plan = plan("a projects table with name and created by", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("users", "projects");
        Table t = created(plan, "projects");
        assertThat(t.foreignKeys()).containsExactly(ForeignKey.of("fk_projects_created_by_id", "created_by_id", "users", "id", FkAction.RESTRICT));
        assertThat(t.indexes()).containsExactly(Index.on("idx_projects_created_by_id", "created_by_id"));
    }

    @Test
    void idColumnReferencesAnExistingTable() {
        Schema shop = plan("tables for an online shop: products", Schema.EMPTY).result(Schema.EMPTY);

        Plan plan = plan("Add a table for warranties with serial number and product_id", shop);

        assertThat(createdTables(plan)).containsExactly("warranties");
        assertThat(created(plan, "warranties").foreignKeys()).containsExactly(
                ForeignKey.of("fk_warranties_product_id", "product_id", "products", "id", FkAction.RESTRICT));
        assertThat(plan.backReferences()).extracting(BackReference::table).containsExactly("products");
    }

    @Test
    void parenthesisedValuesMakeAnEnum() {
        Plan plan = plan("a projects table with name and priority (low, normal, high)", Schema.EMPTY);

        assertThat(plan.changes().ops()).contains(new CreateEnum(EnumType.of("project_priority", "low", "normal", "high")));
        assertThat(created(plan, "projects").column("priority")).map(Column::type).contains(LogicalType.enumOf("project_priority"));
    }

    @Test
    void eachHasManyMakesAnOwnedChild() {
        Plan plan = plan("Design a schema where each author has many books", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("authors", "books");
        Table books = created(plan, "books");
        assertThat(books.column("author_id")).contains(Column.required("author_id", LogicalType.INTEGER));
        assertThat(books.foreignKeys()).containsExactly(ForeignKey.of("fk_books_author_id", "author_id", "authors", "id", FkAction.CASCADE));
        assertThat(books.indexes()).containsExactly(Index.on("idx_books_author_id", "author_id"));
        assertThat(created(plan, "authors").relationships()).containsExactly(
                new Relationship("books", "books", true, Optional.of("author"), Optional.of("all, delete-orphan"), Optional.empty()));
        assertThat(books.relationships()).containsExactly(
                new Relationship("author", "authors", false, Optional.of("books"), Optional.empty(), Optional.empty()));
    }

    @Test
    void belongsToLinksCatalogueEntities() {
        Plan plan = plan("orders belong to customers; customers have many addresses", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("customers", "orders", "addresses");
        assertThat(created(plan, "addresses").foreignKeys()).containsExactly(
                ForeignKey.of("fk_addresses_customer_id", "customer_id", "customers", "id", FkAction.CASCADE));
    }

    @Test
    void mayBelongToIsAnOptionalReference() {
        Plan plan = plan("Design a schema for notes. A note may belong to a folder", Schema.EMPTY);

        Table notes = created(plan, "notes");
        assertThat(notes.column("folder_id")).contains(Column.optional("folder_id", LogicalType.INTEGER));
        assertThat(notes.foreignKeys()).containsExactly(ForeignKey.of("fk_notes_folder_id", "folder_id", "folders", "id", FkAction.SET_NULL));
    }

    @Test
    void manyToManySentenceMakesAJoinTableKeyedByThePair() {
        Plan plan = plan("students and courses are many-to-many", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("students", "courses", "student_courses");
        assertThat(created(plan, "student_courses").primaryKey()).contains(PrimaryKey.of("student_id", "course_id"));
    }

    @Test
    void repliesToACommentIsASelfReference() {
        Plan plan = plan("Create a blog with posts and comments. Comments can reply to a comment", Schema.EMPTY);

        Table comments = created(plan, "comments");
        assertThat(comments.column("parent_id")).contains(Column.optional("parent_id", LogicalType.INTEGER));
        assertThat(comments.foreignKeys()).contains(ForeignKey.of("fk_comments_parent_id", "parent_id", "comments", "id", FkAction.CASCADE));
        assertThat(comments.indexes()).contains(Index.on("idx_comments_parent_id", "parent_id"));
        assertThat(comments.relationships()).contains(
                new Relationship("parent", "comments", false, Optional.of("replies"), Optional.empty(), Optional.empty()),
                new Relationship("replies", "comments", true, Optional.of("parent"), Optional.of("all, delete-orphan"), Optional.empty()));
    }

    @Test
    void employeesWithAManagerReferenceThemselvesWithSetNull() {
        Plan plan = plan("Create tables for employees and departments. Employees have a manager", Schema.EMPTY);

        assertThat(created(plan, "employees").foreignKeys()).contains(
                ForeignKey.of("fk_employees_manager_id", "manager_id", "employees", "id", FkAction.SET_NULL));
    }

    @Test
    void declaredQueryAddsAPatternAndACompositeIndex() {
        Plan plan = plan("Create a tickets table with category, severity 1-5 and title. We list tickets by category and severity", Schema.EMPTY);

        assertThat(plan.queryPatterns()).contains("SELECT * FROM tickets WHERE category = ? ORDER BY severity");
        assertThat(plan.changes().apply(Schema.EMPTY).requireTable("tickets").indexes()).contains(Index.on("idx_tickets_category_severity", "category", "severity"));
    }

    @Test
    void painPointQueryDeclarationOnTheBundledProjectAddsItsIndex() {
        Plan plan = plan("Design database schema for pain point tracking. We list pain points by category and severity",
                BundledProject.schema(), BundledProject.context());

        assertThat(plan.queryPatterns()).contains("SELECT * FROM pain_points WHERE category = ? ORDER BY severity");
        assertThat(plan.changes().apply(BundledProject.schema()).requireTable("pain_points").indexes())
                .contains(Index.on("idx_pain_points_category_severity", "category", "severity"));
    }

    @Test
    void bundledProjectTimestampsStayWithoutTimeZone() {
        Plan plan = plan("Add a table for escalations with feedback_id, reason and escalated_at", BundledProject.schema(), BundledProject.context());

        Table t = created(plan, "escalations");
        assertThat(t.column("escalated_at")).map(Column::type).contains(LogicalType.TIMESTAMP);
        assertThat(t.foreignKeys()).containsExactly(ForeignKey.of("fk_escalations_feedback_id", "feedback_id", "feedback_analysis", "id", FkAction.RESTRICT));
    }

    @Test
    void idColumnOfAnEntityNotInTheSchemaStaysAPlainInteger() {
        Table t = created(plan("Create a tickets table with subject and customer_id", Schema.EMPTY), "tickets");

        assertThat(t.column("customer_id")).contains(Column.required("customer_id", LogicalType.INTEGER));
        assertThat(t.foreignKeys()).isEmpty();
    }

    @Test
    void idColumnReferencesATableOfTheSameRequestByTheUsersName() {
        Plan plan = plan("Create a vendors table with name and email. Create a contracts table with vendor_id, starts_on and amount", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("vendors", "contracts");
        assertThat(created(plan, "contracts").foreignKeys()).containsExactly(
                ForeignKey.of("fk_contracts_vendor_id", "vendor_id", "vendors", "id", FkAction.RESTRICT));
    }

    @Test
    void explicitTableNameIsKeptWhileTheCatalogueSynonymSuppliesTheColumns() {
        Plan plan = plan("Create a vendors table", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("vendors");
        assertThat(created(plan, "vendors").columns()).extracting(Column::name).containsExactly("id", "name", "email", "phone", "created_at", "updated_at");
    }

    @Test
    void tableCalledBySynonymKeepsTheUsersName() {
        Plan plan = plan("Create a table called vendors", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("vendors");
    }

    @Test
    void catalogueNameIsUsedWhenTheUserNamesNoTable() {
        Plan plan = plan("We need to track vendors", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("suppliers");
    }

    @Test
    void domainListOfUnknownEntitiesStartsEachWithAName() {
        Plan plan = plan("Design a schema for a library: books, authors and loans", Schema.EMPTY);

        assertThat(createdTables(plan)).containsExactly("books", "authors", "loans");
        assertThat(created(plan, "loans").columns()).extracting(Column::name).containsExactly("id", "name", "created_at", "updated_at");
    }

    @Test
    void existingTableIsNotCreatedAgain() {
        Schema shop = plan("tables for an online shop: customers", Schema.EMPTY).result(Schema.EMPTY);

        Plan plan = plan("tables for an online shop: customers, carts", shop);

        assertThat(createdTables(plan)).containsExactly("carts");
    }

    @Test
    void aTableNamedForSomethingKeepsTheUsersNameAndItsLinkNotACatalogueTableSharingAWord() {
        for (String message : List.of("Add new table for customer notes linked to feedback_analysis",
                "create a customer_notes table that references feedback_analysis", "customer_notes references feedback_analysis")) {
            Plan plan = plan(message, BundledProject.schema(), BundledProject.context());
            Schema after = plan.changes().apply(BundledProject.schema());

            assertThat(Plans.createdTables(plan)).as(message).containsExactly("customer_notes");
            assertThat(after.requireTable("customer_notes").foreignKeys()).as(message)
                    .singleElement().satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("feedback_analysis"));
        }
        Plan unknown = plan("Add a table for customer warranties", BundledProject.schema(), BundledProject.context());
        assertThat(unknown.question()).hasValueSatisfying(q -> assertThat(q.text()).isEqualTo("Which columns should customer_warranties have?"));
    }
}
