package dev.schemadesigner.change;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SqlExpressions;
import dev.schemadesigner.schema.Table;

import java.util.regex.Pattern;

/** Preconditions the operations share; each failure is an {@link InvalidChange} that names the object. */
final class Checks {
    private Checks() {}

    static void name(String value, String what) {
        if (value == null || value.isBlank()) throw new UserFacingException(ErrorCode.INVALID_IDENTIFIER, what + " name must not be blank");
    }

    static Table table(Schema schema, String name) {
        return schema.table(name).orElseThrow(() -> new InvalidChange("table " + name + " does not exist"));
    }

    static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new InvalidChange("column " + table.name() + "." + name + " does not exist"));
    }

    static void enumExists(Schema schema, String table, Column column) {
        if (column.type() instanceof LogicalType.EnumRef e && schema.enumType(e.enumName()).isEmpty()) {
            throw new InvalidChange("column " + table + "." + column.name() + " uses enum type " + e.enumName() + ", which does not exist");
        }
    }

    static void enumsExist(Schema schema, Table table) {
        table.columns().forEach(c -> enumExists(schema, table.name(), c));
    }

    /**
     * Index and constraint names share one namespace per schema on PostgreSQL, so we keep them unique schema-wide.
     * The message names both the table the name was meant for and the table that has it.
     */
    static void freeConstraintName(Schema schema, String table, String name) {
        for (Table t : schema.tables()) {
            if (t.constraintNames().contains(name)) {
                throw new InvalidChange("cannot use name " + name + " on table " + table + ": it is already used on table " + t.name());
            }
        }
    }

    static void unused(Schema schema, Table table, String column, String verb) {
        String where = "cannot " + verb + " column " + table.name() + "." + column + ": ";
        if (table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)) throw new InvalidChange(where + "it is in the primary key");
        for (var ix : table.indexes()) {
            if (ix.columnNames().contains(column) || ix.include().contains(column)) throw new InvalidChange(where + "index " + ix.name() + " uses it");
        }
        for (var fk : table.foreignKeys()) {
            if (fk.columns().contains(column)) throw new InvalidChange(where + "foreign key " + fk.name() + " uses it");
        }
        for (var u : table.uniques()) {
            if (u.columns().contains(column)) throw new InvalidChange(where + "unique constraint " + u.name() + " uses it");
        }
        notInExpressions(table, column);
        for (Table other : schema.tables()) {
            for (var fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(table.name()) && fk.referencedColumns().contains(column)) {
                    throw new InvalidChange(where + "foreign key " + fk.name() + " of " + other.name() + " references it");
                }
            }
        }
    }

    static void notInExpressions(Table table, String column) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(column.toLowerCase(java.util.Locale.ROOT)) + "\\b");
        String where = "column " + table.name() + "." + column + " is named inside ";
        for (var ck : table.checks()) {
            if (word.matcher(SqlExpressions.canonical(ck.expression())).find()) throw new InvalidChange(where + "check " + ck.name() + "; drop it first");
        }
        for (var ix : table.indexes()) {
            boolean inExpression = ix.keys().stream().anyMatch(k -> k instanceof IndexKey.ExpressionKey x
                    && word.matcher(SqlExpressions.canonical(x.sql())).find());
            boolean inWhere = ix.where().map(w -> word.matcher(SqlExpressions.canonical(w)).find()).orElse(false);
            if (inExpression || inWhere) throw new InvalidChange(where + "index " + ix.name() + "; drop it first");
        }
    }

    /** Changing the type of a column on either end of a foreign key breaks the key; drop it first. */
    static void notReferencedWithType(Schema schema, String table, String column) {
        for (Table t : schema.tables()) {
            for (var fk : t.foreignKeys()) {
                boolean local = t.name().equals(table) && fk.columns().contains(column);
                boolean remote = fk.referencedTable().equals(table) && fk.referencedColumns().contains(column);
                if (local || remote) {
                    throw new InvalidChange("cannot change the type of " + table + "." + column + ": foreign key " + fk.name() + " uses it");
                }
            }
        }
    }
}
