package dev.schemadesigner.dialect;

import dev.schemadesigner.change.*;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table rebuild of sqlite.org/lang_altertable.html ("Making Other Kinds Of Table Schema
 * Changes") for what SQLite's ALTER TABLE cannot do: create {@code _sd_new_<t>} with the new
 * definition (constraint names kept, so introspection finds them), copy the common columns, drop
 * the old table, rename the new one, re-create the indexes.
 * <p>
 * Foreign keys: with {@code PRAGMA foreign_keys=ON}, DROP TABLE deletes the rows first and so
 * fires other tables' ON DELETE CASCADE / SET NULL (data loss) or fails, and
 * {@code defer_foreign_keys} does not stop those actions. So the statements switch enforcement
 * off, do the rebuild in their own BEGIN … COMMIT, check every key before committing (failing
 * with {@code foreign_keys_hold_after_rebuild} when rows break one), and switch enforcement on again. {@code PRAGMA
 * foreign_keys} is a no-op inside a transaction: run these statements in autocommit mode. Run
 * inside a caller's transaction, the BEGIN fails loudly instead of losing child rows silently.
 */
final class SqliteTableRebuild {
    private SqliteTableRebuild() {}

    static final String NEW_TABLE_PREFIX = "_sd_new_";

    /**
     * Step 10 of the procedure, made to fail: with enforcement off nothing else notices rows that
     * break a key (say an added foreign key), so a named CHECK turns {@code foreign_key_check}'s
     * findings into an error before COMMIT, as PostgreSQL and MariaDB would refuse the change.
     */
    private static List<String> foreignKeyCheck() {
        return List.of(
                "CREATE TEMP TABLE _sd_foreign_key_check (violations INTEGER CONSTRAINT foreign_keys_hold_after_rebuild CHECK (violations = 0))",
                "INSERT INTO _sd_foreign_key_check SELECT count(*) FROM pragma_foreign_key_check",
                "DROP TABLE _sd_foreign_key_check");
    }

    /** Whether SQLite needs the rebuild for this operation on {@code before}. */
    static boolean needed(Op op, Schema before) {
        return op.accept(new Op.Visitor<>() {
            @Override public Boolean createTable(CreateTable o) { return false; }
            @Override public Boolean dropTable(DropTable o) { return false; }
            @Override public Boolean renameTable(RenameTable o) {
                return before.requireTable(o.from()).columns().stream().anyMatch(c -> c.type() instanceof LogicalType.EnumRef);
            }
            @Override public Boolean addColumn(AddColumn o) { return !addableInPlace(o.column()); }
            // the enum check names its column (ck_<table>_<column>_enum) and is a table constraint: rebuild to keep it right
            @Override public Boolean dropColumn(DropColumn o) { return isEnum(before.requireTable(o.table()), o.column()); }
            @Override public Boolean renameColumn(RenameColumn o) { return isEnum(before.requireTable(o.table()), o.from()); }
            @Override public Boolean alterColumn(AlterColumn o) { return true; }
            @Override public Boolean createIndex(CreateIndex o) { return false; }
            @Override public Boolean dropIndex(DropIndex o) { return false; }
            @Override public Boolean addForeignKey(AddForeignKey o) { return true; }
            @Override public Boolean dropForeignKey(DropForeignKey o) { return true; }
            @Override public Boolean addCheck(AddCheck o) { return true; }
            @Override public Boolean addUnique(AddUnique o) { return true; }
            @Override public Boolean dropConstraint(DropConstraint o) { return true; }
            @Override public Boolean createEnum(CreateEnum o) { return false; }
            @Override public Boolean dropEnum(DropEnum o) { return false; }
            @Override public Boolean dataMigration(DataMigration o) { return false; }
        });
    }

    /** ALTER TABLE ADD COLUMN takes no key, no non-constant default, and NOT NULL only with a default. */
    private static boolean addableInPlace(Column c) {
        if (c.identity() || c.type() instanceof LogicalType.EnumRef) return false;
        var d = c.defaultValue();
        if (d.isPresent() && (d.get() instanceof DefaultValue.CurrentTimestamp || d.get() instanceof DefaultValue.Expression)) return false;
        return c.nullable() || d.isPresent();
    }

    private static boolean isEnum(Table table, String column) {
        return table.column(column).map(c -> c.type() instanceof LogicalType.EnumRef).orElse(false);
    }

    /**
     * The statements for {@code op}; {@code inPlace} is what plain ALTER TABLE would do, used by a
     * table rename before the renamed table is rebuilt.
     */
    static List<String> render(SqliteDialect dialect, Op op, Schema before, List<String> inPlace) {
        Schema after = op.apply(before);
        if (op instanceof RenameTable o) {
            List<String> out = new ArrayList<>(inPlace);
            Table renamed = after.requireTable(o.to());
            out.addAll(statements(dialect, renamed, renamed, sameNames(renamed, renamed), after));
            return out;
        }
        String table = tableOf(op);
        Table old = before.requireTable(table);
        Table rebuilt = after.requireTable(table);
        Map<String, String> sources = sameNames(old, rebuilt);
        if (op instanceof RenameColumn o) sources.put(o.to(), o.from());
        return statements(dialect, old, rebuilt, sources, after);
    }

    /** The rebuilt table: the one table of every operation {@link #needed} rebuilds for, except a rename (handled before). */
    private static String tableOf(Op op) {
        return OpTables.primary(op).orElseThrow(() -> new IllegalStateException("no table rebuild for " + op.describe()));
    }

    /** New column name → old column name, for the columns both tables have. */
    private static Map<String, String> sameNames(Table old, Table rebuilt) {
        Map<String, String> sources = new LinkedHashMap<>();
        rebuilt.columns().stream().filter(c -> old.hasColumn(c.name())).forEach(c -> sources.put(c.name(), c.name()));
        return sources;
    }

    /**
     * Rebuilds {@code old} as {@code rebuilt} (same table name), copying each new column from the
     * old column {@code sources} names; new columns without a source take their default.
     */
    static List<String> statements(SqliteDialect dialect, Table old, Table rebuilt, Map<String, String> sources, Schema after) {
        String name = rebuilt.name();
        String temporary = NEW_TABLE_PREFIX + name;
        List<String> out = new ArrayList<>();
        out.add("PRAGMA foreign_keys=OFF");
        out.add("BEGIN");
        out.add(dialect.createTableStatement(rebuilt, after, List.of(), temporary));
        if (!sources.isEmpty()) {
            out.add("INSERT INTO " + dialect.quote(temporary) + " (" + dialect.columns(new ArrayList<>(sources.keySet())) + ") SELECT "
                    + sources.values().stream().map(dialect::quote).collect(Collectors.joining(", ")) + " FROM " + dialect.quote(old.name()));
        }
        out.add("DROP TABLE " + dialect.quote(old.name()));
        out.add("ALTER TABLE " + dialect.quote(temporary) + " RENAME TO " + dialect.quote(name));
        rebuilt.indexes().forEach(ix -> out.addAll(dialect.createIndex(rebuilt, ix, false)));
        out.addAll(foreignKeyCheck());
        out.add("COMMIT");
        out.add("PRAGMA foreign_keys=ON");
        return out;
    }
}
