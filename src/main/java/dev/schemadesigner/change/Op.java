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
}
