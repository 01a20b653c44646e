package dev.schemadesigner.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
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
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;

/** Operations as {@code {"op": "add_column", ...}}; the names are the API's. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CreateTable.class, name = "create_table"),
        @JsonSubTypes.Type(value = DropTable.class, name = "drop_table"),
        @JsonSubTypes.Type(value = RenameTable.class, name = "rename_table"),
        @JsonSubTypes.Type(value = AddColumn.class, name = "add_column"),
        @JsonSubTypes.Type(value = DropColumn.class, name = "drop_column"),
        @JsonSubTypes.Type(value = RenameColumn.class, name = "rename_column"),
        @JsonSubTypes.Type(value = AlterColumn.class, name = "alter_column"),
        @JsonSubTypes.Type(value = CreateIndex.class, name = "create_index"),
        @JsonSubTypes.Type(value = DropIndex.class, name = "drop_index"),
        @JsonSubTypes.Type(value = AddForeignKey.class, name = "add_foreign_key"),
        @JsonSubTypes.Type(value = DropForeignKey.class, name = "drop_foreign_key"),
        @JsonSubTypes.Type(value = AddCheck.class, name = "add_check"),
        @JsonSubTypes.Type(value = AddUnique.class, name = "add_unique"),
        @JsonSubTypes.Type(value = DropConstraint.class, name = "drop_constraint"),
        @JsonSubTypes.Type(value = CreateEnum.class, name = "create_enum"),
        @JsonSubTypes.Type(value = DropEnum.class, name = "drop_enum"),
        @JsonSubTypes.Type(value = DataMigration.class, name = "data_migration"),
})
abstract class OpMixin {
}
