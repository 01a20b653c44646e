package dev.schemadesigner.change;

import java.util.List;
import java.util.Optional;

/** Which tables an operation creates, changes or removes (none for enum types and data migrations). */
public final class OpTables {
    private OpTables() {}

    public static List<String> of(Op op) {
        if (op instanceof CreateTable o) return List.of(o.table().name());
        if (op instanceof DropTable o) return List.of(o.table());
        if (op instanceof RenameTable o) return List.of(o.from(), o.to());
        if (op instanceof AddColumn o) return List.of(o.table());
        if (op instanceof DropColumn o) return List.of(o.table());
        if (op instanceof RenameColumn o) return List.of(o.table());
        if (op instanceof AlterColumn o) return List.of(o.table());
        if (op instanceof CreateIndex o) return List.of(o.table());
        if (op instanceof DropIndex o) return List.of(o.table());
        if (op instanceof AddForeignKey o) return List.of(o.table());
        if (op instanceof DropForeignKey o) return List.of(o.table());
        if (op instanceof AddCheck o) return List.of(o.table());
        if (op instanceof AddUnique o) return List.of(o.table());
        if (op instanceof DropConstraint o) return List.of(o.table());
        return List.of();
    }

    /**
     * The one table an operation works on as it stood before the operation: a rename's old name;
     * none for {@link CreateTable}, whose table does not exist yet, nor for ops without a table.
     */
    public static Optional<String> primary(Op op) {
        if (op instanceof CreateTable) return Optional.empty();
        return of(op).stream().findFirst();
    }
}
