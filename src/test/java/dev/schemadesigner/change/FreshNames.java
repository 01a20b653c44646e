package dev.schemadesigner.change;

import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Names not yet taken in a schema, and which columns are in use — worked out here, apart from the
 * code under test, so that the generators decide validity on their own.
 */
final class FreshNames {
    private FreshNames() {}

    /** A table name whose constraint prefix ({@code ix_<name>_}) no existing constraint uses either. */
    static String table(Schema schema) {
        return first("t", n -> !schema.hasTable(n)
                && schema.tables().stream().flatMap(t -> t.constraintNames().stream()).noneMatch(c -> c.contains("_" + n + "_")));
    }

    static String renamedTable(Schema schema) { return first("r", n -> !schema.hasTable(n)); }

    static String column(Table table) { return first("n", n -> !table.hasColumn(n)); }

    static String constraint(Schema schema, String prefix) {
        return first(prefix, n -> schema.tables().stream().noneMatch(t -> t.constraintNames().contains(n)));
    }

    static String enumType(Schema schema) { return first("e", n -> schema.enumType(n).isEmpty()); }

    private static String first(String prefix, Predicate<String> free) {
        for (int i = 0; ; i++) {
            if (free.test(prefix + i)) return prefix + i;
        }
    }

    /** True when an expression (check, index key or predicate) of the table mentions the column as a word. */
    static boolean namedInExpressions(Table table, String column) {
        var texts = new java.util.ArrayList<String>();
        table.checks().forEach(c -> texts.add(c.expression()));
        table.indexes().forEach(ix -> {
            ix.where().ifPresent(texts::add);
            ix.keys().forEach(k -> { if (k instanceof dev.schemadesigner.schema.IndexKey.ExpressionKey x) texts.add(x.sql()); });
        });
        String wanted = column.toLowerCase(Locale.ROOT);
        return texts.stream().anyMatch(text -> java.util.Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")).contains(wanted));
    }

    /** True when any key, index, constraint or expression of the schema uses the column. */
    static boolean used(Schema schema, Table table, String column) {
        boolean local = table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)
                || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))
                || table.indexes().stream().anyMatch(ix -> ix.columnNames().contains(column) || ix.include().contains(column))
                || table.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || namedInExpressions(table, column);
        return local || referenced(schema, table.name(), column);
    }

    /** True when the column is on either end of a foreign key. */
    static boolean inForeignKey(Schema schema, Table table, String column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column)) || referenced(schema, table.name(), column);
    }

    private static boolean referenced(Schema schema, String table, String column) {
        return schema.tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equals(table) && fk.referencedColumns().contains(column));
    }
}
