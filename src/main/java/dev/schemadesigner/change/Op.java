package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;

/**
 * One schema change. {@link #apply} gives the schema after it (or throws {@link InvalidChange}
 * naming why it cannot apply); {@link #inverse} gives the operation that undoes it, given the
 * schema it was applied to. Dialects render an Op to SQL; generators render it to Alembic.
 */
public sealed interface Op permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn, AlterColumn,
        CreateIndex, DropIndex, AddForeignKey, DropForeignKey, AddCheck, AddUnique, DropConstraint, CreateEnum, DropEnum,
        DataMigration {

    Schema apply(Schema before);

    Op inverse(Schema before);

    /** One line for a person: "add column priority to tickets". */
    String describe();

    /** What {@code visitor} makes of this operation. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per operation: every renderer of operations (a dialect's SQL, Alembic, the tables an
     * operation touches) is a visitor, so a new operation does not compile until each of them says what
     * it makes of it. {@code OpVisitorTest} checks that this interface names every permitted operation.
     */
    interface Visitor<R> {
        R createTable(CreateTable op);
        R dropTable(DropTable op);
        R renameTable(RenameTable op);
        R addColumn(AddColumn op);
        R dropColumn(DropColumn op);
        R renameColumn(RenameColumn op);
        R alterColumn(AlterColumn op);
        R createIndex(CreateIndex op);
        R dropIndex(DropIndex op);
        R addForeignKey(AddForeignKey op);
        R dropForeignKey(DropForeignKey op);
        R addCheck(AddCheck op);
        R addUnique(AddUnique op);
        R dropConstraint(DropConstraint op);
        R createEnum(CreateEnum op);
        R dropEnum(DropEnum op);
        R dataMigration(DataMigration op);
    }
}
