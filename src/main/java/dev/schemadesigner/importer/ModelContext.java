package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.importer.python.PyStatement;
import dev.schemadesigner.schema.EnumType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the SQLAlchemy importer knows about one file while it reads it: the source lines (for
 * warning previews), the classes by name, the Python enums, the enum types declared so far,
 * {@code Annotated} aliases, which class maps which table, and the warnings.
 */
final class ModelContext {
    private final String[] lines;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    final Map<String, PyStatement.ClassDef> classes = new LinkedHashMap<>();
    /** Module-level functions by name, for column helpers ({@code def pk(): return Column(...)}). */
    final Map<String, PyStatement.FunctionDef> functions = new LinkedHashMap<>();
    /** Python enum classes: class name → member names in order. */
    final Map<String, List<String>> pythonEnums = new LinkedHashMap<>();
    final Map<String, EnumType> enumTypes = new LinkedHashMap<>();
    /** {@code intpk = Annotated[int, mapped_column(primary_key=True)]}: alias → the Annotated expression. */
    final Map<String, PyExpr.Subscript> annotatedAliases = new LinkedHashMap<>();
    final Map<String, String> tableOfClass = new LinkedHashMap<>();
    /** {@code table.column}s typed with SQLAlchemy's generic {@code JSON}, which PostgreSQL stores as json rather than jsonb. */
    final Set<String> jsonAsText = new java.util.LinkedHashSet<>();
    /** {@code table.column}s typed {@code JSONB} explicitly: a {@code Mapped[dict]} hint beside it does not make them json. */
    final Set<String> jsonb = new HashSet<>();
    /** The file's MetaData naming convention, read before any table. */
    NamingConvention naming = NamingConvention.DEFAULT;

    ModelContext(String source) {
        this.lines = source.split("\\R", -1);
    }

    void warn(int line, String message) {
        if (!warned.add(line + "\u0000" + message)) return;
        String preview = line >= 1 && line <= lines.length ? lines[line - 1].trim() : "";
        warnings.add(new ImportWarning(Math.max(line, 1), preview, message));
    }

    List<ImportWarning> warnings() {
        List<ImportWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(java.util.Comparator.comparingInt(ImportWarning::line));
        return sorted;
    }

    Optional<PyStatement.ClassDef> classNamed(String name) { return Optional.ofNullable(classes.get(name)); }

    /** The table a class name or a table name stands for: a mapped class's table, else the name itself when it is a table. */
    Optional<String> resolveTable(String classOrTable) {
        String simple = classOrTable.contains(".") ? classOrTable.substring(classOrTable.lastIndexOf('.') + 1) : classOrTable;
        if (tableOfClass.containsKey(simple)) return Optional.of(tableOfClass.get(simple));
        if (tableOfClass.containsValue(simple)) return Optional.of(simple);
        return Optional.empty();
    }

    /** A string or a bool/number keyword value as text. */
    static Optional<String> literal(PyExpr e) {
        if (e instanceof PyExpr.Str s) return Optional.of(s.value());
        if (e instanceof PyExpr.Num n) return Optional.of(n.text());
        if (e instanceof PyExpr.Name n && (n.id().equals("True") || n.id().equals("False"))) return Optional.of(n.id());
        return Optional.empty();
    }

    static Optional<Boolean> bool(Optional<PyExpr> e) {
        if (e.isPresent() && e.get() instanceof PyExpr.Name n) {
            if (n.id().equals("True")) return Optional.of(true);
            if (n.id().equals("False")) return Optional.of(false);
        }
        return Optional.empty();
    }

    static Optional<String> string(Optional<PyExpr> e) {
        return e.filter(x -> x instanceof PyExpr.Str).map(x -> ((PyExpr.Str) x).value());
    }

    /** {@code text('…')}, {@code sa.text("…")} or a plain string: the SQL inside. */
    static Optional<String> sqlText(PyExpr e) {
        if (e instanceof PyExpr.Str s) return Optional.of(ImportLimits.requireSqlNesting(s.value(), s.line()));
        if (e instanceof PyExpr.Call c && PyExpr.simpleName(c.func()).map(n -> n.equals("text") || n.equals("literal_column")).orElse(false)
                && c.args().size() == 1 && c.args().get(0) instanceof PyExpr.Str s) {
            return Optional.of(ImportLimits.requireSqlNesting(s.value(), s.line()));
        }
        return Optional.empty();
    }

    /** A column named by a string, a bare name, or {@code Class.column}. */
    static Optional<String> columnName(PyExpr e) {
        if (e instanceof PyExpr.Str s && s.value().matches("[A-Za-z_][A-Za-z0-9_]*")) return Optional.of(s.value());
        if (e instanceof PyExpr.Name n) return Optional.of(n.id());
        if (e instanceof PyExpr.Attribute a) return Optional.of(a.attr());
        return Optional.empty();
    }

    /** Upper camel case to snake_case: {@code PainPoint} → {@code pain_point}. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
