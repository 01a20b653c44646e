package dev.schemadesigner.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every difference between an expected and an actual schema, in words a person reads in a
 * verification report ("table pain_points: column severity: type integer expected, bigint found").
 * Tables, columns, indexes and constraints are matched by name, so order does not count;
 * SQL expressions (checks, partial predicates, index expressions, default expressions) are
 * compared after {@link SqlExpressions#canonical}. ORM relationships are compared only when both
 * sides carry them, since a database never stores them.
 */
public record SchemaDiff(List<String> differences) {

    public SchemaDiff {
        differences = List.copyOf(differences);
    }

    public static SchemaDiff between(Schema expected, Schema actual) {
        List<String> out = new ArrayList<>();
        compareNamed("enum type", "", expected.enums(), actual.enums(), EnumType::name, (e, a, where) -> {
            if (!e.values().equals(a.values())) out.add(where + ": values " + e.values() + " expected, " + a.values() + " found");
        }, out);
        compareNamed("table", "", expected.tables(), actual.tables(), Table::name, (e, a, where) -> compareTables(e, a, where, out), out);
        return new SchemaDiff(out);
    }

    public boolean isEmpty() { return differences.isEmpty(); }

    @Override
    public String toString() { return isEmpty() ? "no differences" : String.join("\n", differences); }

    private static void compareTables(Table e, Table a, String where, List<String> out) {
        compareNamed("column", where + ": ", e.columns(), a.columns(), Column::name, (ec, ac, w) -> compareColumns(ec, ac, w, out), out);
        String ePk = e.primaryKey().map(pk -> pk.columns().toString()).orElse("none");
        String aPk = a.primaryKey().map(pk -> pk.columns().toString()).orElse("none");
        if (!ePk.equals(aPk)) out.add(where + ": primary key " + ePk + " expected, " + aPk + " found");
        compareNamed("foreign key", where + ": ", e.foreignKeys(), a.foreignKeys(), ForeignKey::name, (ef, af, w) -> {
            if (!ef.columns().equals(af.columns())) out.add(w + ": columns " + ef.columns() + " expected, " + af.columns() + " found");
            if (!ef.referencedTable().equals(af.referencedTable()) || !ef.referencedColumns().equals(af.referencedColumns())) {
                out.add(w + ": references " + ef.referencedTable() + ef.referencedColumns() + " expected, "
                        + af.referencedTable() + af.referencedColumns() + " found");
            }
            if (ef.onDelete() != af.onDelete()) out.add(w + ": ON DELETE " + ef.onDelete().sql() + " expected, " + af.onDelete().sql() + " found");
            if (ef.onUpdate() != af.onUpdate()) out.add(w + ": ON UPDATE " + ef.onUpdate().sql() + " expected, " + af.onUpdate().sql() + " found");
        }, out);
        compareNamed("index", where + ": ", e.indexes(), a.indexes(), Index::name, (ei, ai, w) -> compareIndexes(ei, ai, w, out), out);
        compareNamed("check", where + ": ", e.checks(), a.checks(), Check::name, (ec, ac, w) -> {
            if (!SqlExpressions.equivalent(ec.expression(), ac.expression())) {
                out.add(w + ": " + ec.expression() + " expected, " + ac.expression() + " found");
            }
        }, out);
        compareNamed("unique constraint", where + ": ", e.uniques(), a.uniques(), Unique::name, (eu, au, w) -> {
            if (!eu.columns().equals(au.columns())) out.add(w + ": columns " + eu.columns() + " expected, " + au.columns() + " found");
        }, out);
        if (!e.relationships().isEmpty() && !a.relationships().isEmpty()) {
            compareNamed("relationship", where + ": ", e.relationships(), a.relationships(), Relationship::name, (er, ar, w) -> {
                if (!er.equals(ar)) out.add(w + ": " + er + " expected, " + ar + " found");
            }, out);
        }
        if (!e.comment().equals(a.comment())) out.add(where + ": comment " + quoted(e.comment()) + " expected, " + quoted(a.comment()) + " found");
    }

    private static void compareColumns(Column e, Column a, String where, List<String> out) {
        if (!e.type().equals(a.type())) out.add(where + ": type " + e.type().describe() + " expected, " + a.type().describe() + " found");
        if (e.nullable() != a.nullable()) out.add(where + ": " + (e.nullable() ? "NULL" : "NOT NULL") + " expected, " + (a.nullable() ? "NULL" : "NOT NULL") + " found");
        if (e.identity() != a.identity()) out.add(where + ": " + (e.identity() ? "identity" : "no identity") + " expected, " + (a.identity() ? "identity" : "no identity") + " found");
        if (!sameDefault(e.defaultValue(), a.defaultValue())) {
            out.add(where + ": default " + e.defaultValue().map(DefaultValue::describe).orElse("none") + " expected, "
                    + a.defaultValue().map(DefaultValue::describe).orElse("none") + " found");
        }
        if (!e.comment().equals(a.comment())) out.add(where + ": comment " + quoted(e.comment()) + " expected, " + quoted(a.comment()) + " found");
    }

    private static void compareIndexes(Index e, Index a, String where, List<String> out) {
        if (!sameKeys(e.keys(), a.keys())) out.add(where + ": keys (" + e.describeKeys() + ") expected, (" + a.describeKeys() + ") found");
        if (e.unique() != a.unique()) out.add(where + ": " + (e.unique() ? "unique" : "not unique") + " expected, " + (a.unique() ? "unique" : "not unique") + " found");
        if (!sameExpression(e.where(), a.where())) out.add(where + ": WHERE " + e.where().orElse("none") + " expected, " + a.where().orElse("none") + " found");
        if (!e.include().equals(a.include())) out.add(where + ": INCLUDE " + e.include() + " expected, " + a.include() + " found");
        if (!e.method().equals(a.method())) out.add(where + ": method " + e.method().orElse("btree") + " expected, " + a.method().orElse("btree") + " found");
    }

    private static boolean sameKeys(List<IndexKey> e, List<IndexKey> a) {
        if (e.size() != a.size()) return false;
        for (int i = 0; i < e.size(); i++) {
            IndexKey ek = e.get(i);
            IndexKey ak = a.get(i);
            if (ek instanceof IndexKey.ColumnKey ec && ak instanceof IndexKey.ColumnKey ac) {
                if (!ec.column().equals(ac.column())) return false;
            } else if (!SqlExpressions.equivalent(sqlOf(ek), sqlOf(ak))) {
                return false;
            }
        }
        return true;
    }

    private static String sqlOf(IndexKey key) {
        return key instanceof IndexKey.ExpressionKey x ? x.sql() : ((IndexKey.ColumnKey) key).column();
    }

    private static boolean sameDefault(Optional<DefaultValue> e, Optional<DefaultValue> a) {
        if (e.isEmpty() || a.isEmpty()) return e.isEmpty() && a.isEmpty();
        if (e.get() instanceof DefaultValue.Number en && a.get() instanceof DefaultValue.Number an) {
            return new java.math.BigDecimal(en.value()).compareTo(new java.math.BigDecimal(an.value())) == 0;
        }
        if (e.get() instanceof DefaultValue.Expression ex && a.get() instanceof DefaultValue.Expression ax) {
            return SqlExpressions.equivalent(ex.sql(), ax.sql());
        }
        return e.get().equals(a.get());
    }

    private static boolean sameExpression(Optional<String> e, Optional<String> a) {
        if (e.isEmpty() || a.isEmpty()) return e.isEmpty() && a.isEmpty();
        return SqlExpressions.equivalent(e.get(), a.get());
    }

    private static String quoted(Optional<String> text) { return text.map(t -> "'" + t + "'").orElse("none"); }

    @FunctionalInterface
    private interface Comparison<T> {
        void compare(T expected, T actual, String where);
    }

    private static <T> void compareNamed(String kind, String prefix, List<T> expected, List<T> actual, Function<T, String> name,
                                         Comparison<T> comparison, List<String> out) {
        Map<String, T> byName = actual.stream().collect(Collectors.toMap(name, Function.identity(), (x, y) -> x));
        for (T e : expected) {
            T a = byName.get(name.apply(e));
            String where = prefix + kind + " " + name.apply(e);
            if (a == null) out.add(where + ": missing");
            else comparison.compare(e, a, where);
        }
        var expectedNames = expected.stream().map(name).collect(Collectors.toSet());
        for (T a : actual) {
            if (!expectedNames.contains(name.apply(a))) out.add(prefix + kind + " " + name.apply(a) + ": unexpected");
        }
        Objects.requireNonNull(out);
    }
}
