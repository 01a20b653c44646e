package dev.schemadesigner.verify;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropEnum;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
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
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of operation, upgraded, downgraded and upgraded again on SQLite (table rebuilds
 * included), PostgreSQL and MariaDB; after each step the database must hold exactly the model.
 */
class OpVerificationTest {

    private static final VerifiedTally TALLY = new VerifiedTally("operations verified (setup → upgrade → downgrade → reupgrade, each diff empty)");

    @org.junit.jupiter.api.AfterAll
    static void printTally() { TALLY.print(); }

    static Stream<Arguments> changes() {
        List<Arguments> cases = new ArrayList<>();
        for (VerifyTarget target : VerifyTargets.all()) {
            for (Map.Entry<String, ChangeSet> change : changeSets().entrySet()) {
                cases.add(Arguments.of(Named.of(target.dialect().name(), target), Named.of(change.getKey(), change.getValue())));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void upgradeDowngradeAndReupgradeLeaveExactlyTheModel(VerifyTarget target, ChangeSet change) {
        Verification verification = Verifier.verify(target, TicketingSchema.schema(), change);

        assertThat(verification.ok()).as(verification.summary() + "\n" + String.join("\n", verification.diff())
                + "\n" + verification.steps()).isTrue();
        assertThat(verification.steps()).extracting(Verification.Step::name).containsExactly("setup", "upgrade", "downgrade", "reupgrade", "data");
        TALLY.passed(target.dialect().name());
    }

    @org.junit.jupiter.api.Test
    void everyKindOfOperationIsCovered() {
        Set<String> covered = new java.util.HashSet<>();
        changeSets().values().forEach(c -> c.ops().forEach(op -> covered.add(op.getClass().getSimpleName())));
        List<String> all = java.util.Arrays.stream(Op.class.getPermittedSubclasses()).map(Class::getSimpleName).toList();
        assertThat(covered).containsAll(all);
    }

    static Map<String, ChangeSet> changeSets() {
        Schema base = TicketingSchema.schema();
        Table customers = base.requireTable("customers");
        Map<String, ChangeSet> sets = new java.util.LinkedHashMap<>();
        sets.put("create table with self-reference", ChangeSet.of(new CreateTable(Table.of("comments", List.of(
                        Column.identity("id", LogicalType.BIGINT),
                        Column.required("ticket_id", LogicalType.BIGINT),
                        Column.optional("parent_id", LogicalType.BIGINT),
                        Column.required("body", LogicalType.TEXT)), PrimaryKey.of("id"))
                .withForeignKey(ForeignKey.of("fk_comments_ticket_id", "ticket_id", "tickets", "id", FkAction.CASCADE))
                .withForeignKey(ForeignKey.of("fk_comments_parent_id", "parent_id", "comments", "id", FkAction.SET_NULL))
                .withIndex(Index.on("idx_comments_ticket_id", "ticket_id"))
                .withIndex(Index.on("idx_comments_parent_id", "parent_id")))));
        sets.put("drop table", ChangeSet.of(new DropTable("ticket_tags")));
        sets.put("rename table", ChangeSet.of(new RenameTable("ticket_tags", "ticket_labels")));
        sets.put("add nullable column", ChangeSet.of(new AddColumn("tickets", Column.optional("due_date", LogicalType.DATE))));
        sets.put("add not null column with default", ChangeSet.of(new AddColumn("tickets",
                Column.required("source", LogicalType.varchar(20)).withDefault(DefaultValue.text("web")))));
        sets.put("drop column", ChangeSet.of(new DropColumn("tickets", "body")));
        sets.put("rename column", ChangeSet.of(new RenameColumn("tickets", "title", "subject")));
        sets.put("widen column type", ChangeSet.of(new AlterColumn("tickets", "title", LogicalType.varchar(300), false, Optional.empty())));
        // the seeded rows hold NULL priorities: they are backfilled before the column becomes NOT NULL
        sets.put("set not null and default", ChangeSet.of(
                DataMigration.portable("backfill priority", "UPDATE tickets SET priority = 3 WHERE priority IS NULL", null),
                new AlterColumn("tickets", "priority", LogicalType.INTEGER, false, Optional.of(DefaultValue.number("3")))));
        sets.put("drop not null", ChangeSet.of(AlterColumn.nullability(customers.column("name").orElseThrow(), "customers", true)));
        sets.put("create composite index", ChangeSet.of(new CreateIndex("tickets", Index.on("idx_tickets_status_created_at", "status", "created_at"))));
        sets.put("create partial index concurrently", ChangeSet.of(new CreateIndex("tickets",
                Index.on("idx_tickets_urgent", "priority").withWhere("priority >= 4"), true)));
        sets.put("create expression index", ChangeSet.of(new CreateIndex("customers",
                new Index("idx_customers_lower_email", List.of(IndexKey.expression("lower(email)")), false, Optional.empty(), List.of(), Optional.empty()))));
        sets.put("drop index", ChangeSet.of(new DropIndex("tickets", "idx_tickets_created_at")));
        sets.put("add column and foreign key", ChangeSet.of(
                new AddColumn("tickets", Column.optional("assignee_id", LogicalType.BIGINT)),
                new CreateIndex("tickets", Index.on("idx_tickets_assignee_id", "assignee_id")),
                new AddForeignKey("tickets", ForeignKey.of("fk_tickets_assignee_id", "assignee_id", "customers", "id", FkAction.SET_NULL))));
        sets.put("add foreign key not valid", ChangeSet.of(
                new AddColumn("tickets", Column.optional("merged_into_id", LogicalType.BIGINT)),
                new CreateIndex("tickets", Index.on("idx_tickets_merged_into_id", "merged_into_id")),
                new AddForeignKey("tickets", ForeignKey.of("fk_tickets_merged_into_id", "merged_into_id", "tickets", "id", FkAction.NO_ACTION), true)));
        sets.put("drop foreign key", ChangeSet.of(new DropForeignKey("ticket_tags", "fk_ticket_tags_ticket_id")));
        sets.put("add check", ChangeSet.of(new AddCheck("customers", new Check("ck_customers_email", "email LIKE '%@%'"))));
        sets.put("add check not valid", ChangeSet.of(new AddCheck("tickets", new Check("ck_tickets_title", "length(title) > 0"), true)));
        sets.put("add unique", ChangeSet.of(new AddUnique("tickets", Unique.of("uq_tickets_customer_id_title", "customer_id", "title"))));
        sets.put("drop check", ChangeSet.of(new DropConstraint("tickets", "ck_tickets_priority")));
        sets.put("drop unique", ChangeSet.of(new DropConstraint("customers", "uq_customers_email")));
        sets.put("create enum and use it", ChangeSet.of(
                new CreateEnum(EnumType.of("ticket_channel", "email", "phone", "chat")),
                new AddColumn("tickets", Column.optional("channel", LogicalType.enumOf("ticket_channel")))));
        sets.put("drop unused enum", ChangeSet.of(new DropEnum("legacy_kind")));
        sets.put("data migration", ChangeSet.of(
                new DataMigration("default priority for old tickets",
                        Map.of("any", "UPDATE tickets SET priority = 3 WHERE priority IS NULL"),
                        Map.of("any", "UPDATE tickets SET priority = NULL WHERE priority = 3"))));
        return sets;
    }
}
