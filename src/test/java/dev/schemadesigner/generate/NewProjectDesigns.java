package dev.schemadesigner.generate;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropEnum;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Optional;

/** Designs for a project with no tables and no migration history: the Alembic environment is generated too. */
public final class NewProjectDesigns {
    private NewProjectDesigns() {}

    public static List<Design> all() {
        return List.of(blog(), shop(), categoryTree(), auditedDocuments(), deviceTypes(), enrollments(), userProfiles(),
                transfers(), searchIndexes(), ticketsWithLateColumn(), undoneRelations(), existingWithoutHistory(), bigIntegerKeys());
    }

    public static Design blog() {
        var authors = Tables.based("authors").required("email", LogicalType.varchar(255)).required("display_name", LogicalType.varchar(100))
                .unique("uq_authors_email", "email").build();
        var posts = Tables.based("posts").required("author_id", LogicalType.INTEGER).required("title", LogicalType.varchar(200))
                .required("body", LogicalType.TEXT).col(Column.required("published", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(false)))
                .fk(ForeignKey.of("fk_posts_author_id_authors", "author_id", "authors", "id", FkAction.CASCADE))
                .index(Index.on("idx_posts_author_id_created_at", "author_id", "created_at")).build();
        var comments = Tables.based("comments").required("post_id", LogicalType.INTEGER).optional("author_id", LogicalType.INTEGER)
                .required("body", LogicalType.TEXT).required("rating", LogicalType.SMALLINT)
                .fk(ForeignKey.of("fk_comments_post_id_posts", "post_id", "posts", "id", FkAction.CASCADE))
                .fk(ForeignKey.of("fk_comments_author_id_authors", "author_id", "authors", "id", FkAction.SET_NULL))
                .check("ck_comments_rating_range", "rating BETWEEN 1 AND 5")
                .index(Index.on("idx_comments_post_id", "post_id")).index(Index.on("idx_comments_author_id", "author_id")).build();
        return Design.fresh("blog", ChangeSet.of(new CreateTable(authors), new CreateTable(posts), new CreateTable(comments)));
    }

    public static Design shop() {
        var products = Tables.based("products").required("sku", LogicalType.varchar(32)).required("name", LogicalType.varchar(200))
                .required("price", LogicalType.decimal(10, 2)).col(Column.required("stock", LogicalType.INTEGER).withDefault(DefaultValue.number("0")))
                .unique("uq_products_sku", "sku").check("ck_products_price_positive", "price >= 0").check("ck_products_stock_positive", "stock >= 0").build();
        var orders = Tables.based("orders").required("customer_email", LogicalType.varchar(255))
                .col(Column.required("status", LogicalType.enumOf("order_status")).withDefault(DefaultValue.text("pending")))
                .required("placed_at", LogicalType.TIMESTAMPTZ)
                .index(Index.on("idx_orders_status", "status")).index(Index.on("idx_orders_customer_email_placed_at", "customer_email", "placed_at")).build();
        var items = Tables.based("order_items").required("order_id", LogicalType.INTEGER).required("product_id", LogicalType.INTEGER)
                .required("quantity", LogicalType.INTEGER).required("unit_price", LogicalType.decimal(10, 2))
                .fk(ForeignKey.of("fk_order_items_order_id_orders", "order_id", "orders", "id", FkAction.CASCADE))
                .fk(ForeignKey.of("fk_order_items_product_id_products", "product_id", "products", "id", FkAction.RESTRICT))
                .unique("uq_order_items_order_id_product_id", "order_id", "product_id")
                .check("ck_order_items_quantity_positive", "quantity > 0")
                .index(Index.on("idx_order_items_product_id", "product_id")).build();
        return Design.fresh("shop", ChangeSet.of(new CreateEnum(EnumType.of("order_status", "pending", "paid", "shipped", "cancelled")),
                new CreateTable(products), new CreateTable(orders), new CreateTable(items)));
    }

    public static Design categoryTree() {
        var categories = Tables.based("categories").required("slug", LogicalType.varchar(80)).required("title", LogicalType.varchar(120))
                .optional("parent_id", LogicalType.INTEGER)
                .fk(ForeignKey.of("fk_categories_parent_id_categories", "parent_id", "categories", "id", FkAction.SET_NULL))
                .unique("uq_categories_slug", "slug").index(Index.on("idx_categories_parent_id", "parent_id")).build();
        return Design.fresh("category_tree", ChangeSet.of(new CreateTable(categories)));
    }

    public static Design auditedDocuments() {
        var docs = Tables.based("documents").required("title", LogicalType.varchar(200)).optional("body", LogicalType.TEXT)
                .optional("deleted_at", LogicalType.TIMESTAMP)
                .optional("created_by", LogicalType.varchar(100)).optional("updated_by", LogicalType.varchar(100))
                .col(Column.required("version", LogicalType.INTEGER).withDefault(Optional.of(DefaultValue.number("1"))))
                .index(Index.on("idx_documents_live_title", "title").withWhere("deleted_at IS NULL")).build();
        return Design.fresh("audited_documents", ChangeSet.of(new CreateTable(docs)));
    }

    public static Design deviceTypes() {
        var devices = Tables.based("devices").required("serial", LogicalType.UUID).required("label", LogicalType.varchar(60))
                .optional("settings", LogicalType.JSON).col(Column.required("active", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(true)))
                .optional("installed_on", LogicalType.DATE).optional("wake_time", LogicalType.TIME).optional("firmware", LogicalType.BINARY)
                .required("battery_level", LogicalType.DOUBLE).required("reading_count", LogicalType.BIGINT)
                .col(Column.optional("last_seen_at", LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now()).withComment(Optional.of("last heartbeat")))
                .unique("uq_devices_serial", "serial").check("ck_devices_battery_level_range", "battery_level BETWEEN 0 AND 100")
                .comment("Field devices reporting readings").build();
        return Design.fresh("device_types", ChangeSet.of(new CreateTable(devices)));
    }

    public static Design enrollments() {
        var students = Tables.based("students").required("name", LogicalType.varchar(100)).build();
        var courses = Tables.based("courses").required("code", LogicalType.varchar(20)).unique("uq_courses_code", "code").build();
        var enrollments = Tables.plain("enrollments", "student_id", "course_id").required("student_id", LogicalType.INTEGER)
                .required("course_id", LogicalType.INTEGER).required("enrolled_on", LogicalType.DATE).optional("grade", LogicalType.SMALLINT)
                .fk(ForeignKey.of("fk_enrollments_student_id_students", "student_id", "students", "id", FkAction.CASCADE))
                .fk(ForeignKey.of("fk_enrollments_course_id_courses", "course_id", "courses", "id", FkAction.CASCADE))
                .check("ck_enrollments_grade_range", "grade BETWEEN 0 AND 100")
                .index(Index.on("idx_enrollments_course_id", "course_id")).build();
        return Design.fresh("enrollments", ChangeSet.of(new CreateTable(students), new CreateTable(courses), new CreateTable(enrollments)));
    }

    public static Design userProfiles() {
        var users = Tables.based("users").required("username", LogicalType.varchar(50)).unique("uq_users_username", "username").build();
        var profiles = Tables.based("user_profiles").required("user_id", LogicalType.INTEGER).optional("bio", LogicalType.TEXT)
                .optional("avatar_url", LogicalType.varchar(500))
                .fk(ForeignKey.of("fk_user_profiles_user_id_users", "user_id", "users", "id", FkAction.CASCADE))
                .unique("uq_user_profiles_user_id", "user_id").build();
        return Design.fresh("user_profiles", ChangeSet.of(new CreateTable(users), new CreateTable(profiles)));
    }

    /** BIGINT and SMALLINT identity keys (as imported from BIGSERIAL/SMALLSERIAL), one referenced by a BIGINT foreign key. */
    public static Design bigIntegerKeys() {
        var events = Tables.plain("events", "id").col(Column.identity("id", LogicalType.BIGINT)).required("name", LogicalType.varchar(100)).build();
        var readings = Tables.plain("readings", "id").col(Column.identity("id", LogicalType.BIGINT)).required("event_id", LogicalType.BIGINT)
                .required("value", LogicalType.DOUBLE)
                .fk(ForeignKey.of("fk_readings_event_id_events", "event_id", "events", "id", FkAction.CASCADE))
                .index(Index.on("idx_readings_event_id", "event_id")).build();
        var units = Tables.plain("units", "id").col(Column.identity("id", LogicalType.SMALLINT)).required("symbol", LogicalType.varchar(10)).build();
        return Design.fresh("big_integer_keys", ChangeSet.of(new CreateTable(events), new CreateTable(readings), new CreateTable(units)));
    }

    public static Design transfers() {
        var accounts = Tables.based("accounts").required("iban", LogicalType.varchar(34)).required("balance", LogicalType.decimal(14, 2))
                .unique("uq_accounts_iban", "iban").build();
        var transfers = Tables.based("transfers").required("from_account_id", LogicalType.INTEGER).required("to_account_id", LogicalType.INTEGER)
                .required("amount", LogicalType.decimal(14, 2))
                .fk(ForeignKey.of("fk_transfers_from_account_id_accounts", "from_account_id", "accounts", "id", FkAction.RESTRICT))
                .fk(ForeignKey.of("fk_transfers_to_account_id_accounts", "to_account_id", "accounts", "id", FkAction.RESTRICT))
                .check("ck_transfers_amount_positive", "amount > 0")
                .index(Index.on("idx_transfers_from_account_id", "from_account_id")).index(Index.on("idx_transfers_to_account_id", "to_account_id")).build();
        return Design.fresh("transfers", ChangeSet.of(new CreateTable(accounts), new CreateTable(transfers)));
    }

    public static Design searchIndexes() {
        var members = Tables.based("members").required("email", LogicalType.varchar(255)).required("team", LogicalType.varchar(50))
                .required("score", LogicalType.INTEGER).optional("nickname", LogicalType.varchar(50))
                .index(new Index("idx_members_email_lower", List.of(IndexKey.expression("lower(email)")), true, Optional.empty(), List.of(), Optional.empty()))
                .index(Index.on("idx_members_team_cover", "team").withInclude(List.of("score")))
                .index(Index.uniqueOn("idx_members_nickname_live", "nickname").withWhere("nickname IS NOT NULL"))
                .index(Index.on("idx_members_score_hash", "score").withMethod("hash"))
                .check("ck_members_score_range", "score >= 0 AND score <= 1000").build();
        return Design.fresh("search_indexes", ChangeSet.of(new CreateTable(members)));
    }

    /** DropForeignKey, DropColumn of an enum column and DropEnum after creating them. */
    public static Design undoneRelations() {
        var queues = Tables.based("queues").required("label", LogicalType.varchar(40)).build();
        var jobs = Tables.based("jobs").optional("queue_id", LogicalType.INTEGER)
                .col(Column.required("state", LogicalType.enumOf("job_state")).withDefault(DefaultValue.text("queued")))
                .required("payload", LogicalType.JSON)
                .fk(ForeignKey.of("fk_jobs_queue_id_queues", "queue_id", "queues", "id", FkAction.SET_NULL))
                .index(Index.on("idx_jobs_queue_id", "queue_id")).build();
        return Design.fresh("undone_relations", ChangeSet.of(new CreateEnum(EnumType.of("job_state", "queued", "running", "done")),
                new CreateTable(queues), new CreateTable(jobs),
                new DropForeignKey("jobs", "fk_jobs_queue_id_queues"),
                new DropColumn("jobs", "state"), new DropEnum("job_state")));
    }

    /** Tables that exist (with rows) but no migration history: a baseline revision first, then the safe multi-step change. */
    public static Design existingWithoutHistory() {
        Design blog = blog();
        var existing = blog.changes().apply(dev.schemadesigner.schema.Schema.EMPTY);
        GenerationContext ctx = GenerationContext.newProject("existing_without_history", GenerationContext.OrmStyle.CLASSIC)
                .withExisting(existing, Optional.empty()).withPopulated(true);
        return new Design("existing_without_history", ctx, ChangeSet.of(
                new AddColumn("posts", Column.required("slug", LogicalType.varchar(200))),
                new CreateIndex("posts", Index.uniqueOn("idx_posts_slug", "slug"))), false, List.of());
    }

    public static Design ticketsWithLateColumn() {
        var tickets = Tables.based("tickets").required("subject", LogicalType.varchar(200)).build();
        return Design.fresh("tickets_late_column", ChangeSet.of(new CreateTable(tickets),
                new AddColumn("tickets", Column.required("priority", LogicalType.SMALLINT)),
                new CreateIndex("tickets", Index.on("idx_tickets_priority", "priority"))));
    }
}
