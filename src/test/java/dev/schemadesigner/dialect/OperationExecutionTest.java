package dev.schemadesigner.dialect;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
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
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.ThrowawayDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation, rendered for each database after {@code createSchema(before)} and a few rows,
 * then its inverse: the tables, columns, indexes and foreign keys the database reports match the
 * model's stored form, and no row is lost on the way (SQLite rebuilds included).
 */
class OperationExecutionTest {

    static Map<String, Op> operations() {
        Map<String, Op> ops = new java.util.LinkedHashMap<>();
        ops.put("create table", new CreateTable(Fixtures.table("label", List.of(Column.identity("id", LogicalType.INTEGER),
                        Column.required("parent_id", LogicalType.BIGINT), Column.optional("text", LogicalType.varchar(80))),
                PrimaryKey.of("id"), List.of(Fixtures.fk("fk_label_parent", "parent_id", "parent", FkAction.CASCADE)),
                List.of(Index.on("idx_label_parent_id", "parent_id")), List.of(), List.of(), "labels")));
        ops.put("drop table", new DropTable("child"));
        ops.put("rename referenced table with an enum", new RenameTable("parent", "owner"));
        ops.put("rename table", new RenameTable("child", "kid"));
        ops.put("add nullable column", new AddColumn("parent", Column.optional("nickname", LogicalType.varchar(20))));
        ops.put("add not null column with timestamp default", new AddColumn("parent",
                Column.required("seen_at", LogicalType.TIMESTAMP).withDefault(DefaultValue.now())));
        ops.put("add enum column", new AddColumn("child", Column.required("kind", LogicalType.enumOf("parent_status"))
                .withDefault(DefaultValue.text("new"))));
        ops.put("drop column", new DropColumn("parent", "note"));
        ops.put("drop enum column", new DropColumn("parent", "status"));
        ops.put("rename column", new RenameColumn("parent", "note", "remark"));
        ops.put("rename enum column", new RenameColumn("parent", "status", "state"));
        ops.put("alter column type, nullability and default", new AlterColumn("parent", "name", LogicalType.varchar(100), true,
                Optional.of(DefaultValue.text("x"))));
        ops.put("alter column type with default", new AlterColumn("child", "qty", LogicalType.BIGINT, false,
                Optional.of(DefaultValue.number("2"))));
        ops.put("create index concurrently", new CreateIndex("child", Index.on("idx_child_qty", "qty"), true));
        ops.put("create partial index on text", new CreateIndex("parent", Index.on("idx_parent_note", "note").withWhere("note IS NOT NULL")));
        ops.put("create index leading a foreign key", new CreateIndex("child", Index.on("idx_child_other_parent_id", "other_parent_id")));
        ops.put("drop index a foreign key needs", new DropIndex("child", "idx_child_parent_id", true));
        ops.put("add self-referencing foreign key not valid", new AddForeignKey("parent",
                ForeignKey.of("fk_parent_backup", "backup_id", "parent", "id", FkAction.SET_NULL), true));
        ops.put("drop foreign key", new DropForeignKey("child", "fk_child_other_parent"));
        ops.put("add check not valid", new AddCheck("child", new Check("ck_child_qty", "qty >= 0"), true));
        ops.put("add unique", new AddUnique("child", Unique.of("uq_child_parent_qty", "parent_id", "qty")));
        ops.put("drop check", new DropConstraint("parent", "ck_parent_name"));
        ops.put("drop unique", new DropConstraint("parent", "uq_parent_name"));
        ops.put("create enum", new CreateEnum(EnumType.of("mood", "happy", "sad")));
        ops.put("drop enum", new DropEnum("unused_kind"));
        ops.put("data migration", DataMigration.portable("bump quantities",
                "UPDATE child SET qty = qty + 1;\nUPDATE parent SET note = 'a;b' WHERE id = 1;", "UPDATE child SET qty = qty - 1"));
        return ops;
    }

    @org.junit.jupiter.api.Test
    void coversEveryKindOfOperation() {
        var covered = operations().values().stream().map(Object::getClass).collect(java.util.stream.Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrder(Op.class.getPermittedSubclasses());
    }

    @org.junit.jupiter.api.Test
    void validatesAForeignKeyAddedNotValidOnPostgres() throws Exception {
        Dialect dialect = new PostgresDialect();
        Schema before = Fixtures.parentAndChild();
        var op = new AddForeignKey("parent", ForeignKey.of("fk_parent_backup", "backup_id", "parent", "id", FkAction.SET_NULL), true);
        try (ThrowawayDatabase db = TestDatabases.open(Kind.POSTGRESQL)) {
            db.execute(dialect.createSchema(before));
            db.execute(Fixtures.parentAndChildRows());
            DatabaseState state = new DatabaseState(db);

            db.execute(dialect.render(op, before));
            assertThat(state.string("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_parent_backup'")).isEqualTo("f");
            db.execute(dialect.validateConstraint("parent", "fk_parent_backup"));

            assertThat(state.string("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_parent_backup'")).isEqualTo("t");
        }
    }

    static Stream<Arguments> everyOperationOnEveryDatabase() {
        List<Arguments> out = new ArrayList<>();
        for (Kind kind : Kind.values()) operations().forEach((label, op) -> out.add(Arguments.of(kind, label, op)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyOperationOnEveryDatabase")
    void rendersTheOperationAndItsInverseWithoutLosingRows(Kind kind, String label, Op op) throws Exception {
        // given
        Dialect dialect = Fixtures.dialect(kind);
        Schema before = Fixtures.parentAndChild();
        Schema after = op.apply(before);
        try (ThrowawayDatabase db = TestDatabases.open(kind)) {
            db.execute(dialect.createSchema(before));
            db.execute(Fixtures.parentAndChildRows());
            DatabaseState state = new DatabaseState(db);
            Map<String, Long> initial = Map.of("parent", 2L, "child", 3L);

            // when
            db.execute(dialect.render(op, before));

            // then
            assertMatches(state, dialect, after, expectedCounts(after, initial, op));
            if (op instanceof DataMigration) {
                assertThat(state.string("SELECT SUM(qty) FROM child")).isEqualTo("7");
                assertThat(state.string("SELECT note FROM parent WHERE id = 1")).isEqualTo("a;b");
            }
            db.execute(dialect.render(op.inverse(before), after));
            Map<String, Long> afterInverse = new HashMap<>(initial);
            if (op instanceof DropTable d) afterInverse.put(d.table(), 0L);
            assertMatches(state, dialect, before, afterInverse);
            assertThat(state.string("SELECT name FROM parent WHERE id = 2")).as("parent values kept").isEqualTo("beta");
            if (!(op instanceof DropTable)) {
                assertThat(state.string("SELECT SUM(qty) FROM child")).as("child values kept").isEqualTo("4");
                assertThat(state.string("SELECT other_parent_id FROM child WHERE id = 3")).as("child values kept").isEqualTo("1");
            }
            assertThat(state.foreignKeysEnforced()).as("foreign keys enforced again").isTrue();
        }
    }

    private static Map<String, Long> expectedCounts(Schema after, Map<String, Long> initial, Op op) {
        Map<String, Long> counts = new HashMap<>();
        for (Table t : after.tables()) {
            String source = op instanceof RenameTable r && r.to().equals(t.name()) ? r.from() : t.name();
            counts.put(t.name(), initial.getOrDefault(source, 0L));
        }
        return counts;
    }

    static void assertMatches(DatabaseState state, Dialect dialect, Schema schema, Map<String, Long> counts) throws Exception {
        Schema stored = dialect.storedForm(schema);
        assertThat(state.tables()).containsExactlyInAnyOrderElementsOf(schema.tables().stream().map(Table::name).toList());
        for (Table t : stored.tables()) {
            assertThat(state.columns(t.name())).as("columns of %s", t.name())
                    .containsExactlyInAnyOrderElementsOf(t.columns().stream().map(Column::name).toList());
            Set<String> indexes = new TreeSet<>(t.indexes().stream().map(Index::name).toList());
            if (state.listsUniqueConstraintIndexes()) t.uniques().forEach(u -> indexes.add(u.name()));
            Set<String> found = new TreeSet<>(state.indexes(t.name()));
            found.removeAll(t.foreignKeys().stream().map(ForeignKey::name).toList()); // MariaDB's own index for a key
            assertThat(found).as("indexes of %s", t.name()).containsExactlyInAnyOrderElementsOf(indexes);
            assertThat(state.foreignKeys(t.name())).as("foreign keys of %s", t.name())
                    .containsExactlyInAnyOrderElementsOf(t.foreignKeys().stream().map(ForeignKey::name).toList());
            assertThat(state.count(t.name())).as("rows of %s", t.name()).isEqualTo(counts.getOrDefault(t.name(), 0L));
        }
    }
}
