package dev.schemadesigner.importer;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One annotation of the pasted source, read by simple name so {@code @Column},
 * {@code @jakarta.persistence.Column} and {@code @javax.persistence.Column} are alike. Values are
 * read as literals; a constant the source only names (a {@code static final} field) reads as absent.
 */
record JpaAnnotation(AnnotationExpr expr) {

    static Optional<JpaAnnotation> on(NodeWithAnnotations<?> node, String simpleName) {
        return node.getAnnotations().stream().filter(a -> a.getName().getIdentifier().equals(simpleName)).findFirst().map(JpaAnnotation::new);
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) { return on(node, simpleName).isPresent(); }

    String name() { return expr.getName().getIdentifier(); }

    int line() { return expr.getBegin().map(p -> p.line).orElse(1); }

    Optional<Expression> value(String key) {
        if (expr instanceof SingleMemberAnnotationExpr s) return key.equals("value") ? Optional.of(s.getMemberValue()) : Optional.empty();
        if (expr instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) if (p.getNameAsString().equals(key)) return Optional.of(p.getValue());
        }
        return Optional.empty();
    }

    boolean present(String key) { return value(key).isPresent(); }

    Optional<String> string(String key) { return value(key).flatMap(JpaAnnotation::string); }

    Optional<Boolean> bool(String key) {
        return value(key).filter(BooleanLiteralExpr.class::isInstance).map(e -> ((BooleanLiteralExpr) e).getValue());
    }

    Optional<Integer> integer(String key) { return value(key).flatMap(JpaAnnotation::integer); }

    /** The constant's simple name: {@code GenerationType.IDENTITY} and a statically imported {@code IDENTITY} both read {@code IDENTITY}. */
    Optional<String> constant(String key) { return value(key).flatMap(JpaAnnotation::constant); }

    /** The constants of {@code cascade = {CascadeType.PERSIST, CascadeType.MERGE}} or a single one. */
    List<String> constants(String key) { return items(key).stream().map(JpaAnnotation::constant).flatMap(Optional::stream).toList(); }

    List<String> strings(String key) { return items(key).stream().map(JpaAnnotation::string).flatMap(Optional::stream).toList(); }

    List<JpaAnnotation> annotations(String key) {
        return items(key).stream().filter(AnnotationExpr.class::isInstance).map(e -> new JpaAnnotation((AnnotationExpr) e)).toList();
    }

    Optional<JpaAnnotation> annotation(String key) { return annotations(key).stream().findFirst(); }

    /** {@code targetEntity = Child.class}: the class's simple name. */
    Optional<String> className(String key) {
        return value(key).filter(ClassExpr.class::isInstance).map(e -> JpaTypes.simpleName(((ClassExpr) e).getType().asString()));
    }

    private List<Expression> items(String key) {
        Optional<Expression> v = value(key);
        if (v.isEmpty()) return List.of();
        if (v.get() instanceof ArrayInitializerExpr a) return new ArrayList<>(a.getValues());
        return List.of(v.get());
    }

    private static Optional<String> string(Expression e) {
        if (e instanceof StringLiteralExpr s) return Optional.of(s.asString());
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = string(b.getLeft());
            Optional<String> right = string(b.getRight());
            if (left.isPresent() && right.isPresent()) return Optional.of(left.get() + right.get());
        }
        return Optional.empty();
    }

    private static Optional<Integer> integer(Expression e) {
        if (e instanceof IntegerLiteralExpr i) return Optional.of(i.asNumber().intValue());
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) return integer(u.getExpression()).map(n -> -n);
        return Optional.empty();
    }

    private static Optional<String> constant(Expression e) {
        if (e instanceof FieldAccessExpr f) return Optional.of(f.getNameAsString());
        if (e instanceof NameExpr n) return Optional.of(n.getNameAsString());
        return Optional.empty();
    }
}
