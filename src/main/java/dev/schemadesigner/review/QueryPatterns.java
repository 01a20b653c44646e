package dev.schemadesigner.review;

import dev.schemadesigner.review.QueryPattern.ColumnRef;
import dev.schemadesigner.review.QueryPattern.Kind;
import dev.schemadesigner.review.QueryPattern.Predicate;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.*;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.*;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads declared query patterns (SQL SELECTs) with JSqlParser into {@link QueryPattern}s. */
public final class QueryPatterns {
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max");
    /** Functions that read one key of a JSON value: MariaDB/SQLite {@code json_extract}, {@code json_value}, PostgreSQL's path functions. */
    private static final Set<String> JSON_FUNCTIONS = Set.of("json_extract", "json_value", "json_unquote", "jsonb_extract_path_text",
            "json_extract_path_text", "jsonb_extract_path", "json_extract_path");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");
    private static final int CACHED_STATEMENTS = 512;

    /**
     * Parsed statements by SQL text. JSqlParser takes a millisecond or two per SELECT, and a
     * design turn reviews the same patterns again after each round of fixes. The trees are only read.
     */
    private static final Map<String, Optional<Statement>> PARSED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Statement>> eldest) {
                    return size() > CACHED_STATEMENTS;
                }
            });

    private final Schema schema;
    private final Map<String, String> aliases = new HashMap<>();
    private final List<String> tables = new ArrayList<>();

    private QueryPatterns(Schema schema) { this.schema = schema; }

    /** The pattern, or empty when the text is not a plain SELECT JSqlParser can read. */
    public static Optional<QueryPattern> parse(String sql, Schema schema) {
        Optional<Statement> statement = PARSED.computeIfAbsent(sql, QueryPatterns::statement);
        if (statement.isEmpty() || !(statement.get() instanceof PlainSelect select)) return Optional.empty();
        return Optional.of(new QueryPatterns(schema).read(sql, select));
    }

    /** The parsed statement, or empty when JSqlParser cannot read it (the pattern is then reported as unread). */
    private static Optional<Statement> statement(String sql) {
        try {
            return Optional.of(CCJSqlParserUtil.parse(sql));
        } catch (JSQLParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private QueryPattern read(String sql, PlainSelect select) {
        addTable(select.getFromItem());
        if (select.getJoins() != null) for (Join j : select.getJoins()) addTable(j.getRightItem());
        List<QueryPattern.Join> joins = new ArrayList<>();
        List<Predicate> predicates = new ArrayList<>();
        if (select.getJoins() != null) {
            for (Join j : select.getJoins()) for (Expression on : j.getOnExpressions()) terms(on, predicates, joins);
        }
        if (select.getWhere() != null) terms(select.getWhere(), predicates, joins);
        List<ColumnRef> orderBy = new ArrayList<>();
        if (select.getOrderByElements() != null) {
            for (OrderByElement o : select.getOrderByElements()) column(o.getExpression()).ifPresent(orderBy::add);
        }
        List<ColumnRef> groupBy = new ArrayList<>();
        if (select.getGroupBy() != null && select.getGroupBy().getGroupByExpressionList() != null) {
            for (Object e : select.getGroupBy().getGroupByExpressionList()) column((Expression) e).ifPresent(groupBy::add);
        }
        List<ColumnRef> selected = new ArrayList<>();
        List<String> aggregates = new ArrayList<>();
        boolean all = false;
        for (SelectItem<?> item : select.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllColumns || e instanceof AllTableColumns) all = true;
            else if (e instanceof Function f && f.getName() != null && AGGREGATES.contains(f.getName().toLowerCase(Locale.ROOT))) {
                aggregates.add(f.getName().toLowerCase(Locale.ROOT));
            } else column(e).ifPresent(selected::add);
        }
        return new QueryPattern(sql, tables, predicates, joins, orderBy, groupBy, selected, all, aggregates);
    }

    private void addTable(FromItem item) {
        if (!(item instanceof net.sf.jsqlparser.schema.Table t)) return;
        String name = unquote(t.getName());
        tables.add(name);
        aliases.put(name, name);
        if (t.getAlias() != null) aliases.put(unquote(t.getAlias().getName()), name);
    }

    private void terms(Expression e, List<Predicate> out, List<QueryPattern.Join> joins) {
        if (e instanceof AndExpression and) {
            terms(and.getLeftExpression(), out, joins);
            terms(and.getRightExpression(), out, joins);
        } else if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
            terms(p.get(0), out, joins);
        } else {
            term(e, joins).ifPresent(out::add);
        }
    }

    private Optional<Predicate> term(Expression e, List<QueryPattern.Join> joins) {
        String sql = e.toString();
        if (e instanceof JsonOperator j) return column(j.getLeftExpression()).map(c -> new Predicate(c, Kind.JSON, sql, literal(j.getRightExpression()), Optional.empty()));
        if (e instanceof ComparisonOperator c) {
            Expression left = c.getLeftExpression();
            Expression right = c.getRightExpression();
            Optional<Predicate> json = json(left, sql, right).or(() -> json(right, sql, left));
            if (json.isPresent()) return json;
            Optional<ColumnRef> lc = column(left);
            Optional<ColumnRef> rc = column(right);
            if (lc.isPresent() && rc.isPresent()) {
                if (e instanceof EqualsTo && !lc.get().table().equals(rc.get().table())) joins.add(new QueryPattern.Join(lc.get(), rc.get()));
                return Optional.empty();
            }
            Kind kind = e instanceof EqualsTo ? Kind.EQUALITY : e instanceof NotEqualsTo ? Kind.OTHER : Kind.RANGE;
            if (lc.isPresent()) return Optional.of(new Predicate(lc.get(), kind, sql, literal(right), Optional.empty()));
            return rc.map(col -> new Predicate(col, kind, sql, literal(left), Optional.empty()));
        }
        if (e instanceof IsNullExpression n) return column(n.getLeftExpression()).map(c -> new Predicate(c, Kind.NULL_CHECK, sql, true, Optional.empty()));
        if (e instanceof IsBooleanExpression b) return column(b.getLeftExpression()).map(c -> new Predicate(c, Kind.EQUALITY, sql, true, Optional.empty()));
        if (e instanceof InExpression in) {
            boolean constant = in.getRightExpression() instanceof ExpressionList<?> list && list.stream().allMatch(x -> literal((Expression) x));
            return column(in.getLeftExpression()).map(c -> new Predicate(c, Kind.EQUALITY, sql, constant, Optional.empty()));
        }
        if (e instanceof Between b) {
            boolean constant = literal(b.getBetweenExpressionStart()) && literal(b.getBetweenExpressionEnd());
            return column(b.getLeftExpression()).map(c -> new Predicate(c, Kind.RANGE, sql, constant, Optional.empty()));
        }
        if (e instanceof LikeExpression l) return column(l.getLeftExpression()).map(c -> new Predicate(c, Kind.PATTERN, sql, literal(l.getRightExpression()), Optional.empty()));
        if (e instanceof NotExpression n) return column(n.getExpression()).map(c -> new Predicate(c, Kind.EQUALITY, sql, true, Optional.empty()));
        if (e instanceof Column) return column(e).map(c -> new Predicate(c, Kind.EQUALITY, sql, true, Optional.empty()));
        return Optional.empty();
    }

    /**
     * A comparison whose side reads a key of a JSON column: {@code col->>'key'} and paths
     * ({@code col->'a'->>'b'}), {@code json_extract(col, '$.a.b')} and its kin, each possibly in
     * parentheses or cast ({@code (col->>'weight')::int}).
     */
    private Optional<Predicate> json(Expression side, String sql, Expression value) {
        Expression e = side;
        while (true) {
            if (e instanceof CastExpression cast) e = cast.getLeftExpression();
            else if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) e = (Expression) p.get(0);
            else break;
        }
        Optional<ColumnRef> column = Optional.empty();
        Optional<String> key = Optional.empty();
        if (e instanceof JsonExpression j) {
            column = column(j.getExpression());
            key = lastQuoted(j.getIdents().isEmpty() ? "" : j.getIdents().get(j.getIdents().size() - 1).toString());
        } else if (e instanceof Function f && f.getName() != null && JSON_FUNCTIONS.contains(f.getName().toLowerCase(Locale.ROOT))
                && f.getParameters() != null && !f.getParameters().isEmpty()) {
            Expression first = (Expression) f.getParameters().get(0);
            if (first instanceof Function inner) return json(inner, sql, value);
            column = column(first);
            Expression last = (Expression) f.getParameters().get(f.getParameters().size() - 1);
            if (f.getParameters().size() > 1 && last instanceof StringValue path) {
                String[] steps = path.getValue().split("\\.");
                key = Optional.of(steps[steps.length - 1].replaceAll("[\"$\\[\\]]", "")).filter(k -> !k.isEmpty());
            }
        }
        if (column.isEmpty() || key.isEmpty()) return Optional.empty();
        String expression = side.toString().replaceAll("\\b[A-Za-z_][A-Za-z0-9_]*\\.(?=[A-Za-z_\"])", "");
        return Optional.of(new Predicate(column.get(), Kind.JSON, sql, literal(value), key, Optional.of(expression)));
    }

    private static Optional<String> lastQuoted(String text) {
        java.util.regex.Matcher m = QUOTED.matcher(text);
        String last = null;
        while (m.find()) last = m.group(1);
        return Optional.ofNullable(last);
    }

    private Optional<ColumnRef> column(Expression e) {
        if (!(e instanceof Column c) || isBooleanWord(c)) return Optional.empty();
        String name = unquote(c.getColumnName());
        if (c.getTable() != null && c.getTable().getName() != null) {
            String table = aliases.get(unquote(c.getTable().getName()));
            return table == null ? Optional.empty() : Optional.of(new ColumnRef(table, name));
        }
        for (String t : tables) {
            Optional<Table> table = schema.table(t);
            if (table.isPresent() && table.get().hasColumn(name)) return Optional.of(new ColumnRef(t, name));
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of(new ColumnRef(tables.get(0), name));
    }

    private static boolean literal(Expression e) {
        if (e instanceof SignedExpression s) return literal(s.getExpression());
        if (e instanceof Column c) return isBooleanWord(c);
        return e instanceof LongValue || e instanceof DoubleValue || e instanceof StringValue || e instanceof NullValue
                || e instanceof DateValue || e instanceof TimestampValue || e instanceof BooleanValue;
    }

    private static boolean isBooleanWord(Column c) {
        String n = c.getColumnName().toLowerCase(Locale.ROOT);
        return c.getTable() == null && (n.equals("true") || n.equals("false"));
    }

    private static String unquote(String name) { return name.replaceAll("[\"`]", ""); }

}
