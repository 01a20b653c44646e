package dev.schemadesigner.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL expressions a schema carries (CHECKs, expression defaults, index keys and WHERE
 * predicates), checked with {@link ExpressionReader} where they enter: a client's or a model's
 * JSON is refused ({@link #require}), an imported schema loses what is refused, with a note
 * ({@link #screen}). The dialects read them again when they print DDL.
 */
public final class ModelExpressions {
    private ModelExpressions() {}

    /** A schema without the refused expressions, and one note per thing left out. */
    public record Screened(Schema schema, List<String> leftOut) {
        public Screened { leftOut = List.copyOf(leftOut); }
    }

    /** Throws the first refusal among the table's expressions, placed ("table t, check ck_x: …"). */
    public static void require(Table table) {
        for (Column c : table.columns()) requireDefault(table.name(), c.name(), c.defaultValue());
        for (Check c : table.checks()) requireCheck(table, c);
        for (Index ix : table.indexes()) requireIndex(table, ix);
    }

    public static void requireDefault(String table, String column, Optional<DefaultValue> value) {
        if (value.orElse(null) instanceof DefaultValue.Expression e) {
            read(e.sql(), ExpressionReader.Scope.of(ExpressionKind.DEFAULT).onTable(table), "table " + table + ", column " + column + " default");
        }
    }

    /** A check of {@code table}; its columns are checked when the table is known, else only its name. */
    public static void requireCheck(Table table, Check check) {
        read(check.expression(), ExpressionReader.Scope.of(ExpressionKind.CHECK, table), "table " + table.name() + ", check " + check.name());
    }

    public static void requireCheck(String table, Check check) {
        read(check.expression(), ExpressionReader.Scope.of(ExpressionKind.CHECK).onTable(table), "table " + table + ", check " + check.name());
    }

    public static void requireIndex(Table table, Index index) { requireIndex(table.name(), index, scopeOf(table)); }

    public static void requireIndex(String table, Index index) { requireIndex(table, index, ExpressionReader.Scope.of(ExpressionKind.INDEX_KEY).onTable(table)); }

    private static void requireIndex(String table, Index index, ExpressionReader.Scope scope) {
        for (IndexKey k : index.keys()) {
            if (k instanceof IndexKey.ExpressionKey e) {
                read(e.sql(), new ExpressionReader.Scope(ExpressionKind.INDEX_KEY, scope.table(), scope.columns(), scope.dialect()),
                        "table " + table + ", index " + index.name() + " key");
            }
        }
        index.where().ifPresent(w -> read(w, new ExpressionReader.Scope(ExpressionKind.INDEX_WHERE, scope.table(), scope.columns(), scope.dialect()),
                "table " + table + ", index " + index.name() + " WHERE"));
    }

    private static ExpressionReader.Scope scopeOf(Table table) { return ExpressionReader.Scope.of(ExpressionKind.INDEX_KEY, table); }

    private static void read(String sql, ExpressionReader.Scope scope, String where) {
        try {
            ExpressionReader.read(sql, scope);
        } catch (ExpressionRefusedException e) {
            throw e.at(where);
        }
    }

    /** The schema without every expression that is refused: the check or index left out, the default dropped. */
    public static Screened screen(Schema schema) {
        List<String> leftOut = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            List<Column> columns = t.columns().stream().map(c -> {
                try {
                    requireDefault(t.name(), c.name(), c.defaultValue());
                    return c;
                } catch (ExpressionRefusedException e) {
                    leftOut.add(e.getMessage() + "; the default is left out");
                    return c.withDefault(Optional.empty());
                }
            }).toList();
            List<Check> checks = t.checks().stream().filter(c -> kept(() -> requireCheck(t, c), leftOut, "the check is left out")).toList();
            List<Index> indexes = t.indexes().stream().filter(ix -> kept(() -> requireIndex(t, ix), leftOut, "the index is left out")).toList();
            tables.add(t.withColumns(columns).withChecks(checks).withIndexes(indexes));
        }
        return new Screened(leftOut.isEmpty() ? schema : schema.withTables(tables), leftOut);
    }

    private static boolean kept(Runnable check, List<String> leftOut, String consequence) {
        try {
            check.run();
            return true;
        } catch (ExpressionRefusedException e) {
            leftOut.add(e.getMessage() + "; " + consequence);
            return false;
        }
    }
}
