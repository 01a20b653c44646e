package dev.schemadesigner.change;

import java.util.List;
import java.util.Optional;

/** Which tables an operation creates, changes or removes (none for enum types and data migrations). */
public final class OpTables {
    private OpTables() {}

    public static List<String> of(Op op) {
        return op.accept(TABLES);
    }

    private static final Op.Visitor<List<String>> TABLES = new Op.Visitor<>() {
        @Override public List<String> createTable(CreateTable o) { return List.of(o.table().name()); }
        @Override public List<String> dropTable(DropTable o) { return List.of(o.table()); }
        @Override public List<String> renameTable(RenameTable o) { return List.of(o.from(), o.to()); }
        @Override public List<String> addColumn(AddColumn o) { return List.of(o.table()); }
        @Override public List<String> dropColumn(DropColumn o) { return List.of(o.table()); }
        @Override public List<String> renameColumn(RenameColumn o) { return List.of(o.table()); }
        @Override public List<String> alterColumn(AlterColumn o) { return List.of(o.table()); }
        @Override public List<String> createIndex(CreateIndex o) { return List.of(o.table()); }
        @Override public List<String> dropIndex(DropIndex o) { return List.of(o.table()); }
        @Override public List<String> addForeignKey(AddForeignKey o) { return List.of(o.table()); }
        @Override public List<String> dropForeignKey(DropForeignKey o) { return List.of(o.table()); }
        @Override public List<String> addCheck(AddCheck o) { return List.of(o.table()); }
        @Override public List<String> addUnique(AddUnique o) { return List.of(o.table()); }
        @Override public List<String> dropConstraint(DropConstraint o) { return List.of(o.table()); }
        @Override public List<String> createEnum(CreateEnum o) { return List.of(); }
        @Override public List<String> dropEnum(DropEnum o) { return List.of(); }
        @Override public List<String> dataMigration(DataMigration o) { return List.of(); }
    };

    /**
     * The one table an operation works on as it stood before the operation: a rename's old name;
     * none for {@link CreateTable}, whose table does not exist yet, nor for ops without a table.
     */
    public static Optional<String> primary(Op op) {
        if (op instanceof CreateTable) return Optional.empty();
        return of(op).stream().findFirst();
    }
}
