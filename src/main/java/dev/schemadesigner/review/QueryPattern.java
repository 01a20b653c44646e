package dev.schemadesigner.review;

import java.util.List;
import java.util.Optional;

/**
 * A declared query, read from its SQL SELECT: the tables it reads, its WHERE conditions (AND-ed
 * terms only; OR branches are not index-usable as one key), joins, ORDER BY, GROUP BY, the
 * columns it returns and the aggregates it computes. Column references are resolved to tables.
 */
public record QueryPattern(String sql, List<String> tables, List<Predicate> predicates, List<Join> joins,
                           List<ColumnRef> orderBy, List<ColumnRef> groupBy, List<ColumnRef> selected,
                           boolean selectsAll, List<String> aggregates) {

    public QueryPattern {
        tables = List.copyOf(tables);
        predicates = List.copyOf(predicates);
        joins = List.copyOf(joins);
        orderBy = List.copyOf(orderBy);
        groupBy = List.copyOf(groupBy);
        selected = List.copyOf(selected);
        aggregates = List.copyOf(aggregates);
    }

    public record ColumnRef(String table, String column) {
        public String describe() { return table + "." + column; }
    }

    /** How a WHERE term uses its column: what kind of index serves it. */
    public enum Kind { EQUALITY, RANGE, NULL_CHECK, PATTERN, JSON, OTHER }

    /**
     * One AND-ed WHERE term on one column. {@code constant} is true when the value is a literal
     * (a threshold or flag fixed in the query, which a partial index can bake in), false for a
     * parameter or an expression. For a JSON term, {@code jsonKey} is the key read (the last of a
     * path: {@code size} of {@code dimensions->'box'->>'size'}, {@code kind} of
     * {@code json_extract(data, '$.kind')}), and {@code jsonExpression} the expression the query
     * compares, as written without table qualifiers — what an expression index must hold for the
     * database to use it ({@code (attributes->>'weight')::int}).
     */
    public record Predicate(ColumnRef column, Kind kind, String sql, boolean constant, Optional<String> jsonKey, Optional<String> jsonExpression) {
        public Predicate(ColumnRef column, Kind kind, String sql, boolean constant, Optional<String> jsonKey) {
            this(column, kind, sql, constant, jsonKey, Optional.empty());
        }
    }

    /** An equality join condition between two columns of different tables. */
    public record Join(ColumnRef left, ColumnRef right) {}

    public boolean reads(String table) { return tables.contains(table); }

    public List<Predicate> predicatesOn(String table) {
        return predicates.stream().filter(p -> p.column().table().equals(table)).toList();
    }

    public List<String> orderByOn(String table) {
        return orderBy.stream().filter(c -> c.table().equals(table)).map(ColumnRef::column).toList();
    }

    public boolean isAggregation() { return !aggregates.isEmpty(); }

    /**
     * Terms a partial index can bake in: a range against a literal ({@code churn_risk > 70}), a
     * NULL test ({@code deleted_at IS NULL}) or an equality with a literal ({@code is_active = true}).
     */
    public List<Predicate> partialPredicates(String table) {
        return predicatesOn(table).stream().filter(QueryPattern::partialWorthy).toList();
    }

    /**
     * The index key this query wants on {@code table}: its equality columns first (in the order
     * written), then its first range column, else its first ORDER BY column. Terms a partial
     * index would bake in, JSON and LIKE terms are left out.
     */
    public List<String> lookupKey(String table) {
        List<String> key = new java.util.ArrayList<>();
        List<Predicate> terms = predicatesOn(table).stream().filter(p -> !partialWorthy(p)).toList();
        for (Predicate p : terms) {
            if (p.kind() == Kind.EQUALITY && !key.contains(p.column().column())) key.add(p.column().column());
        }
        int equalities = key.size();
        for (Predicate p : terms) {
            if (p.kind() == Kind.RANGE && !key.contains(p.column().column())) { key.add(p.column().column()); break; }
        }
        if (key.size() == equalities) {
            for (String c : orderByOn(table)) if (!key.contains(c)) { key.add(c); break; }
        }
        return key;
    }

    /** How many leading columns of {@link #lookupKey} are equalities (their order in an index is free). */
    public int equalityCount(String table) {
        return (int) predicatesOn(table).stream().filter(p -> !partialWorthy(p) && p.kind() == Kind.EQUALITY)
                .map(p -> p.column().column()).distinct().count();
    }

    private static boolean partialWorthy(Predicate p) {
        if (p.kind() == Kind.NULL_CHECK) return true;
        if (!p.constant()) return false;
        if (p.kind() == Kind.RANGE) return true;
        return p.kind() == Kind.EQUALITY && !p.sql().toUpperCase(java.util.Locale.ROOT).contains(" IN ");
    }

    /** The term's SQL without table qualifiers, as a partial index's WHERE: {@code f.churn_risk > 70} → {@code churn_risk > 70}. */
    public static String unqualified(Predicate p) {
        return p.sql().replaceAll("\\b[A-Za-z_][A-Za-z0-9_]*\\.(?=[A-Za-z_\"])", "");
    }
}
