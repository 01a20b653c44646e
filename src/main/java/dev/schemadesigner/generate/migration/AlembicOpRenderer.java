package dev.schemadesigner.generate.migration;

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
import dev.schemadesigner.generate.python.DialectDefaults;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.generate.python.SaTypes;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Render: one step as the Python lines of an upgrade() or downgrade() body (unindented). Alterations
 * of existing tables go through {@code op.batch_alter_table}, which rebuilds the table on SQLite and
 * emits plain ALTER on PostgreSQL, so one revision runs on both.
 */
final class AlembicOpRenderer {
    private final String primaryKeyTemplate;
    private final boolean downgrade;

    AlembicOpRenderer(String primaryKeyTemplate, boolean downgrade) {
        this.primaryKeyTemplate = primaryKeyTemplate;
        this.downgrade = downgrade;
    }

    List<String> render(Step step) {
        if (step instanceof Step.Note n) return List.of(PyText.comment(n.text()));
        if (step instanceof Step.Validate v) {
            return List.of("if op.get_bind().dialect.name == \"postgresql\":",
                    "    op.execute(sa.text(" + PyText.sqlText("ALTER TABLE " + SqlNames.quote(v.table()) + " VALIDATE CONSTRAINT " + SqlNames.quote(v.constraint())) + "))",
                    "# other databases checked every row when the constraint was added");
        }
        if (step instanceof Step.Backfill b) return backfill(b);
        if (step instanceof Step.CheckRows c) return AlembicRowCheckRenderer.render(c.check());
        Step.Apply a = (Step.Apply) step;
        return op(a.op(), a.before(), a.concurrently(), a.notValid());
    }

    private List<String> op(Op op, Schema before, boolean concurrently, boolean notValid) {
        List<String> out = new ArrayList<>();
        return op.accept(new Op.Visitor<>() {
            @Override public List<String> createTable(CreateTable ct) { return AlembicOpRenderer.this.createTable(ct.table(), before); }
            @Override public List<String> dropTable(DropTable dt) {
                out.add(PyText.comment("data loss: the rows of " + dt.table() + " are dropped" + (downgrade ? "" : "; a downgrade restores the table, not its rows")));
                out.add("op.drop_table(" + PyText.str(dt.table()) + ")");
                return out;
            }
            @Override public List<String> renameTable(RenameTable rt) { return List.of("op.rename_table(" + PyText.str(rt.from()) + ", " + PyText.str(rt.to()) + ")"); }
            @Override public List<String> addColumn(AddColumn ac) { return AlembicOpRenderer.this.addColumn(ac, before); }
            @Override public List<String> dropColumn(DropColumn dc) {
                out.add(PyText.comment("data loss: the values of " + dc.table() + "." + dc.column() + " are dropped" + (downgrade ? "" : "; a downgrade restores the column, not its values")));
                Column dropped = before.requireTable(dc.table()).column(dc.column()).orElseThrow();
                List<String> calls = new ArrayList<>();
                if (dropped.type() instanceof LogicalType.EnumRef) {
                    calls.add("if op.get_bind().dialect.name == \"sqlite\":");
                    calls.add("    batch_op.drop_constraint(" + name(enumCheckName(dc.table(), dc.column())) + ", type_=\"check\")");
                }
                calls.add("batch_op.drop_column(" + PyText.str(dc.column()) + ")");
                return batch(dc.table(), out, calls);
            }
            @Override public List<String> alterColumn(AlterColumn alter) { return AlembicOpRenderer.this.alterColumn(alter, before); }
            @Override public List<String> renameColumn(RenameColumn rc) {
                Column c = before.requireTable(rc.table()).column(rc.from()).orElseThrow();
                return batch(rc.table(), out, List.of("batch_op.alter_column(" + PyText.str(rc.from()) + ", new_column_name=" + PyText.str(rc.to())
                        + ", existing_type=" + SaTypes.alembic(c.type(), before) + ", existing_nullable=" + py(c.nullable()) + ")"));
            }
            @Override public List<String> createIndex(CreateIndex ci) { return AlembicOpRenderer.this.createIndex(ci.table(), ci.index(), concurrently || ci.concurrently()); }
            @Override public List<String> dropIndex(DropIndex di) {
                boolean conc = concurrently || di.concurrently();
                String call = "op.drop_index(" + name(di.name()) + ", table_name=" + PyText.str(di.table()) + (conc ? ", postgresql_concurrently=True" : "") + ")";
                return conc ? List.of("with op.get_context().autocommit_block():", "    " + call) : List.of(call);
            }
            @Override public List<String> addForeignKey(AddForeignKey af) {
                ForeignKey f = af.foreignKey();
                StringBuilder b = new StringBuilder("batch_op.create_foreign_key(").append(name(f.name())).append(", ")
                        .append(PyText.str(f.referencedTable())).append(", ").append(PyText.list(f.columns())).append(", ").append(PyText.list(f.referencedColumns()));
                actions(f, b);
                if (notValid || af.notValid()) b.append(", postgresql_not_valid=True");
                if (notValid || af.notValid()) out.add("# PostgreSQL: NOT VALID skips checking existing rows under lock; the next revision validates them");
                return batch(af.table(), out, List.of(b.append(')').toString()));
            }
            @Override public List<String> dropForeignKey(DropForeignKey df) { return batch(df.table(), out, List.of("batch_op.drop_constraint(" + name(df.name()) + ", type_=\"foreignkey\")")); }
            @Override public List<String> addCheck(AddCheck ck) {
                boolean nv = notValid || ck.notValid();
                if (nv) out.add("# PostgreSQL: NOT VALID skips checking existing rows under lock; the next revision validates them");
                return batch(ck.table(), out, List.of("batch_op.create_check_constraint(" + name(ck.check().name()) + ", "
                        + PyText.str(ck.check().expression()) + (nv ? ", postgresql_not_valid=True" : "") + ")"));
            }
            @Override public List<String> addUnique(AddUnique u) {
                if (concurrently) return uniqueFromConcurrentIndex(u);
                return batch(u.table(), out, List.of("batch_op.create_unique_constraint(" + name(u.unique().name()) + ", " + PyText.list(u.unique().columns()) + ")"));
            }
            @Override public List<String> dropConstraint(DropConstraint dc) {
                String type = before.requireTable(dc.table()).check(dc.name()).isPresent() ? "check" : "unique";
                return batch(dc.table(), out, List.of("batch_op.drop_constraint(" + name(dc.name()) + ", type_=" + PyText.str(type) + ")"));
            }
            @Override public List<String> createEnum(CreateEnum ce) {
                return List.of("sa.Enum(" + SaTypes.values(ce.type()) + ", name=" + PyText.str(ce.type().name()) + ").create(op.get_bind(), checkfirst=True)");
            }
            @Override public List<String> dropEnum(DropEnum de) {
                return List.of("# PostgreSQL keeps enum types after DROP TABLE; without this the next upgrade fails with \"type already exists\"",
                        "sa.Enum(name=" + PyText.str(de.name()) + ").drop(op.get_bind(), checkfirst=True)");
            }
            @Override public List<String> dataMigration(DataMigration dm) { return AlembicOpRenderer.this.dataMigration(dm); }
        });
    }

    /** PostgreSQL: build the unique index without blocking writes, then attach it as the constraint; elsewhere a plain constraint. */
    private List<String> uniqueFromConcurrentIndex(AddUnique u) {
        String name = u.unique().name();
        List<String> out = new ArrayList<>();
        out.add("if op.get_bind().dialect.name == \"postgresql\":");
        out.add("    # UNIQUE directly would lock writes while it scans; build its index CONCURRENTLY first");
        out.add("    with op.get_context().autocommit_block():");
        out.add("        op.create_index(" + name(name) + ", " + PyText.str(u.table()) + ", " + PyText.list(u.unique().columns())
                + ", unique=True, postgresql_concurrently=True)");
        out.add("    op.execute(sa.text(" + PyText.sqlText("ALTER TABLE " + SqlNames.quote(u.table()) + " ADD CONSTRAINT " + SqlNames.quote(name)
                + " UNIQUE USING INDEX " + SqlNames.quote(name)) + "))");
        out.add("else:");
        out.add("    with op.batch_alter_table(" + PyText.str(u.table()) + ") as batch_op:");
        out.add("        batch_op.create_unique_constraint(" + name(name) + ", " + PyText.list(u.unique().columns()) + ")");
        return out;
    }

    private List<String> createTable(Table t, Schema before) {
        List<String> out = new ArrayList<>();
        out.add("op.create_table(");
        out.add("    " + PyText.str(t.name()) + ",");
        for (Column c : t.columns()) out.add("    " + column(c, t, before) + ",");
        t.primaryKey().ifPresent(pk -> out.add("    sa.PrimaryKeyConstraint(" + String.join(", ", pk.columns().stream().map(PyText::str).toList())
                + ", name=op.f(" + PyText.str(primaryKeyTemplate.replace("%(table_name)s", t.name())) + ")),"));
        for (ForeignKey f : t.foreignKeys()) {
            StringBuilder b = new StringBuilder("    sa.ForeignKeyConstraint(").append(PyText.list(f.columns())).append(", ")
                    .append(PyText.list(f.referencedColumns().stream().map(c -> f.referencedTable() + "." + c).toList()))
                    .append(", name=op.f(").append(PyText.str(f.name())).append(")");
            actions(f, b);
            out.add(b.append("),").toString());
        }
        t.uniques().forEach(u -> out.add("    sa.UniqueConstraint(" + String.join(", ", u.columns().stream().map(PyText::str).toList())
                + ", name=op.f(" + PyText.str(u.name()) + ")),"));
        t.checks().forEach(c -> out.add("    sa.CheckConstraint(" + PyText.str(c.expression()) + ", name=op.f(" + PyText.str(c.name()) + ")),"));
        List<String> enumChecks = t.columns().stream().filter(c -> c.type() instanceof LogicalType.EnumRef)
                .map(c -> "sa.CheckConstraint(" + PyText.str(enumCheck(c, before)) + ", name=op.f(" + PyText.str(enumCheckName(t.name(), c.name())) + "))").toList();
        if (!enumChecks.isEmpty()) {
            out.add("    # SQLite has no enum type: a CHECK keeps the column to the enum's values");
            out.add("    *([" + String.join(", ", enumChecks) + "] if op.get_bind().dialect.name == \"sqlite\" else []),");
        }
        t.comment().ifPresent(c -> out.add("    comment=" + PyText.str(c) + ","));
        out.add(")");
        for (Index i : t.indexes()) out.addAll(createIndex(t.name(), i, false));
        return out;
    }

    private String column(Column c, Table t, Schema schema) {
        StringBuilder b = new StringBuilder("sa.Column(").append(PyText.str(c.name())).append(", ").append(SaTypes.alembicColumn(t, c, schema));
        boolean singleIntKey = t.primaryKey().map(pk -> pk.columns().equals(List.of(c.name()))).orElse(false) && c.type().isInteger();
        if (singleIntKey && !c.identity()) b.append(", autoincrement=False");
        b.append(", nullable=").append(py(c.nullable()));
        c.defaultValue().ifPresent(d -> b.append(", server_default=").append(serverDefault(d)));
        c.comment().ifPresent(cm -> b.append(", comment=").append(PyText.str(cm)));
        return b.append(')').toString();
    }

    private List<String> addColumn(AddColumn ac, Schema before) {
        Column c = ac.column();
        Table t = before.requireTable(ac.table());
        if (c.nullable() || c.defaultValue().isPresent()) {
            List<String> out = new ArrayList<>(List.of("op.add_column(" + PyText.str(ac.table()) + ", " + column(c, t, before) + ")"));
            if (c.type() instanceof LogicalType.EnumRef) {
                out.add("if op.get_bind().dialect.name == \"sqlite\":");
                out.add("    # SQLite has no enum type: a CHECK keeps the column to the enum's values");
                batch(ac.table(), List.of(), List.of("batch_op.create_check_constraint(" + name(enumCheckName(ac.table(), c.name())) + ", "
                        + PyText.str(enumCheck(c, before)) + ")")).forEach(l -> out.add("    " + l));
            }
            return out;
        }
        // NOT NULL without a default: existing rows need a value first (SQLite refuses the column outright)
        List<String> out = new ArrayList<>();
        out.add(PyText.comment(ac.table() + " may hold rows: add " + c.name() + " as nullable, fill it, then set NOT NULL"));
        out.add("op.add_column(" + PyText.str(ac.table()) + ", " + column(c.withNullable(true), t, before) + ")");
        if (downgrade) out.add(PyText.comment("the previous values of " + ac.table() + "." + c.name() + " were lost when it was dropped; a placeholder fills it"));
        out.add("op.execute(sa.text(" + PyText.sqlText("UPDATE " + SqlNames.quote(ac.table()) + " SET " + SqlNames.quote(c.name()) + " = "
                + SaTypes.placeholderSql(c.type(), before) + " WHERE " + SqlNames.quote(c.name()) + " IS NULL") + "))");
        out.addAll(batch(ac.table(), List.of(), List.of("batch_op.alter_column(" + PyText.str(c.name()) + ", existing_type="
                + SaTypes.alembic(c.type(), before) + ", nullable=False)")));
        return out;
    }

    private List<String> alterColumn(AlterColumn a, Schema before) {
        Column c = before.requireTable(a.table()).column(a.column()).orElseThrow();
        StringBuilder b = new StringBuilder("batch_op.alter_column(").append(PyText.str(a.column()))
                .append(", existing_type=").append(SaTypes.alembic(c.type(), before));
        if (!c.type().equals(a.type())) {
            b.append(", type_=").append(SaTypes.alembic(a.type(), before))
                    .append(", postgresql_using=").append(PyText.str(SqlNames.quote(a.column()) + "::" + SaTypes.postgresCast(a.type())));
        }
        if (c.nullable() != a.nullable()) b.append(", existing_nullable=").append(py(c.nullable()));
        b.append(", nullable=").append(py(a.nullable()));
        if (!c.defaultValue().equals(a.defaultValue())) {
            b.append(", server_default=").append(a.defaultValue().map(d -> serverDefault(d)).orElse("None"));
        }
        c.defaultValue().ifPresent(d -> b.append(", existing_server_default=").append(serverDefault(d)));
        List<String> pre = new ArrayList<>();
        if (!c.type().equals(a.type())) pre.add("# type change: the table is rewritten; values that do not convert make this fail");
        return batch(a.table(), pre, List.of(b.append(')').toString()));
    }

    private List<String> createIndex(String table, Index i, boolean concurrently) {
        StringBuilder b = new StringBuilder("op.create_index(").append(name(i.name())).append(", ").append(PyText.str(table)).append(", [");
        List<String> keys = new ArrayList<>();
        for (IndexKey k : i.keys()) {
            keys.add(k instanceof IndexKey.ColumnKey col ? PyText.str(col.column()) : "sa.text(" + PyText.str(((IndexKey.ExpressionKey) k).sql()) + ")");
        }
        b.append(String.join(", ", keys)).append("], unique=").append(py(i.unique()));
        i.where().ifPresent(w -> b.append(", postgresql_where=sa.text(").append(PyText.str(w)).append("), sqlite_where=sa.text(").append(PyText.str(w)).append(")"));
        if (!i.include().isEmpty()) b.append(", postgresql_include=").append(PyText.list(i.include()));
        i.method().ifPresent(m -> b.append(", postgresql_using=").append(PyText.str(m)));
        if (!concurrently) return List.of(b.append(')').toString());
        b.append(", postgresql_concurrently=True)");
        return List.of("# CONCURRENTLY cannot run inside a transaction: commit what ran so far and build the index without blocking writes",
                "with op.get_context().autocommit_block():", "    " + b);
    }

    private List<String> backfill(Step.Backfill b) {
        String t = SqlNames.quote(b.table());
        String c = SqlNames.quote(b.column());
        String pending = c + " IS NULL" + (b.fromColumn() ? " AND " + b.valueSql() + " IS NOT NULL" : "");
        List<String> out = new ArrayList<>();
        if (b.key().isEmpty()) {
            out.add("op.execute(sa.text(" + PyText.sqlText("UPDATE " + t + " SET " + c + " = " + b.valueSql() + " WHERE " + pending) + "))");
            return out;
        }
        String k = SqlNames.quote(b.key().get());
        out.add("# in batches of BATCH_SIZE rows, so no statement holds locks on the whole table");
        out.add("bind = op.get_bind()");
        out.add("while True:");
        out.add("    result = bind.execute(sa.text(" + PyText.sqlText("UPDATE " + t + " SET " + c + " = " + b.valueSql() + " WHERE " + k
                + " IN (SELECT " + k + " FROM " + t + " WHERE " + pending + " LIMIT ") + " + str(BATCH_SIZE) + \")\"))");
        out.add("    if result.rowcount == 0:");
        out.add("        break");
        return out;
    }

    private List<String> dataMigration(DataMigration dm) {
        List<String> out = new ArrayList<>();
        out.add(PyText.comment("data: " + dm.description()));
        Map<String, String> sql = new TreeMap<>(dm.upgradeSql());
        if (dm.description().startsWith("undo: ") && dm.upgradeSql().equals(Map.of("any", "SELECT 1"))) {
            out.add("# not reversible: the data is left as it is");
            return out;
        }
        if (sql.size() == 1 && sql.containsKey("any")) {
            out.add("op.execute(sa.text(" + PyText.sqlBlock(sql.get("any")) + "))");
            return out;
        }
        out.add("dialect = op.get_bind().dialect.name");
        String keyword = "if";
        for (var e : sql.entrySet()) {
            if (e.getKey().equals("any")) continue;
            out.add(keyword + " dialect == " + PyText.str(e.getKey()) + ":");
            out.add("    op.execute(sa.text(" + PyText.sqlBlock(e.getValue()) + "))");
            keyword = "elif";
        }
        out.add("else:");
        out.add(sql.containsKey("any") ? "    op.execute(sa.text(" + PyText.sqlBlock(sql.get("any")) + "))" : "    pass  # nothing to do on this database");
        return out;
    }

    private static List<String> batch(String table, List<String> pre, List<String> calls) {
        List<String> out = new ArrayList<>(pre);
        out.add("with op.batch_alter_table(" + PyText.str(table) + ") as batch_op:");
        calls.forEach(c -> out.add("    " + c));
        return out;
    }

    private static void actions(ForeignKey f, StringBuilder b) {
        if (f.onDelete() != FkAction.NO_ACTION) b.append(", ondelete=").append(PyText.str(f.onDelete().sql()));
        if (f.onUpdate() != FkAction.NO_ACTION) b.append(", onupdate=").append(PyText.str(f.onUpdate().sql()));
    }

    /** The CHECK that stands in for an enum type on SQLite (the dialects' stored form): ck_<table>_<column>_enum. */
    static String enumCheckName(String table, String column) { return dev.schemadesigner.schema.ConstraintNames.enumCheck(table, column); }

    private static String enumCheck(Column c, Schema schema) {
        var type = schema.enumType(((LogicalType.EnumRef) c.type()).enumName()).orElseThrow();
        return SqlNames.quote(c.name()) + " IN (" + String.join(", ", type.values().stream().map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")";
    }

    /** The column's server_default, written per database where the databases spell it differently. */
    private static String serverDefault(DefaultValue d) {
        return DialectDefaults.perDialect(d).map(DialectDefaults::alembic).orElseGet(() -> SaTypes.serverDefault(d, "sa.", null));
    }

    /** A final name: op.f() keeps the target metadata's naming convention from rewriting it. */
    private static String name(String value) { return "op.f(" + PyText.str(value) + ")"; }

    private static String py(boolean value) { return value ? "True" : "False"; }
}
