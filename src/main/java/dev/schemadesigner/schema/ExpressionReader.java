package dev.schemadesigner.schema;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an SQL expression of the model into a JSqlParser tree made only of allowed constructs:
 * literals, column references of the expression's own table, arithmetic, comparison and logical
 * operators, IS [NOT] NULL, IN (values), BETWEEN, LIKE/ILIKE, concatenation, CASE, casts to
 * {@link ExpressionTypes known types} and the functions of {@link AllowedFunctions}. Everything
 * else is refused with an {@link ExpressionRefusedException} naming it. The dialects print DDL
 * from the tree this returns (dialect/ExpressionPrinter), never from the text.
 */
public final class ExpressionReader {
    private ExpressionReader() {}

    static final int MAX_DEPTH = 200;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TIME_KEY = Pattern.compile("(?i)current_(timestamp|date|time)");
    private static final Set<String> KEYWORD_COLUMNS = Set.of("localtimestamp", "localtime");

    /**
     * Where an expression is read: its kind, its table (qualified references must name it; empty
     * when not known), the table's columns (empty: not checked) and the database it is written
     * for (empty: any, so a function must be allowed on some database).
     */
    public record Scope(ExpressionKind kind, Optional<String> table, Set<String> columns, Optional<String> dialect) {
        public Scope {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(table, "table");
            columns = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
            java.util.Objects.requireNonNull(dialect, "dialect");
        }

        public static Scope of(ExpressionKind kind) { return new Scope(kind, Optional.empty(), Set.of(), Optional.empty()); }

        public static Scope of(ExpressionKind kind, Table table) {
            return new Scope(kind, Optional.of(table.name()), Set.copyOf(table.columns().stream().map(dev.schemadesigner.schema.Column::name).toList()), Optional.empty());
        }

        public Scope onTable(String name) { return new Scope(kind, Optional.of(name), columns, dialect); }

        public Scope withColumns(Collection<String> names) { return new Scope(kind, table, Set.copyOf(names), dialect); }

        public Scope forDialect(String name) { return new Scope(kind, table, columns, Optional.of(name)); }
    }

    /** The allowed tree of {@code sql}, or an {@link ExpressionRefusedException} naming what is not allowed. */
    public static Expression read(String sql, Scope scope) {
        ExpressionText.check(sql, scope.kind());
        Expression parsed;
        try {
            parsed = CCJSqlParserUtil.parseCondExpression(sql.trim(), false);
        } catch (JSQLParserException | RuntimeException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw refused("not one SQL expression this service reads: " + abbreviated(detail), scope);
        } catch (StackOverflowError e) {
            throw refused("nested too deeply to read", scope);
        }
        if (parsed == null) throw refused("no expression", scope);
        return new Walk(scope).allowed(parsed, 0);
    }

    /** Whether {@code sql} reads as an allowed expression in {@code scope}. */
    public static Optional<ExpressionRefusedException> refusal(String sql, Scope scope) {
        try {
            read(sql, scope);
            return Optional.empty();
        } catch (ExpressionRefusedException e) {
            return Optional.of(e);
        }
    }

    /** A column reference's name as the database resolves it: unquoted names fold to lower case. */
    public static String columnName(String written) {
        if (written.length() >= 2 && (written.startsWith("\"") && written.endsWith("\""))) {
            return written.substring(1, written.length() - 1).replace("\"\"", "\"");
        }
        if (written.length() >= 2 && written.startsWith("`") && written.endsWith("`")) {
            return written.substring(1, written.length() - 1).replace("``", "`");
        }
        return written.toLowerCase(Locale.ROOT);
    }

    private static final Pattern INTERVAL_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern INTERVAL_TEXT = Pattern.compile("'([0-9A-Za-z :.-]{1,40})'");
    private static final Set<String> INTERVAL_UNITS = Set.of("YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND");

    /** An interval read: its amount (a number, or PostgreSQL's quoted text such as {@code '1 day'}) and its unit, if any. */
    public record Interval(String amount, boolean quoted, Optional<String> unit) {}

    /** {@code INTERVAL 30 DAY} (MariaDB) or {@code INTERVAL '1 day'} (PostgreSQL); anything else is empty. */
    public static Optional<Interval> interval(IntervalExpression i) {
        if (!i.isUsingIntervalKeyword() || i.getExpression() != null || i.getParameter() == null) return Optional.empty();
        Optional<String> unit = Optional.ofNullable(i.getIntervalType()).map(u -> u.toUpperCase(Locale.ROOT));
        if (unit.isPresent() && !INTERVAL_UNITS.contains(unit.get())) return Optional.empty();
        String p = i.getParameter().trim();
        if (INTERVAL_NUMBER.matcher(p).matches()) return Optional.of(new Interval(p, false, unit));
        java.util.regex.Matcher text = INTERVAL_TEXT.matcher(p);
        if (text.matches()) return Optional.of(new Interval(text.group(1), true, unit));
        return Optional.empty();
    }

    /** A string literal's value: JSqlParser keeps the doubled quotes of the text. */
    public static String stringValue(StringValue s) { return s.getValue().replace("''", "'"); }

    private static ExpressionRefusedException refused(String what, Scope scope) {
        return new ExpressionRefusedException(what + " in " + scope.kind().label());
    }

    static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
    }

    /** One walk over a parsed tree; returns the tree with JSqlParser's IN misreading put right. */
    private record Walk(Scope scope) {

        Expression allowed(Expression e, int depth) {
            if (depth > MAX_DEPTH) throw refused("expressions nested deeper than " + MAX_DEPTH + " levels are not allowed", scope);
            int d = depth + 1;
            if (e instanceof Parenthesis p) {
                p.setExpression(allowed(p.getExpression(), d));
                return p;
            }
            if (e instanceof ParenthesedExpressionList<?> list && !(list.size() == 1)) {
                throw refused("row values are not allowed: " + abbreviated(e.toString()), scope);
            }
            if (e instanceof ParenthesedExpressionList<?> list) {
                @SuppressWarnings("unchecked") ExpressionList<Expression> one = (ExpressionList<Expression>) list;
                one.set(0, allowed(one.get(0), d));
                return one;
            }
            if (e instanceof NullValue || e instanceof BooleanValue || e instanceof LongValue || e instanceof DoubleValue) return e;
            if (e instanceof StringValue s) {
                if (s.getPrefix() != null) throw refused("prefixed string literals are not allowed: " + abbreviated(e.toString()), scope);
                return e;
            }
            if (e instanceof TimeKeyExpression t) {
                if (!TIME_KEY.matcher(t.getStringValue()).matches()) throw refused(abbreviated(t.getStringValue()) + " is not allowed", scope);
                return e;
            }
            if (e instanceof SignedExpression s) {
                if (s.getSign() != '-' && s.getSign() != '+') throw refused("the operator " + s.getSign() + " is not allowed", scope);
                s.setExpression(allowed(s.getExpression(), d));
                return s;
            }
            if (e instanceof NotExpression n) {
                n.setExpression(allowed(n.getExpression(), d));
                return n;
            }
            if (e instanceof InExpression in) return in(in, d);
            if (e instanceof AndExpression || e instanceof OrExpression || isComparison(e) || isArithmetic(e)) {
                BinaryExpression b = (BinaryExpression) e;
                b.setLeftExpression(allowed(b.getLeftExpression(), d));
                b.setRightExpression(allowed(b.getRightExpression(), d));
                return b;
            }
            if (e instanceof IsNullExpression n) {
                n.setLeftExpression(allowed(n.getLeftExpression(), d));
                return n;
            }
            if (e instanceof IsBooleanExpression n) {
                n.setLeftExpression(allowed(n.getLeftExpression(), d));
                return n;
            }
            if (e instanceof Between b) {
                b.setLeftExpression(allowed(b.getLeftExpression(), d));
                b.setBetweenExpressionStart(allowed(b.getBetweenExpressionStart(), d));
                b.setBetweenExpressionEnd(allowed(b.getBetweenExpressionEnd(), d));
                return b;
            }
            if (e instanceof LikeExpression like) return like(like, d);
            if (e instanceof CaseExpression c) return caseExpression(c, d);
            if (e instanceof CastExpression c) {
                ExpressionTypes.require(c.getColDataType(), scope);
                if (c.getLeftExpression() == null) throw refused("this cast is not allowed: " + abbreviated(e.toString()), scope);
                c.setLeftExpression(allowed(c.getLeftExpression(), d));
                return c;
            }
            if (e instanceof Function f) return function(f, d);
            if (e instanceof ArrayConstructor a) {
                @SuppressWarnings("unchecked") ExpressionList<Expression> items = (ExpressionList<Expression>) a.getExpressions();
                if (items != null) items.replaceAll(x -> allowed(x, d));
                return a;
            }
            if (e instanceof IntervalExpression i) {
                if (interval(i).isEmpty()) throw refusedShowing("this interval is not allowed", scope, e);
                return i;
            }
            if (e instanceof Column c) return column(c);
            if (e instanceof Select || e instanceof ExistsExpression) {
                throw refusedShowing("subqueries are not allowed", scope, e);
            }
            if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter) throw refusedShowing("parameters are not allowed", scope, e);
            if (e instanceof UserVariable) throw refusedShowing("variables are not allowed", scope, e);
            throw refusedShowing("this construct is not allowed", scope, e);
        }

        private static ExpressionRefusedException refusedShowing(String what, Scope scope, Expression e) {
            return new ExpressionRefusedException(what + " in " + scope.kind().label() + ": " + abbreviated(e.toString()));
        }

        private Expression in(InExpression in, int d) {
            Expression right = in.getRightExpression();
            // JSqlParser 5.3 reads "x IN ('a', 'b') OR y" as "x IN (('a', 'b') OR y)": move the IN back to the leftmost operand
            if (right instanceof AndExpression || right instanceof OrExpression) {
                BinaryExpression b = (BinaryExpression) right;
                InExpression inner = new InExpression(in.getLeftExpression(), b.getLeftExpression());
                inner.setNot(in.isNot());
                b.setLeftExpression(inner);
                return allowed(b, d);
            }
            if (right instanceof Select) throw refusedShowing("subqueries are not allowed", scope, right);
            if (!(right instanceof ExpressionList<?> values) || values.isEmpty()) {
                throw refused("IN takes a list of values, not " + abbreviated(String.valueOf(right)), scope);
            }
            in.setLeftExpression(allowed(in.getLeftExpression(), d));
            ExpressionList<Expression> checked = new ParenthesedExpressionList<>();
            for (Expression v : values) checked.add(allowed(v, d));
            in.setRightExpression(checked);
            return in;
        }

        private Expression like(LikeExpression like, int d) {
            String keyword = like.getLikeKeyWord() == null ? "LIKE" : like.getLikeKeyWord().toString();
            if (!keyword.equals("LIKE") && !keyword.equals("ILIKE")) throw refused(keyword + " is not allowed", scope);
            if (like.getEscape() != null) throw refused("LIKE … ESCAPE is not allowed", scope);
            like.setLeftExpression(allowed(like.getLeftExpression(), d));
            like.setRightExpression(allowed(like.getRightExpression(), d));
            return like;
        }

        private Expression caseExpression(CaseExpression c, int d) {
            if (c.getSwitchExpression() != null) c.setSwitchExpression(allowed(c.getSwitchExpression(), d));
            for (WhenClause w : c.getWhenClauses()) {
                w.setWhenExpression(allowed(w.getWhenExpression(), d));
                w.setThenExpression(allowed(w.getThenExpression(), d));
            }
            if (c.getElseExpression() != null) c.setElseExpression(allowed(c.getElseExpression(), d));
            return c;
        }

        private Expression function(Function f, int d) {
            List<String> parts = f.getMultipartName();
            String name = f.getName() == null ? "" : f.getName();
            if (parts != null && parts.size() > 1) throw refused("function " + abbreviated(name) + " is not allowed (schema-qualified)", scope);
            String bare = name.toLowerCase(Locale.ROOT);
            boolean quantifier = bare.equals("any") || bare.equals("all");
            if (!PLAIN_NAME.matcher(name).matches() || !quantifier && !functionAllowed(bare)) {
                throw refused("function " + abbreviated(name) + " is not allowed" + scope.dialect().map(x -> " on " + x).orElse(""), scope);
            }
            if (f.isDistinct() || f.isUnique() || f.isAllColumns() || f.getNamedParameters() != null || f.getOrderByElements() != null
                    || f.getAttribute() != null || f.isEscaped() || f.getKeep() != null || f.getNullHandling() != null) {
                throw refusedShowing("this form of " + bare + "(…) is not allowed", scope, f);
            }
            ExpressionList<?> params = f.getParameters();
            if (params != null) {
                if (quantifier && !(params.size() == 1 && (params.get(0) instanceof ArrayConstructor || params.get(0) instanceof CastExpression))) {
                    throw refusedShowing(bare.toUpperCase(Locale.ROOT) + " takes an ARRAY[…] of values here", scope, f);
                }
                @SuppressWarnings("unchecked") ExpressionList<Expression> list = (ExpressionList<Expression>) params;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof net.sf.jsqlparser.statement.select.AllColumns) throw refusedShowing("this form of " + bare + "(…) is not allowed", scope, f);
                    list.set(i, allowed(list.get(i), d));
                }
            }
            return f;
        }

        private boolean functionAllowed(String name) {
            return scope.dialect().map(dialect -> AllowedFunctions.writable(dialect, name)).orElseGet(() -> AllowedFunctions.allowedAnywhere(name));
        }

        private Expression column(Column c) {
            String written = c.getColumnName();
            String name = columnName(written);
            if (c.getTable() != null && c.getTable().getFullyQualifiedName() != null && !c.getTable().getFullyQualifiedName().isEmpty()) {
                net.sf.jsqlparser.schema.Table t = c.getTable();
                boolean ownTable = t.getSchemaName() == null;
                String table = columnName(t.getName());
                if (!ownTable || scope.table().isEmpty() || !scope.table().get().equalsIgnoreCase(table)) {
                    throw refused("references another table or schema: " + abbreviated(t.getFullyQualifiedName()), scope);
                }
            }
            boolean quoted = written.startsWith("\"") || written.startsWith("`");
            if (!quoted && !PLAIN_NAME.matcher(written).matches()) throw refused("the name " + abbreviated(written) + " is not allowed", scope);
            if (!quoted && KEYWORD_COLUMNS.contains(name)) return c;
            if (scope.kind() == ExpressionKind.DEFAULT) throw refused("column references are not allowed (" + abbreviated(written) + ")", scope);
            if (!scope.columns().isEmpty() && !scope.columns().contains(name.toLowerCase(Locale.ROOT))) {
                throw refused("the column " + abbreviated(name) + " is not a column of " + scope.table().orElse("the table"), scope);
            }
            return c;
        }

        private static boolean isComparison(Expression e) {
            return e instanceof EqualsTo || e instanceof NotEqualsTo || e instanceof GreaterThan || e instanceof GreaterThanEquals
                    || e instanceof MinorThan || e instanceof MinorThanEquals;
        }

        private static boolean isArithmetic(Expression e) {
            return e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication || e instanceof Division
                    || e instanceof Modulo || e instanceof Concat;
        }
    }
}
