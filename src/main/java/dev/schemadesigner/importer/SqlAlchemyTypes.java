package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SQLAlchemy column types ({@code String(50)}, {@code DateTime(timezone=True)}, {@code Enum(Status)},
 * {@code postgresql.JSONB}, …) and Python type hints ({@code int}, {@code Decimal}, {@code uuid.UUID},
 * an enum class) as {@link LogicalType}s. A type the model does not hold becomes text, with a warning.
 */
final class SqlAlchemyTypes {
    private static final Set<String> NOT_TYPES = Set.of("ForeignKey", "Sequence", "Identity", "Computed", "CheckConstraint",
            "FetchedValue", "DefaultClause");

    private final ModelContext context;

    SqlAlchemyTypes(ModelContext context) {
        this.context = context;
    }

    /** True when a positional Column argument is a type rather than a key, sequence or constraint. */
    static boolean isTypeArgument(PyExpr e) {
        if (e instanceof PyExpr.Str || PyExpr.isNone(e)) return false;
        Optional<String> name = e instanceof PyExpr.Call c ? PyExpr.simpleName(c.func()) : PyExpr.simpleName(e);
        return name.isPresent() && !NOT_TYPES.contains(name.get());
    }

    /** The logical type of a SQLAlchemy type expression; {@code where} names the column for enum names and warnings. */
    LogicalType type(PyExpr e, String table, String column) {
        // X().with_variant(Y, "dialect"): X is the type; a variant only respells it on one dialect
        // (BigInteger().with_variant(Integer, "sqlite") so that SQLite numbers the rows), except a UUID variant of a string
        if (e instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute a && a.attr().equals("with_variant") && !call.args().isEmpty()) {
            LogicalType base = type(a.value(), table, column);
            // JSON().with_variant(JSONB(), "postgresql") is jsonb where it matters
            if (typeName(call.args().get(0)).equalsIgnoreCase("JSONB")) {
                context.jsonb.add(table + "." + column);
                context.jsonAsText.remove(table + "." + column);
            }
            boolean uuidVariant = (call.args().get(0) instanceof PyExpr.Call v ? PyExpr.simpleName(v.func()) : PyExpr.simpleName(call.args().get(0)))
                    .map(n -> n.equalsIgnoreCase("UUID")).orElse(false);
            return uuidVariant && base instanceof LogicalType.Varchar ? LogicalType.UUID : base;
        }
        String name = (e instanceof PyExpr.Call c ? PyExpr.simpleName(c.func()) : PyExpr.simpleName(e)).orElse("");
        List<PyExpr> args = e instanceof PyExpr.Call c ? c.args() : List.of();
        switch (name.toUpperCase(Locale.ROOT)) {
            case "INTEGER": case "INT": return LogicalType.INTEGER;
            case "BIGINTEGER": case "BIGINT": return LogicalType.BIGINT;
            case "SMALLINTEGER": case "SMALLINT": return LogicalType.SMALLINT;
            case "STRING": case "VARCHAR": case "UNICODE": case "NVARCHAR": case "CHAR": case "NCHAR": case "CITEXT": {
                Optional<Integer> length = intArg(e, 0, "length");
                return length.filter(n -> n > 0).map(LogicalType::varchar).orElse(LogicalType.TEXT);
            }
            case "TEXT": case "UNICODETEXT": case "CLOB": return LogicalType.TEXT;
            case "NUMERIC": case "DECIMAL": {
                Optional<Integer> precision = intArg(e, 0, "precision");
                if (precision.isEmpty()) {
                    context.warn(e.line(), table + "." + column + ": " + name + " without precision imported as numeric(38,10)");
                    return LogicalType.decimal(38, 10);
                }
                return LogicalType.decimal(precision.get(), intArg(e, 1, "scale").orElse(0));
            }
            case "FLOAT": case "DOUBLE": case "DOUBLE_PRECISION": case "REAL": return LogicalType.DOUBLE;
            case "BOOLEAN": case "BOOL": return LogicalType.BOOLEAN;
            case "DATE": return LogicalType.DATE;
            case "TIME": return LogicalType.TIME;
            case "DATETIME": case "TIMESTAMP": {
                boolean tz = ModelContext.bool(keyword(e, "timezone").or(() -> args.isEmpty() ? Optional.empty() : Optional.of(args.get(0))))
                        .orElse(false);
                return new LogicalType.Timestamp(tz);
            }
            case "JSON":
                // the generic type: json on PostgreSQL (postgresql.JSONB is the binary one)
                context.jsonAsText.add(table + "." + column);
                return LogicalType.JSON;
            case "JSONB":
                context.jsonb.add(table + "." + column);
                context.jsonAsText.remove(table + "." + column);
                return LogicalType.JSON;
            case "LARGEBINARY": case "BLOB": case "BINARY": case "VARBINARY": case "BYTEA": case "PICKLETYPE": return LogicalType.BINARY;
            case "UUID": case "UUIDTYPE": return LogicalType.UUID;
            case "ENUM": return enumType(e, table, column);
            default:
                context.warn(e.line(), table + "." + column + ": type " + (name.isEmpty() ? "expression" : name)
                        + " is not one the schema model holds; imported as text");
                return LogicalType.TEXT;
        }
    }

    private static String typeName(PyExpr e) {
        return (e instanceof PyExpr.Call c ? PyExpr.simpleName(c.func()) : PyExpr.simpleName(e)).orElse("");
    }

    /** The logical type of a Python type hint (inside {@code Mapped[...]}, Optional already removed), if it names one. */
    Optional<LogicalType> hint(PyExpr e, String table, String column) {
        if (e instanceof PyExpr.Str s) e = new PyExpr.Name(s.value(), s.line(), s.column());
        String name = e instanceof PyExpr.Subscript sub ? PyExpr.simpleName(sub.value()).orElse("") : PyExpr.simpleName(e).orElse("");
        switch (name) {
            case "int": return Optional.of(LogicalType.INTEGER);
            case "str": return Optional.of(LogicalType.TEXT);
            case "bool": return Optional.of(LogicalType.BOOLEAN);
            case "float": return Optional.of(LogicalType.DOUBLE);
            case "Decimal":
                context.warn(e.line(), table + "." + column + ": Decimal without a Numeric(p, s) type imported as numeric(38,10)");
                return Optional.of(LogicalType.decimal(38, 10));
            case "datetime": return Optional.of(LogicalType.TIMESTAMP);
            case "date": return Optional.of(LogicalType.DATE);
            case "time": return Optional.of(LogicalType.TIME);
            case "UUID": return Optional.of(LogicalType.UUID);
            case "dict": case "Dict": case "list": case "List": case "Any":
                // the default type map gives these SQLAlchemy's generic JSON, which is json on PostgreSQL
                if (!context.jsonb.contains(table + "." + column)) context.jsonAsText.add(table + "." + column);
                return Optional.of(LogicalType.JSON);
            case "bytes": return Optional.of(LogicalType.BINARY);
            default:
                if (context.pythonEnums.containsKey(name)) return Optional.of(enumFromClass(name, Optional.empty(), false, e.line()));
                return Optional.empty();
        }
    }

    private LogicalType enumType(PyExpr e, String table, String column) {
        if (!(e instanceof PyExpr.Call c) || c.args().isEmpty()) {
            context.warn(e.line(), table + "." + column + ": Enum without values imported as text");
            return LogicalType.TEXT;
        }
        Optional<String> name = ModelContext.string(c.keyword("name"));
        PyExpr first = c.args().get(0);
        if (first instanceof PyExpr.Str) {
            List<String> values = c.args().stream().filter(a -> a instanceof PyExpr.Str).map(a -> ((PyExpr.Str) a).value()).toList();
            return register(name.orElse(table + "_" + column), values, e.line());
        }
        String cls = PyExpr.simpleName(first).orElse("");
        if (!context.pythonEnums.containsKey(cls)) {
            context.warn(e.line(), table + "." + column + ": enum class " + cls + " is not defined in this file; imported as text");
            return LogicalType.TEXT;
        }
        return enumFromClass(cls, name, c.keyword("values_callable").isPresent(), e.line());
    }

    private LogicalType enumFromClass(String cls, Optional<String> name, boolean byValue, int line) {
        List<String> values = context.pythonEnums.get(cls);
        if (byValue) values = ModelClasses.memberValues(context.classes.get(cls)).orElse(values);
        return register(name.orElse(cls.toLowerCase(Locale.ROOT)), values, line);
    }

    private LogicalType register(String name, List<String> values, int line) {
        EnumType existing = context.enumTypes.get(name);
        if (existing == null) {
            if (values.isEmpty()) {
                context.warn(line, "enum " + name + " has no members; imported as text");
                return LogicalType.TEXT;
            }
            context.enumTypes.put(name, new EnumType(name, values.stream().distinct().toList()));
        } else if (!existing.values().equals(values)) {
            context.warn(line, "enum " + name + " is declared again with other values " + values + "; the first declaration is kept");
        }
        return LogicalType.enumOf(name);
    }

    private static Optional<PyExpr> keyword(PyExpr e, String name) {
        return e instanceof PyExpr.Call c ? c.keyword(name) : Optional.empty();
    }

    private static Optional<Integer> intArg(PyExpr e, int position, String keyword) {
        if (!(e instanceof PyExpr.Call c)) return Optional.empty();
        Optional<PyExpr> value = c.keyword(keyword).or(() -> position < c.args().size() ? Optional.of(c.args().get(position)) : Optional.empty());
        if (value.isPresent() && value.get() instanceof PyExpr.Num n && n.text().matches("\\d+")) return Optional.of(Integer.parseInt(n.text()));
        return Optional.empty();
    }
}
