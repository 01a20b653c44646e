package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import dev.schemadesigner.verify.ThrowawayDatabase;

import java.util.List;
import java.util.Optional;

import static dev.schemadesigner.schema.LogicalType.BIGINT;
import static dev.schemadesigner.schema.LogicalType.INTEGER;

/** Schemas the dialect tests execute on the real databases. */
final class Fixtures {
    private Fixtures() {}

    static Dialect dialect(ThrowawayDatabase.Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresDialect();
            case SQLITE -> new SqliteDialect();
            case MARIADB -> new MariaDbDialect();
        };
    }

    static Table table(String name, List<Column> columns, PrimaryKey pk, List<ForeignKey> fks, List<Index> indexes,
                       List<Check> checks, List<Unique> uniques, String comment) {
        return new Table(name, columns, Optional.ofNullable(pk), fks, indexes, checks, uniques, List.of(), Optional.ofNullable(comment));
    }

    static ForeignKey fk(String name, String column, String target, FkAction onDelete) {
        return ForeignKey.of(name, column, target, "id", onDelete);
    }

    /** Composite key, self-reference, association table, enum, every index kind, checks, each kind of default, comments, a cycle, reserved names. */
    static Schema rich() {
        Table users = table("users", List.of(
                        Column.identity("id", BIGINT),
                        Column.required("email", LogicalType.varchar(255)),
                        Column.optional("display_name", LogicalType.TEXT).withDefault(DefaultValue.text("it's me \\o/"))
                                .withComment(Optional.of("shown to others")),
                        Column.required("is_active", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(true)),
                        Column.required("created_at", LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now()),
                        Column.required("score", LogicalType.decimal(10, 2)).withDefault(DefaultValue.number("0")),
                        Column.optional("settings", LogicalType.JSON),
                        Column.optional("avatar", LogicalType.BINARY),
                        Column.optional("manager_id", BIGINT)),
                PrimaryKey.of("id"),
                List.of(fk("fk_users_manager", "manager_id", "users", FkAction.SET_NULL)),
                List.of(Index.on("idx_users_manager_id", "manager_id"),
                        new Index("idx_users_lower_email", List.of(IndexKey.expression("lower(email)")), false, Optional.empty(), List.of(), Optional.empty()),
                        Index.on("idx_users_created_at", "created_at").withWhere("score > 0").withInclude(List.of("display_name")),
                        Index.on("idx_users_settings", "settings").withMethod("gin")),
                List.of(new Check("ck_users_score", "score >= 0")),
                List.of(Unique.of("uq_users_email", "email")),
                "people who log in");
        Table tags = table("tags", List.of(
                        Column.identity("id", INTEGER),
                        Column.required("name", LogicalType.varchar(50)),
                        Column.required("slug", LogicalType.varchar(60)).withDefault(DefaultValue.expression("lower('X')")),
                        Column.optional("public_id", LogicalType.UUID)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(Unique.of("uq_tags_name", "name")), null);
        Table tickets = table("tickets", List.of(
                        Column.identity("id", BIGINT),
                        Column.required("user_id", BIGINT),
                        Column.required("status", LogicalType.enumOf("ticket_status")).withDefault(DefaultValue.text("open")),
                        Column.required("title", LogicalType.varchar(200)),
                        Column.optional("priority", LogicalType.SMALLINT).withDefault(DefaultValue.number("3")),
                        Column.optional("ratio", LogicalType.DOUBLE),
                        Column.optional("due_on", LogicalType.DATE),
                        Column.optional("due_at", LogicalType.TIME),
                        Column.required("opened_at", LogicalType.TIMESTAMP).withDefault(DefaultValue.now())),
                PrimaryKey.of("id"),
                List.of(fk("fk_tickets_user", "user_id", "users", FkAction.CASCADE)),
                List.of(Index.on("idx_tickets_user_id", "user_id")),
                List.of(new Check("ck_tickets_priority", "priority BETWEEN 1 AND 5")), List.of(), "support requests");
        Table ticketTags = table("ticket_tags", List.of(Column.required("ticket_id", BIGINT), Column.required("tag_id", INTEGER)),
                PrimaryKey.of("ticket_id", "tag_id"),
                List.of(fk("fk_ticket_tags_ticket", "ticket_id", "tickets", FkAction.CASCADE),
                        fk("fk_ticket_tags_tag", "tag_id", "tags", FkAction.CASCADE)),
                List.of(Index.on("idx_ticket_tags_tag_id", "tag_id")), List.of(), List.of(), null);
        Table departments = table("departments", List.of(Column.identity("id", INTEGER), Column.required("name", LogicalType.varchar(100)),
                        Column.optional("head_id", INTEGER)),
                PrimaryKey.of("id"), List.of(fk("fk_departments_head", "head_id", "employees", FkAction.SET_NULL)),
                List.of(), List.of(), List.of(), null);
        Table employees = table("employees", List.of(Column.identity("id", INTEGER), Column.optional("department_id", INTEGER)),
                PrimaryKey.of("id"), List.of(fk("fk_employees_department", "department_id", "departments", FkAction.NO_ACTION)),
                List.of(), List.of(), List.of(), null);
        Table group = table("group", List.of(Column.identity("id", INTEGER), Column.required("key", LogicalType.varchar(40)),
                        Column.optional("Label", LogicalType.varchar(40)).withComment(Optional.of("what people see"))),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(Unique.of("uq_group_key", "key")), "a reserved word as table name");
        return new Schema(List.of(users, tags, tickets, ticketTags, departments, employees, group),
                List.of(EnumType.of("ticket_status", "open", "pending", "closed")));
    }

    /** Two tables with rows, a child referencing the parent ON DELETE CASCADE: what the operation tests start from. */
    static Schema parentAndChild() {
        Table parent = table("parent", List.of(
                        Column.identity("id", BIGINT),
                        Column.required("name", LogicalType.varchar(50)),
                        Column.required("status", LogicalType.enumOf("parent_status")).withDefault(DefaultValue.text("new")),
                        Column.optional("note", LogicalType.TEXT),
                        Column.optional("backup_id", BIGINT)),
                PrimaryKey.of("id"), List.of(),
                List.of(Index.on("idx_parent_backup", "backup_id")),
                List.of(new Check("ck_parent_name", "length(name) > 0")),
                List.of(Unique.of("uq_parent_name", "name")), "the referenced table");
        Table child = table("child", List.of(
                        Column.identity("id", BIGINT),
                        Column.required("parent_id", BIGINT),
                        Column.required("qty", INTEGER).withDefault(DefaultValue.number("1")),
                        Column.optional("other_parent_id", BIGINT)),
                PrimaryKey.of("id"),
                List.of(fk("fk_child_parent", "parent_id", "parent", FkAction.CASCADE),
                        fk("fk_child_other_parent", "other_parent_id", "parent", FkAction.SET_NULL)),
                List.of(Index.on("idx_child_parent_id", "parent_id")), List.of(), List.of(), null);
        return new Schema(List.of(parent, child),
                List.of(EnumType.of("parent_status", "new", "done"), EnumType.of("unused_kind", "a", "b")));
    }

    static List<String> parentAndChildRows() {
        return List.of(
                "INSERT INTO parent (id, name, status, note, backup_id) VALUES (1, 'alpha', 'new', 'n1', NULL)",
                "INSERT INTO parent (id, name, status, note, backup_id) VALUES (2, 'beta', 'done', NULL, 1)",
                "INSERT INTO child (id, parent_id, qty, other_parent_id) VALUES (1, 1, 1, 2)",
                "INSERT INTO child (id, parent_id, qty, other_parent_id) VALUES (2, 1, 2, NULL)",
                "INSERT INTO child (id, parent_id, qty, other_parent_id) VALUES (3, 2, 1, 1)");
    }
}
