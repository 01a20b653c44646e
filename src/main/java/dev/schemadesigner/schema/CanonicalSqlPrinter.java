package dev.schemadesigner.schema;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints a parsed expression in one canonical spelling: lower-case keywords, functions and
 * unquoted identifiers; no identifier quotes, casts or redundant parentheses; {@code BETWEEN}
 * expanded; PostgreSQL's {@code = ANY (ARRAY[...])} as {@code IN (...)}. Parentheses are printed
 * only where precedence needs them, so two trees print alike exactly when they are alike.
 */
final class CanonicalSqlPrinter {
    private CanonicalSqlPrinter() {}

    private static final java.util.Set<String> NUMERIC_TYPES = java.util.Set.of("smallint", "integer", "int", "bigint", "int2", "int4",
            "int8", "numeric", "decimal", "real", "double precision", "float4", "float8");

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int ADDITIVE = 5;
    private static final int MULTIPLICATIVE = 6;
    private static final int UNARY = 7;
    private static final int ATOM = 8;

    private record Printed(String text, int precedence) {}

    static String print(Expression expression) {
        return printed(expression).text();
    }

    private static Printed printed(Expression e) {
        e = unwrapped(e);
        if (e instanceof AndExpression || e instanceof OrExpression) return logical(e);
        if (e instanceof Between b) return between(b);
        if (e instanceof InExpression in && in.getRightExpression() instanceof BinaryExpression) return printed(reassociated(in));
        if (e instanceof InExpression in) return in(in);
        if (e instanceof IsNullExpression n) {
            return new Printed(operand(n.getLeftExpression(), ADDITIVE) + (n.isNot() ? " is not null" : " is null"), COMPARISON);
        }
        if (e instanceof NotExpression n) return new Printed("not " + operand(n.getExpression(), NOT), NOT);
        if (e instanceof LikeExpression like) {
            return new Printed(operand(like.getLeftExpression(), ADDITIVE) + (like.isNot() ? " not " : " ")
                    + like.getStringExpression().toLowerCase(Locale.ROOT) + " " + operand(like.getRightExpression(), ADDITIVE), COMPARISON);
        }
        if (e instanceof ComparisonOperator c) return comparison(c);
        if (e instanceof BinaryExpression b) return arithmetic(b);
        if (e instanceof SignedExpression s) {
            String sign = s.getSign() == '+' ? "" : String.valueOf(s.getSign());
            return new Printed(sign + operand(s.getExpression(), UNARY), UNARY);
        }
        if (e instanceof Function f) return function(f);
        if (e instanceof Column c) return new Printed(identifier(c.getFullyQualifiedName()), ATOM);
        if (e instanceof StringValue s) return new Printed("'" + s.getValue() + "'", ATOM);
        if (e instanceof LongValue || e instanceof DoubleValue) return new Printed(e.toString(), ATOM);
        if (e instanceof NullValue || e instanceof BooleanValue || e instanceof TimeKeyExpression) {
            return new Printed(e.toString().toLowerCase(Locale.ROOT), ATOM);
        }
        if (e instanceof ArrayConstructor a) return new Printed("array[" + list(a.getExpressions()) + "]", ATOM);
        if (e instanceof ExpressionList<?> list) return new Printed("(" + list(list) + ")", ATOM);
        return new Printed(SqlExpressions.lenient(e.toString()), ATOM);
    }

    /** Drops what never changes meaning here: parentheses around one expression and casts. */
    private static Expression unwrapped(Expression e) {
        while (true) {
            if (e instanceof Parenthesis p) e = p.getExpression();
            else if (e instanceof ExpressionList<?> list && list.size() == 1 && e.toString().startsWith("(")) e = list.get(0);
            else if (e instanceof CastExpression c && c.getLeftExpression() != null) e = numberIfNumericCast(c);
            else return e;
        }
    }

    /** PostgreSQL prints {@code -1} on an integer column as {@code '-1'::integer}. */
    private static Expression numberIfNumericCast(CastExpression c) {
        Expression left = c.getLeftExpression();
        String type = c.getColDataType() == null ? "" : c.getColDataType().getDataType().toLowerCase(Locale.ROOT);
        if (left instanceof StringValue s && NUMERIC_TYPES.contains(type) && s.getValue().matches("[+-]?\\d+(\\.\\d+)?")) {
            try {
                return CCJSqlParserUtil.parseExpression(s.getValue());
            } catch (JSQLParserException e) {
                return left;
            }
        }
        return left;
    }

    /**
     * JSqlParser 5.3 reads {@code x IN ('a', 'b') OR y} as {@code x IN (('a', 'b') OR y)}; this
     * moves the IN back down to the leftmost operand, where it belongs.
     */
    private static Expression reassociated(InExpression in) {
        BinaryExpression right = (BinaryExpression) in.getRightExpression();
        InExpression inner = new InExpression(in.getLeftExpression(), right.getLeftExpression());
        inner.setNot(in.isNot());
        right.setLeftExpression(inner.getRightExpression() instanceof BinaryExpression ? reassociated(inner) : inner);
        return right;
    }

    private static String operand(Expression e, int minimum) {
        Printed p = printed(e);
        return p.precedence() < minimum ? "(" + p.text() + ")" : p.text();
    }

    private static Printed logical(Expression e) {
        boolean and = e instanceof AndExpression;
        List<Expression> operands = new ArrayList<>();
        flatten(e, and ? AndExpression.class : OrExpression.class, operands);
        int precedence = and ? AND : OR;
        String text = operands.stream().map(o -> operand(o, precedence))
                .collect(Collectors.joining(and ? " and " : " or "));
        return new Printed(text, precedence);
    }

    private static void flatten(Expression e, Class<? extends BinaryExpression> kind, List<Expression> out) {
        Expression u = unwrapped(e);
        if (kind.isInstance(u)) {
            BinaryExpression b = (BinaryExpression) u;
            flatten(b.getLeftExpression(), kind, out);
            flatten(b.getRightExpression(), kind, out);
        } else {
            out.add(u);
        }
    }

    private static Printed between(Between b) {
        String left = operand(b.getLeftExpression(), ADDITIVE);
        String start = operand(b.getBetweenExpressionStart(), ADDITIVE);
        String end = operand(b.getBetweenExpressionEnd(), ADDITIVE);
        return b.isNot()
                ? new Printed(left + " < " + start + " or " + left + " > " + end, OR)
                : new Printed(left + " >= " + start + " and " + left + " <= " + end, AND);
    }

    private static Printed in(InExpression in) {
        Expression right = unwrapped(in.getRightExpression());
        List<Expression> items = right instanceof ExpressionList<?> list ? new ArrayList<>(list) : List.of(right);
        return membership(in.getLeftExpression(), items, in.isNot());
    }

    /** {@code x IN (a)} is {@code x = a}, as PostgreSQL stores it. */
    private static Printed membership(Expression left, List<? extends Expression> items, boolean not) {
        String l = operand(left, ADDITIVE);
        if (items.size() == 1) return new Printed(l + (not ? " <> " : " = ") + operand(items.get(0), ADDITIVE), COMPARISON);
        String values = items.stream().map(i -> operand(i, ADDITIVE)).collect(Collectors.joining(", "));
        return new Printed(l + (not ? " not in (" : " in (") + values + ")", COMPARISON);
    }

    private static Printed comparison(ComparisonOperator c) {
        String op = c.getStringExpression().trim();
        if (op.equals("!=")) op = "<>";
        Optional<List<Expression>> array = quantifiedArray(c.getRightExpression(), op.equals("=") ? "ANY" : op.equals("<>") ? "ALL" : "");
        if (array.isPresent()) return membership(c.getLeftExpression(), array.get(), op.equals("<>"));
        return new Printed(operand(c.getLeftExpression(), ADDITIVE) + " " + op.toLowerCase(Locale.ROOT) + " "
                + operand(c.getRightExpression(), ADDITIVE), COMPARISON);
    }

    /** The elements of {@code ANY (ARRAY[...])} / {@code ALL (ARRAY[...])}, the way PostgreSQL prints IN lists. */
    private static Optional<List<Expression>> quantifiedArray(Expression right, String quantifier) {
        if (quantifier.isEmpty() || !(right instanceof Function f) || !f.getName().equalsIgnoreCase(quantifier)) return Optional.empty();
        if (f.getParameters() == null || f.getParameters().size() != 1) return Optional.empty();
        Expression argument = unwrapped(f.getParameters().get(0));
        if (!(argument instanceof ArrayConstructor a) || a.getExpressions() == null) return Optional.empty();
        return Optional.of(new ArrayList<>(a.getExpressions()));
    }

    private static Printed arithmetic(BinaryExpression b) {
        int precedence = b instanceof Multiplication || b instanceof Division || b instanceof Modulo ? MULTIPLICATIVE
                : b instanceof Addition || b instanceof Subtraction || b instanceof Concat ? ADDITIVE : COMPARISON;
        return new Printed(operand(b.getLeftExpression(), precedence) + " " + b.getStringExpression().trim().toLowerCase(Locale.ROOT)
                + " " + operand(b.getRightExpression(), precedence + 1), precedence);
    }

    /** Spellings of the same function: what MariaDB prints back for what was written. */
    private static final java.util.Map<String, String> SAME_AS = java.util.Map.of(
            "curdate()", "current_date", "current_date()", "current_date", "now()", "current_timestamp",
            "current_timestamp()", "current_timestamp", "localtimestamp()", "localtimestamp", "curtime()", "current_time");

    private static Printed function(Function f) {
        String name = identifier(f.getName());
        if ((f.getParameters() == null || f.getParameters().isEmpty()) && SAME_AS.containsKey(name + "()")) {
            return new Printed(SAME_AS.get(name + "()"), ATOM);
        }
        if (f.isAllColumns()) return new Printed(name + "(*)", ATOM);
        String arguments = f.getParameters() == null ? "" : list(f.getParameters());
        return new Printed(name + "(" + (f.isDistinct() ? "distinct " : "") + arguments + ")", ATOM);
    }

    private static String list(ExpressionList<?> list) {
        return list.stream().map(x -> operand(x, ADDITIVE)).collect(Collectors.joining(", "));
    }

    /**
     * Each dotted part unquoted; lower-cased unless it was double-quoted or bracketed (case-sensitive
     * there). Backticks are MariaDB's, whose column names ignore case, so those are lower-cased too.
     */
    static String identifier(String qualified) {
        List<String> parts = new ArrayList<>();
        for (String part : qualified.split("\\.")) {
            boolean caseKept = part.length() >= 2 && (part.startsWith("\"") && part.endsWith("\"")
                    || part.startsWith("[") && part.endsWith("]"));
            boolean backticked = part.length() >= 2 && part.startsWith("`") && part.endsWith("`");
            String bare = caseKept || backticked ? part.substring(1, part.length() - 1) : part;
            parts.add(caseKept ? bare : bare.toLowerCase(Locale.ROOT));
        }
        return String.join(".", parts);
    }
}
