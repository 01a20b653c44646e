package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.ExpressionReader;
import dev.schemadesigner.schema.ExpressionTypes;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
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
import net.sf.jsqlparser.schema.Column;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a tree read by {@link ExpressionReader} as one dialect's SQL: identifiers through the
 * dialect's {@code quote()}, string literals through its {@code stringLiteral()} (MariaDB doubles
 * backslashes), keywords and operators from this class, functions by their allow-listed name.
 * Nothing of the original text is copied, so what the reader refused cannot be written.
 * Parentheses are kept where they were written and added where precedence needs them.
 */
final class ExpressionPrinter {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int ADDITIVE = 5;
    private static final int MULTIPLICATIVE = 6;
    private static final int UNARY = 7;
    private static final int ATOM = 8;

    private record Printed(String text, int precedence) {}

    private final SqlDialect dialect;

    ExpressionPrinter(SqlDialect dialect) { this.dialect = dialect; }

    String print(Expression e) { return printed(e).text(); }

    private Printed printed(Expression e) {
        if (e instanceof Parenthesis p) return new Printed("(" + print(p.getExpression()) + ")", ATOM);
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) return new Printed("(" + print(list.get(0)) + ")", ATOM);
        if (e instanceof NullValue) return new Printed("NULL", ATOM);
        if (e instanceof BooleanValue b) return new Printed(b.getValue() ? "TRUE" : "FALSE", ATOM);
        if (e instanceof LongValue n) return new Printed(n.getStringValue(), ATOM);
        if (e instanceof DoubleValue n) return new Printed(n.toString(), ATOM);
        if (e instanceof StringValue s) return new Printed(dialect.stringLiteral(ExpressionReader.stringValue(s)), ATOM);
        if (e instanceof TimeKeyExpression t) return new Printed(t.getStringValue().toUpperCase(Locale.ROOT), ATOM);
        if (e instanceof Column c) return new Printed(column(c), ATOM);
        if (e instanceof IntervalExpression i) {
            ExpressionReader.Interval interval = ExpressionReader.interval(i).orElseThrow(() -> unread(e));
            String amount = interval.quoted() ? dialect.stringLiteral(interval.amount()) : interval.amount();
            return new Printed("INTERVAL " + amount + interval.unit().map(u -> " " + u).orElse(""), UNARY);
        }
        if (e instanceof SignedExpression s) {
            String operand = operand(s.getExpression(), UNARY);
            // "-" followed by "-1" would start a comment
            if (operand.startsWith("-") || operand.startsWith("+")) operand = "(" + operand + ")";
            return new Printed((s.getSign() == '-' ? "-" : "+") + operand, UNARY);
        }
        if (e instanceof NotExpression n) return new Printed("NOT " + operand(n.getExpression(), NOT), NOT);
        if (e instanceof AndExpression a) return binary(a, "AND", AND, AND);
        if (e instanceof OrExpression o) return binary(o, "OR", OR, OR);
        String comparison = comparison(e);
        if (comparison != null) {
            Optional<Printed> in = dialect.keepsPostgresCasts() ? Optional.empty() : arrayComparisonAsIn((BinaryExpression) e);
            if (in.isPresent()) return in.get();
            return binary((BinaryExpression) e, comparison, ADDITIVE, COMPARISON);
        }
        if (e instanceof Addition a) return binary(a, "+", ADDITIVE, ADDITIVE);
        if (e instanceof Subtraction s) return binary(s, "-", ADDITIVE, ADDITIVE);
        if (e instanceof Multiplication m) return binary(m, "*", MULTIPLICATIVE, MULTIPLICATIVE);
        if (e instanceof Division d) return binary(d, "/", MULTIPLICATIVE, MULTIPLICATIVE);
        if (e instanceof Modulo m) return binary(m, "%", MULTIPLICATIVE, MULTIPLICATIVE);
        if (e instanceof Concat c) {
            return new Printed(dialect.concatenation(operand(c.getLeftExpression(), ADDITIVE), operand(c.getRightExpression(), ADDITIVE + 1)),
                    dialect.concatenationIsFunction() ? ATOM : ADDITIVE);
        }
        if (e instanceof IsNullExpression n) {
            return new Printed(operand(n.getLeftExpression(), ADDITIVE) + (n.isNot() ? " IS NOT NULL" : " IS NULL"), COMPARISON);
        }
        if (e instanceof IsBooleanExpression b) {
            return new Printed(operand(b.getLeftExpression(), ADDITIVE) + (b.isNot() ? " IS NOT " : " IS ") + (b.isTrue() ? "TRUE" : "FALSE"), COMPARISON);
        }
        if (e instanceof InExpression in) {
            ExpressionList<?> values = (ExpressionList<?>) in.getRightExpression();
            return new Printed(operand(in.getLeftExpression(), ADDITIVE) + (in.isNot() ? " NOT IN (" : " IN (") + list(values) + ")", COMPARISON);
        }
        if (e instanceof Between b) {
            return new Printed(operand(b.getLeftExpression(), ADDITIVE) + (b.isNot() ? " NOT BETWEEN " : " BETWEEN ")
                    + operand(b.getBetweenExpressionStart(), ADDITIVE) + " AND " + operand(b.getBetweenExpressionEnd(), ADDITIVE), COMPARISON);
        }
        if (e instanceof LikeExpression like) {
            String keyword = like.getLikeKeyWord() == null ? "LIKE" : like.getLikeKeyWord().toString().equals("ILIKE") ? "ILIKE" : "LIKE";
            return new Printed(operand(like.getLeftExpression(), ADDITIVE) + (like.isNot() ? " NOT " : " ") + keyword + " "
                    + operand(like.getRightExpression(), ADDITIVE), COMPARISON);
        }
        if (e instanceof CaseExpression c) return new Printed(caseExpression(c), ATOM);
        if (e instanceof CastExpression c) {
            ExpressionTypes.CastType type = ExpressionTypes.read(c.getColDataType()).orElseThrow(() -> unread(e));
            if (!dialect.keepsPostgresCasts() && changesNothingHere(type, unwrapped(c.getLeftExpression()))) return printed(c.getLeftExpression());
            return new Printed("CAST(" + print(c.getLeftExpression()) + " AS " + dialect.castType(type) + ")", ATOM);
        }
        if (e instanceof Function f) return new Printed(function(f), ATOM);
        if (e instanceof ArrayConstructor a) return new Printed("ARRAY[" + (a.getExpressions() == null ? "" : list(a.getExpressions())) + "]", ATOM);
        throw unread(e);
    }

    /** The reader lets nothing else through; reaching this means a tree that did not come from it. */
    private static IllegalStateException unread(Expression e) {
        return new IllegalStateException("expression node " + e.getClass().getSimpleName() + " was not read by ExpressionReader");
    }

    private Printed binary(BinaryExpression b, String operator, int operandPrecedence, int precedence) {
        int right = operandPrecedence == precedence && precedence >= ADDITIVE ? precedence + 1 : operandPrecedence;
        return new Printed(operand(b.getLeftExpression(), operandPrecedence) + " " + operator + " " + operand(b.getRightExpression(), right), precedence);
    }

    private static String comparison(Expression e) {
        if (e instanceof EqualsTo) return "=";
        if (e instanceof NotEqualsTo) return "<>";
        if (e instanceof GreaterThan) return ">";
        if (e instanceof GreaterThanEquals) return ">=";
        if (e instanceof MinorThan) return "<";
        if (e instanceof MinorThanEquals) return "<=";
        return null;
    }

    private String operand(Expression e, int minimum) {
        Printed p = printed(e);
        return p.precedence() < minimum ? "(" + p.text() + ")" : p.text();
    }

    private String list(ExpressionList<?> values) {
        return values.stream().map(v -> operand(v, ADDITIVE)).collect(Collectors.joining(", "));
    }

    private String column(Column c) {
        String name = ExpressionReader.columnName(c.getColumnName());
        boolean quoted = c.getColumnName().startsWith("\"") || c.getColumnName().startsWith("`");
        if (!quoted && (name.equals("localtimestamp") || name.equals("localtime"))) return name.toUpperCase(Locale.ROOT);
        return dialect.quote(name);
    }

    private String caseExpression(CaseExpression c) {
        StringBuilder sql = new StringBuilder("CASE");
        if (c.getSwitchExpression() != null) sql.append(' ').append(operand(c.getSwitchExpression(), ADDITIVE));
        for (WhenClause w : c.getWhenClauses()) {
            sql.append(" WHEN ").append(print(w.getWhenExpression())).append(" THEN ").append(print(w.getThenExpression()));
        }
        if (c.getElseExpression() != null) sql.append(" ELSE ").append(print(c.getElseExpression()));
        return sql.append(" END").toString();
    }

    private static final java.util.Set<String> TEXT_TYPES = java.util.Set.of("text", "varchar", "character varying", "char", "character");
    private static final java.util.Set<String> NUMBER_TYPES = java.util.Set.of("smallint", "integer", "int", "bigint", "int2", "int4",
            "int8", "numeric", "decimal", "real", "double precision", "double", "float", "float4", "float8");

    /**
     * A PostgreSQL cast that only restates the type, as pg_dump writes them: a string literal or a
     * column to a text type, a number literal to a number type, anything to an array type (which
     * only PostgreSQL has; the array itself is translated where it is compared).
     */
    private static boolean changesNothingHere(ExpressionTypes.CastType type, Expression operand) {
        if (type.arrayDimensions() > 0) return true;
        if (TEXT_TYPES.contains(type.name())) return type.precision().isEmpty() && (operand instanceof StringValue || operand instanceof Column);
        if (NUMBER_TYPES.contains(type.name())) {
            return type.precision().isEmpty() && (operand instanceof LongValue || operand instanceof DoubleValue
                    || operand instanceof SignedExpression s && (s.getExpression() instanceof LongValue || s.getExpression() instanceof DoubleValue));
        }
        return false;
    }

    private static Expression unwrapped(Expression e) {
        while (true) {
            if (e instanceof Parenthesis p) e = p.getExpression();
            else if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) e = list.get(0);
            else return e;
        }
    }

    /** {@code x = ANY (ARRAY[a, b])} → {@code x IN (a, b)}; {@code x <> ALL (ARRAY[a, b])} → {@code x NOT IN (a, b)}. */
    private Optional<Printed> arrayComparisonAsIn(BinaryExpression b) {
        boolean equals = b instanceof EqualsTo;
        if (!equals && !(b instanceof NotEqualsTo)) return Optional.empty();
        if (!(unwrapped(b.getRightExpression()) instanceof Function f) || f.getParameters() == null || f.getParameters().size() != 1) return Optional.empty();
        if (!f.getName().equalsIgnoreCase(equals ? "any" : "all")) return Optional.empty();
        Expression array = unwrapped((Expression) f.getParameters().get(0));
        while (array instanceof CastExpression c) array = unwrapped(c.getLeftExpression());
        if (!(array instanceof ArrayConstructor a) || a.getExpressions() == null || a.getExpressions().isEmpty()) return Optional.empty();
        return Optional.of(new Printed(operand(b.getLeftExpression(), ADDITIVE) + (equals ? " IN (" : " NOT IN (") + list(a.getExpressions()) + ")", COMPARISON));
    }

    private String function(Function f) {
        boolean noArguments = f.getParameters() == null || f.getParameters().isEmpty();
        if (noArguments) {
            Optional<String> equivalent = dev.schemadesigner.schema.AllowedFunctions.equivalent(dialect.name(), f.getName());
            if (equivalent.isPresent() && !dev.schemadesigner.schema.AllowedFunctions.allowed(dialect.name(), f.getName())) return "(" + equivalent.get() + ")";
        }
        String name = dialect.functionName(f.getName());
        if (name.equals("any") || name.equals("all")) name = name.toUpperCase(Locale.ROOT);
        return name + "(" + (f.getParameters() == null ? "" : f.getParameters().stream().map(this::print).collect(Collectors.joining(", "))) + ")";
    }
}
