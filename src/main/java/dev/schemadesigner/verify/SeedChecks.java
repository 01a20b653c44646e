package dev.schemadesigner.verify;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.ExpressionReader;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table's CHECK constraints as the seed generator reads them: each is parsed once, candidate rows
 * are evaluated against it (SQL's three values: a CHECK holds unless it is false), and the simple
 * forms — {@code c BETWEEN a AND b}, {@code c >= a}, {@code c IN (…)}, {@code c LIKE '…'} — also
 * give each column the values worth trying. A form it cannot evaluate counts as unknown, and the
 * database has the last word.
 */
final class SeedChecks {

    /** What the checks say about one column's values. */
    record Domain(Optional<BigDecimal> min, boolean minExclusive, Optional<BigDecimal> max, boolean maxExclusive,
                  List<Object> choices, Optional<String> likePattern, int minLength, int maxLength) {
        static final Domain ANY = new Domain(Optional.empty(), false, Optional.empty(), false, List.of(), Optional.empty(), 0, Integer.MAX_VALUE);

        Domain withLength(int min, int max) {
            return new Domain(this.min, minExclusive, this.max, maxExclusive, choices, likePattern, Math.max(minLength, min), Math.min(maxLength, max));
        }
    }

    private record Parsed(Check check, Optional<Expression> expression) {}

    private final List<Parsed> checks;
    private final Map<String, Domain> domains = new HashMap<>();

    SeedChecks(List<Check> checks) {
        List<Parsed> parsed = new ArrayList<>();
        for (Check c : checks) {
            Optional<Expression> e;
            try {
                e = Optional.of(CCJSqlParserUtil.parseCondExpression(c.expression()));
            } catch (Exception unreadable) {
                e = Optional.empty();
            }
            parsed.add(new Parsed(c, e));
            e.ifPresent(this::narrow);
        }
        this.checks = List.copyOf(parsed);
    }

    Domain domain(String column) { return domains.getOrDefault(column, Domain.ANY); }

    /** The first check {@code row} makes false, if any (values by column name). */
    Optional<Check> violated(Map<String, Object> row) {
        for (Parsed p : checks) {
            if (p.expression().isEmpty()) continue;
            if (Boolean.FALSE.equals(truth(p.expression().get(), row))) return Optional.of(p.check());
        }
        return Optional.empty();
    }

    /** Checks the generator cannot read at all; the database decides those. */
    List<Check> unread() { return checks.stream().filter(p -> p.expression().isEmpty()).map(Parsed::check).toList(); }

    // ---- what a check says about one column (only conjuncts: an OR branch narrows nothing)

    private void narrow(Expression e) {
        if (e instanceof Parenthesis p) { narrow(p.getExpression()); return; }
        if (e instanceof AndExpression a) { narrow(a.getLeftExpression()); narrow(a.getRightExpression()); return; }
        if (e instanceof Between b && !b.isNot() && b.getLeftExpression() instanceof Column c) {
            number(b.getBetweenExpressionStart()).ifPresent(lo -> bound(name(c), lo, false, true));
            number(b.getBetweenExpressionEnd()).ifPresent(hi -> bound(name(c), hi, false, false));
            return;
        }
        if (e instanceof InExpression in && !in.isNot() && in.getLeftExpression() instanceof Column c
                && in.getRightExpression() instanceof ExpressionList<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object item : list) {
                Optional<Object> v = literal((Expression) item);
                if (v.isEmpty()) return;
                values.add(v.get());
            }
            update(name(c), d -> new Domain(d.min(), d.minExclusive(), d.max(), d.maxExclusive(), values, d.likePattern(), d.minLength(), d.maxLength()));
            return;
        }
        if (e instanceof LikeExpression like && !like.isNot() && like.getLikeKeyWord() == LikeExpression.KeyWord.LIKE && like.getLeftExpression() instanceof Column c
                && like.getRightExpression() instanceof StringValue s) {
            update(name(c), d -> new Domain(d.min(), d.minExclusive(), d.max(), d.maxExclusive(), d.choices(),
                    Optional.of(ExpressionReader.stringValue(s)), d.minLength(), d.maxLength()));
            return;
        }
        if (e instanceof ComparisonOperator op) {
            Expression l = op.getLeftExpression(), r = op.getRightExpression();
            boolean flipped = !(l instanceof Column || lengthOf(l).isPresent()) && (r instanceof Column || lengthOf(r).isPresent());
            if (flipped) { Expression t = l; l = r; r = t; }
            Optional<String> measured = lengthOf(l);
            Optional<BigDecimal> bound = number(r);
            if (measured.isPresent() && bound.isPresent()) {
                int n = bound.get().intValue();
                boolean lowerBound = (op instanceof GreaterThan || op instanceof GreaterThanEquals) != flipped;
                boolean upperBound = (op instanceof MinorThan || op instanceof MinorThanEquals) != flipped;
                int min = op instanceof EqualsTo ? n : lowerBound ? (op instanceof GreaterThan || op instanceof MinorThan ? n + 1 : n) : 0;
                int max = op instanceof EqualsTo ? n : upperBound ? (op instanceof GreaterThan || op instanceof MinorThan ? n - 1 : n) : Integer.MAX_VALUE;
                update(measured.get(), d -> d.withLength(min, max));
                return;
            }
            if (!(l instanceof Column c)) return;
            Optional<BigDecimal> n = number(r);
            if (n.isEmpty()) {
                if (op instanceof EqualsTo) literal(r).ifPresent(v -> update(name(c), d ->
                        new Domain(d.min(), d.minExclusive(), d.max(), d.maxExclusive(), List.of(v), d.likePattern(), d.minLength(), d.maxLength())));
                return;
            }
            boolean lower = (op instanceof GreaterThan || op instanceof GreaterThanEquals) != flipped;
            boolean upper = (op instanceof MinorThan || op instanceof MinorThanEquals) != flipped;
            boolean exclusive = op instanceof GreaterThan || op instanceof MinorThan;
            if (op instanceof EqualsTo) {
                bound(name(c), n.get(), false, true);
                bound(name(c), n.get(), false, false);
            } else if (lower) {
                bound(name(c), n.get(), exclusive, true);
            } else if (upper) {
                bound(name(c), n.get(), exclusive, false);
            }
        }
    }

    private void bound(String column, BigDecimal value, boolean exclusive, boolean lower) {
        update(column, d -> {
            if (lower && (d.min().isEmpty() || value.compareTo(d.min().get()) >= 0)) {
                return new Domain(Optional.of(value), exclusive, d.max(), d.maxExclusive(), d.choices(), d.likePattern(), d.minLength(), d.maxLength());
            }
            if (!lower && (d.max().isEmpty() || value.compareTo(d.max().get()) <= 0)) {
                return new Domain(d.min(), d.minExclusive(), Optional.of(value), exclusive, d.choices(), d.likePattern(), d.minLength(), d.maxLength());
            }
            return d;
        });
    }

    private void update(String column, java.util.function.UnaryOperator<Domain> change) {
        domains.put(column, change.apply(domains.getOrDefault(column, Domain.ANY)));
    }

    /** The column of {@code length(c)} or {@code char_length(c)}. */
    private static Optional<String> lengthOf(Expression e) {
        if (e instanceof Function f && f.getParameters() != null && f.getParameters().size() == 1
                && f.getParameters().get(0) instanceof Column c) {
            String fn = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (fn.equals("length") || fn.equals("char_length") || fn.equals("character_length")) return Optional.of(name(c));
        }
        return Optional.empty();
    }

    private static String name(Column c) { return ExpressionReader.columnName(c.getColumnName()); }

    // ---- evaluation: TRUE, FALSE, or null for unknown (a NULL operand, or a form not modelled)

    private static Boolean truth(Expression e, Map<String, Object> row) {
        if (e instanceof Parenthesis p) return truth(p.getExpression(), row);
        if (e instanceof AndExpression a) {
            Boolean l = truth(a.getLeftExpression(), row), r = truth(a.getRightExpression(), row);
            if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) return false;
            return l == null || r == null ? null : true;
        }
        if (e instanceof OrExpression o) {
            Boolean l = truth(o.getLeftExpression(), row), r = truth(o.getRightExpression(), row);
            if (Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r)) return true;
            return l == null || r == null ? null : false;
        }
        if (e instanceof NotExpression n) {
            Boolean v = truth(n.getExpression(), row);
            return v == null ? null : !v;
        }
        if (e instanceof IsNullExpression n) {
            if (!(n.getLeftExpression() instanceof Column c)) return null;
            if (!row.containsKey(name(c))) return null;
            boolean isNull = row.get(name(c)) == null;
            return n.isNot() != isNull;
        }
        if (e instanceof Between b) {
            Object v = value(b.getLeftExpression(), row), lo = value(b.getBetweenExpressionStart(), row), hi = value(b.getBetweenExpressionEnd(), row);
            Integer a = compare(v, lo), z = compare(v, hi);
            if (a == null || z == null) return null;
            return b.isNot() != (a >= 0 && z <= 0);
        }
        if (e instanceof InExpression in) {
            Object v = value(in.getLeftExpression(), row);
            if (v == null || !(in.getRightExpression() instanceof ExpressionList<?> list)) return null;
            boolean unknown = false;
            for (Object item : list) {
                Integer c = compare(v, value((Expression) item, row));
                if (c == null) unknown = true;
                else if (c == 0) return !in.isNot();
            }
            return unknown ? null : in.isNot();
        }
        if (e instanceof LikeExpression like && like.getLikeKeyWord() == LikeExpression.KeyWord.LIKE) {
            Object v = value(like.getLeftExpression(), row), p = value(like.getRightExpression(), row);
            if (!(v instanceof String s) || !(p instanceof String pattern)) return null;
            return like.isNot() != likeMatches(s, pattern);
        }
        if (e instanceof ComparisonOperator op) {
            Integer c = compare(value(op.getLeftExpression(), row), value(op.getRightExpression(), row));
            if (c == null) return null;
            if (op instanceof EqualsTo) return c == 0;
            if (op instanceof NotEqualsTo) return c != 0;
            if (op instanceof GreaterThan) return c > 0;
            if (op instanceof GreaterThanEquals) return c >= 0;
            if (op instanceof MinorThan) return c < 0;
            if (op instanceof MinorThanEquals) return c <= 0;
        }
        return null;
    }

    private static Object value(Expression e, Map<String, Object> row) {
        if (e instanceof Parenthesis p) return value(p.getExpression(), row);
        if (e instanceof Column c) return row.get(name(c));
        if (e instanceof Function f && f.getParameters() != null && f.getParameters().size() == 1) {
            String fn = f.getName().toLowerCase(java.util.Locale.ROOT);
            if (fn.equals("length") || fn.equals("char_length") || fn.equals("character_length")) {
                Object v = value((Expression) f.getParameters().get(0), row);
                return v instanceof String s ? BigDecimal.valueOf(s.codePointCount(0, s.length())) : null;
            }
            if (fn.equals("trim") || fn.equals("btrim")) {
                Object v = value((Expression) f.getParameters().get(0), row);
                return v instanceof String s ? s.strip() : null;
            }
            if (fn.equals("lower")) {
                Object v = value((Expression) f.getParameters().get(0), row);
                return v instanceof String s ? s.toLowerCase(java.util.Locale.ROOT) : null;
            }
        }
        return literal(e).orElse(null);
    }

    private static Optional<Object> literal(Expression e) {
        if (e instanceof StringValue s) return Optional.of(ExpressionReader.stringValue(s));
        return number(e).map(n -> (Object) n);
    }

    private static Optional<BigDecimal> number(Expression e) {
        if (e instanceof LongValue l) return Optional.of(new BigDecimal(l.getStringValue()));
        if (e instanceof DoubleValue d) return Optional.of(BigDecimal.valueOf(d.getValue()));
        if (e instanceof SignedExpression s && s.getSign() == '-') return number(s.getExpression()).map(BigDecimal::negate);
        if (e instanceof SignedExpression s) return number(s.getExpression());
        if (e instanceof Parenthesis p) return number(p.getExpression());
        return Optional.empty();
    }

    /** Numbers by value, strings by text; anything else, or a NULL, is unknown. */
    private static Integer compare(Object a, Object b) {
        if (a == null || b == null || e(a) || e(b)) return null;
        BigDecimal x = asNumber(a), y = asNumber(b);
        if (x != null && y != null) return x.compareTo(y);
        if (a instanceof java.time.temporal.Temporal) a = a.toString().replace('T', ' ');
        if (b instanceof java.time.temporal.Temporal) b = b.toString().replace('T', ' ');
        if (a instanceof String s && b instanceof String t) return s.compareTo(t);
        return null;
    }

    private static boolean e(Object v) { return v instanceof NullValue; }

    private static BigDecimal asNumber(Object v) {
        if (v instanceof BigDecimal d) return d;
        if (v instanceof Long l) return BigDecimal.valueOf(l);
        if (v instanceof Integer i) return BigDecimal.valueOf(i);
        if (v instanceof Double d) return BigDecimal.valueOf(d);
        if (v instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
        return null;
    }

    static boolean likeMatches(String s, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '%') regex.append(".*");
            else if (ch == '_') regex.append('.');
            else regex.append(java.util.regex.Pattern.quote(String.valueOf(ch)));
        }
        return java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL).matcher(s).matches();
    }
}
