package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.importer.python.PyStatement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The class hierarchy of one model file: which classes are declarative bases, Python enums,
 * mapped tables (SQLModel's {@code table=True} classes among them), abstract bases and mixins, and the attributes a table class ends up with once
 * its abstract bases and mixins are merged in (the nearest definition wins, as in Python's MRO).
 */
final class ModelClasses {
    private static final Set<String> DECLARATIVE = Set.of("DeclarativeBase", "DeclarativeBaseNoMeta");
    private static final Set<String> ENUM_BASES = Set.of("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag");
    private static final Set<String> BASE_FACTORIES = Set.of("declarative_base", "generate_base", "as_declarative");

    /** One class attribute: a plain or annotated assignment, or a {@code @declared_attr} returning an expression. */
    record Attribute(String name, Optional<PyExpr> annotation, Optional<PyExpr> value, int line, String owner) {}

    private final ModelContext context;
    private final Set<String> declarativeBases = new HashSet<>();
    private final Set<String> enumAliases = new HashSet<>(ENUM_BASES);
    /** SQLModel classes declared with {@code table=True}. */
    private final Set<String> sqlModelTables = new HashSet<>();

    ModelClasses(ModelContext context) {
        this.context = context;
    }

    /** Reads imports, base factories and aliases at module level and indexes the classes. */
    void index(List<PyStatement> module) {
        for (PyStatement s : module) {
            if (s instanceof PyStatement.Import i && i.module().equals("enum")) {
                i.names().stream().filter(a -> ENUM_BASES.contains(a.name())).forEach(a -> enumAliases.add(a.boundName()));
            } else if (s instanceof PyStatement.Assign a && a.target() instanceof PyExpr.Name target && a.value().isPresent()) {
                PyExpr value = a.value().get();
                if (PyExpr.callee(value).map(BASE_FACTORIES::contains).orElse(false)) declarativeBases.add(target.id());
                if (value instanceof PyExpr.Subscript sub && PyExpr.simpleName(sub.value()).orElse("").equals("Annotated")) {
                    context.annotatedAliases.put(target.id(), sub);
                }
            } else if (s instanceof PyStatement.FunctionDef f) {
                context.functions.put(f.name(), f);
            } else if (s instanceof PyStatement.ClassDef c) {
                context.classes.put(c.name(), c);
                if (c.bases().stream().anyMatch(b -> PyExpr.simpleName(b).map(DECLARATIVE::contains).orElse(false))) {
                    declarativeBases.add(c.name());
                }
                if (c.bases().stream().anyMatch(b -> PyExpr.dotted(b).map(d -> d.endsWith(".Model")).orElse(false))) {
                    declarativeBases.add(c.name() + "#flask");
                }
                if (isEnum(c)) context.pythonEnums.put(c.name(), members(c));
                if (c.keywords().stream().anyMatch(k -> "table".equals(k.name()) && PyExpr.isTrue(k.value()))) sqlModelTables.add(c.name());
            }
        }
    }

    boolean isDeclarativeBase(PyStatement.ClassDef c) { return declarativeBases.contains(c.name()); }

    /** A SQLModel class with {@code table=True}: every annotated field is a column, named after the class in lower case by default. */
    boolean isSqlModelTable(PyStatement.ClassDef c) { return sqlModelTables.contains(c.name()); }

    boolean isEnum(PyStatement.ClassDef c) {
        return lineage(c).stream().anyMatch(k -> k.bases().stream().anyMatch(b -> enumAliases.contains(PyExpr.simpleName(b).orElse(""))
                || PyExpr.dotted(b).map(d -> d.startsWith("enum.")).orElse(false)));
    }

    /** True when the class reaches a declarative base through its bases (or is a Flask-SQLAlchemy {@code db.Model}). */
    boolean isMapped(PyStatement.ClassDef c) {
        if (isSqlModelTable(c)) return true;
        return lineage(c).stream().anyMatch(k -> declarativeBases.contains(k.name() + "#flask") || k.bases().stream()
                .map(b -> PyExpr.simpleName(b).orElse("")).anyMatch(name -> declarativeBases.contains(name) && !name.equals(k.name())));
    }

    /**
     * The class and the classes of this file it inherits from, nearest first (depth first, bases in
     * order, each once: a file may name its classes in a cycle). Read with a stack, not recursion;
     * inheritance deeper than {@link ImportLimits#MAX_NESTING} is refused. {@code stopAt} classes
     * are not entered (their bases are not followed).
     */
    private List<PyStatement.ClassDef> lineage(PyStatement.ClassDef c, Predicate<PyStatement.ClassDef> stopAt) {
        record Step(PyStatement.ClassDef cls, int depth) {}
        List<PyStatement.ClassDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Step> open = new ArrayDeque<>();
        open.push(new Step(c, 0));
        while (!open.isEmpty()) {
            Step step = open.pop();
            if (!seen.add(step.cls().name())) continue;
            if (step.depth() > ImportLimits.MAX_NESTING) throw new NestingTooDeepException("Python", "class inheritance", step.cls().line());
            out.add(step.cls());
            List<PyExpr> bases = step.cls().bases();
            for (int i = bases.size() - 1; i >= 0; i--) {
                Optional<PyStatement.ClassDef> parent = PyExpr.simpleName(bases.get(i)).flatMap(context::classNamed);
                if (parent.isPresent() && parent.get() != step.cls() && !stopAt.test(parent.get())) open.push(new Step(parent.get(), step.depth() + 1));
            }
        }
        return out;
    }

    private List<PyStatement.ClassDef> lineage(PyStatement.ClassDef c) { return lineage(c, k -> false); }

    /** The table name a class declares itself, or inherits through a mixin as a literal. */
    Optional<String> tableName(PyStatement.ClassDef c) {
        Optional<Attribute> a = Optional.ofNullable(attributes(c).get("__tablename__"));
        if (a.isPresent() && a.get().value().isPresent() && a.get().value().get() instanceof PyExpr.Str s) return Optional.of(s.value());
        if (a.isEmpty() && declarativeBases.contains(c.name() + "#flask") && !isAbstract(c)) return Optional.of(ModelContext.snake(c.name()));
        if (a.isEmpty() && isSqlModelTable(c)) return Optional.of(c.name().toLowerCase(java.util.Locale.ROOT));
        // Flask-SQLAlchemy names a subclass's table only when the subclass has a primary key of its own (joined inheritance)
        if (a.isEmpty() && isFlaskModel(c) && !isAbstract(c) && hasOwnPrimaryKey(c)) return Optional.of(ModelContext.snake(c.name()));
        return Optional.empty();
    }

    /** A class below Flask-SQLAlchemy's {@code db.Model}. */
    private boolean isFlaskModel(PyStatement.ClassDef c) {
        return lineage(c).stream().anyMatch(k -> declarativeBases.contains(k.name() + "#flask"));
    }

    /** A primary-key column among the attributes the class declares itself or takes from its mixins. */
    private boolean hasOwnPrimaryKey(PyStatement.ClassDef c) {
        return attributes(c).values().stream().map(Attribute::value).flatMap(Optional::stream)
                .filter(v -> v instanceof PyExpr.Call).map(v -> (PyExpr.Call) v)
                .anyMatch(call -> ModelContext.bool(call.keyword("primary_key")).orElse(false));
    }

    /**
     * The mapped class whose table this class's rows live in, under single-table inheritance: a mapped subclass
     * without a {@code __tablename__} of its own, or (Flask-SQLAlchemy, which drops the table it would make) one whose
     * {@code __tablename__} comes with no primary key of its own. Empty for a class with its own table.
     */
    Optional<PyStatement.ClassDef> singleTableParent(PyStatement.ClassDef c) {
        if (!isMapped(c) || isAbstract(c) || isSqlModelTable(c) || isDeclarativeBase(c)) return Optional.empty();
        boolean ownTable = tableName(c).isPresent() && !(isFlaskModel(c) && !declarativeBases.contains(c.name() + "#flask") && !hasOwnPrimaryKey(c));
        if (ownTable) return Optional.empty();
        return lineage(c).stream().skip(1).filter(k -> !isAbstract(k) && isMapped(k) && !isDeclarativeBase(k) && tableName(k).isPresent()
                && (!isFlaskModel(k) || declarativeBases.contains(k.name() + "#flask") || hasOwnPrimaryKey(k))).findFirst();
    }

    /** True when {@code __tablename__} is computed ({@code @declared_attr}) rather than a literal. */
    boolean computedTableName(PyStatement.ClassDef c) {
        Attribute a = attributes(c).get("__tablename__");
        return a != null && !(a.value().orElse(null) instanceof PyExpr.Str);
    }

    boolean isAbstract(PyStatement.ClassDef c) {
        return c.body().stream().anyMatch(s -> s instanceof PyStatement.Assign a && a.target() instanceof PyExpr.Name n
                && n.id().equals("__abstract__") && ModelContext.bool(a.value()).orElse(false));
    }

    /** A mapped class with a table of its own (its subclasses do not inherit its columns). */
    boolean hasOwnTable(PyStatement.ClassDef c) {
        if (isSqlModelTable(c) || declarativeBases.contains(c.name() + "#flask") && !isAbstract(c)) return true;
        return !isAbstract(c) && c.body().stream().anyMatch(s -> s instanceof PyStatement.Assign a
                && a.target() instanceof PyExpr.Name n && n.id().equals("__tablename__"));
    }

    /** The class's attributes with those of its abstract bases and mixins, ordered by where they are written. */
    Map<String, Attribute> attributes(PyStatement.ClassDef c) {
        Map<String, Attribute> all = new LinkedHashMap<>();
        collect(c, all);
        List<Attribute> ordered = new ArrayList<>(all.values());
        ordered.sort(Comparator.comparingInt(Attribute::line));
        Map<String, Attribute> out = new LinkedHashMap<>();
        ordered.forEach(a -> out.put(a.name(), a));
        return out;
    }

    /** Names of bases the file does not define (their columns cannot be known), other than the known library bases. */
    List<String> undefinedBases(PyStatement.ClassDef c) {
        List<String> out = new ArrayList<>();
        for (PyExpr b : c.bases()) {
            String name = PyExpr.simpleName(b).orElse("?");
            if (context.classNamed(name).isEmpty() && !declarativeBases.contains(name) && !DECLARATIVE.contains(name)
                    && !PyExpr.dotted(b).map(d -> d.endsWith(".Model")).orElse(false) && !name.equals("object") && !name.equals("SQLModel")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The attributes of {@code c} and of the bases it inherits columns from (not those with a table of their own), nearest first. */
    private void collect(PyStatement.ClassDef c, Map<String, Attribute> into) {
        for (PyStatement.ClassDef k : lineage(c, this::hasOwnTable)) {
            for (PyStatement s : k.body()) {
                Optional<Attribute> a = attribute(s, k.name());
                if (a.isPresent() && (k == c || !a.get().name().equals("__abstract__"))) into.putIfAbsent(a.get().name(), a.get());
            }
        }
    }

    private static Optional<Attribute> attribute(PyStatement s, String owner) {
        if (s instanceof PyStatement.Assign a && a.target() instanceof PyExpr.Name n) {
            return Optional.of(new Attribute(n.id(), a.annotation(), a.value(), a.line(), owner));
        }
        if (s instanceof PyStatement.FunctionDef f && f.decorators().stream()
                .anyMatch(d -> PyExpr.dotted(d).map(x -> x.endsWith("declared_attr") || x.endsWith("declared_attr.directive")).orElse(false))) {
            Optional<PyExpr> value = f.body().stream().filter(b -> b instanceof PyStatement.Return)
                    .map(b -> ((PyStatement.Return) b).value()).flatMap(Optional::stream).findFirst();
            return Optional.of(new Attribute(f.name(), Optional.empty(), value, f.line(), owner));
        }
        return Optional.empty();
    }

    /** Member names of a Python enum class, in order (SQLAlchemy stores names, not values). */
    private static List<String> members(PyStatement.ClassDef c) {
        List<String> out = new ArrayList<>();
        for (PyStatement s : c.body()) {
            if (s instanceof PyStatement.Assign a && a.target() instanceof PyExpr.Name n && !n.id().startsWith("_") && a.value().isPresent()) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** Member values when they are all strings (for {@code values_callable}). */
    static Optional<List<String>> memberValues(PyStatement.ClassDef c) {
        List<String> out = new ArrayList<>();
        for (PyStatement s : c.body()) {
            if (s instanceof PyStatement.Assign a && a.target() instanceof PyExpr.Name n && !n.id().startsWith("_") && a.value().isPresent()) {
                if (!(a.value().get() instanceof PyExpr.Str str)) return Optional.empty();
                out.add(str.value());
            }
        }
        return Optional.of(out);
    }
}
