package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Column defaults of SQLAlchemy models: {@code server_default=} as SQL, a literal {@code default=} as its value. */
final class ModelDefaults {
    private ModelDefaults() {}

    private static final Set<String> NOW = Set.of("now", "current_timestamp", "localtimestamp", "utc_timestamp", "statement_timestamp",
            "transaction_timestamp", "clock_timestamp");

    /** {@code text('…')}, a string, {@code func.now()}, {@code sa.true()} / {@code false()}, {@code FetchedValue()} … */
    static Optional<DefaultValue> server(PyExpr e, LogicalType type) {
        if (e instanceof PyExpr.Str s) return Optional.of(typed(DefaultValue.text(s.value()), type));
        Optional<String> sql = ModelContext.sqlText(e);
        if (sql.isPresent()) return sql(sql.get(), type);
        if (e instanceof PyExpr.Call c) {
            String callee = PyExpr.simpleName(c.func()).orElse("");
            boolean isFunc = PyExpr.dotted(c.func()).map(d -> d.contains("func.")).orElse(false);
            if (isFunc && NOW.contains(callee.toLowerCase(java.util.Locale.ROOT))) return Optional.of(DefaultValue.now());
            if (callee.equals("true") || callee.equals("false")) return Optional.of(DefaultValue.bool(callee.equals("true")));
            if (isFunc && c.args().isEmpty()) return Optional.of(DefaultValue.expression(callee + "()"));
        }
        return Optional.empty();
    }

    /** A Python literal default ({@code 0}, {@code 'open'}, {@code True}); empty for callables and expressions. */
    static Optional<DefaultValue> literal(PyExpr e, LogicalType type) {
        if (e instanceof PyExpr.Num n && n.text().matches("-?\\d+(\\.\\d+)?")) {
            if (type instanceof LogicalType.Bool) return Optional.of(DefaultValue.bool(!n.text().equals("0")));
            return Optional.of(DefaultValue.number(n.text()));
        }
        if (e instanceof PyExpr.Str s) return Optional.of(DefaultValue.text(s.value()));
        if (e instanceof PyExpr.Name n && (n.id().equals("True") || n.id().equals("False"))) return Optional.of(DefaultValue.bool(n.id().equals("True")));
        if (e instanceof PyExpr.Attribute a && type instanceof LogicalType.EnumRef && a.value() instanceof PyExpr.Name) {
            return Optional.of(DefaultValue.text(a.attr()));
        }
        return Optional.empty();
    }

    private static Optional<DefaultValue> sql(String text, LogicalType type) {
        List<List<Token>> statements = SqlLexer.statements(text, DdlDialect.POSTGRESQL);
        if (statements.size() != 1) return Optional.empty();
        List<Token> tokens = statements.get(0);
        return Optional.of(DefaultReader.classify(tokens.subList(0, tokens.size() - 1), type));
    }

    /** A string server default on a numeric or boolean column means the number or the truth value. */
    private static DefaultValue typed(DefaultValue value, LogicalType type) {
        if (!(value instanceof DefaultValue.Text t)) return value;
        String v = t.value().trim();
        if ((type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) && v.matches("-?\\d+(\\.\\d+)?")) {
            return DefaultValue.number(v);
        }
        if (type instanceof LogicalType.Bool && v.matches("(?i)true|false|t|f|0|1")) return DefaultValue.bool(v.matches("(?i)true|t|1"));
        return value;
    }
}
