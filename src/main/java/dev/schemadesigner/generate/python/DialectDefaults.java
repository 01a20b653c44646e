package dev.schemadesigner.generate.python;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Server defaults whose SQL differs between databases (an imported {@code DEFAULT gen_random_uuid()}
 * is {@code uuid()} on MariaDB, random UUID-shaped text on SQLite, and a function another database
 * cannot run is no default there). Each database's text comes from its {@link Dialect#defaultExpression},
 * so which function works where is decided once, in the dialects. A migration picks its text with
 * {@code op.get_bind().dialect.name}; a model uses {@code DialectDefault} from the models' base.py.
 */
public final class DialectDefaults {
    private DialectDefaults() {}

    /** The class in base.py that compiles to one text per database (none where the database has none). */
    public static final String MODEL_CLASS = "DialectDefault";

    /**
     * Database name → the text after DEFAULT, for every database that can run the default; empty when
     * every database writes it as the model has it, so one {@code text(…)} serves them all.
     */
    public static Optional<Map<String, String>> perDialect(DefaultValue value) {
        if (!(value instanceof DefaultValue.Expression e)) return Optional.empty();
        Map<String, String> out = new TreeMap<>();
        boolean same = true;
        for (Dialect d : Dialects.all()) {
            Optional<String> written = d.defaultExpression(e.sql());
            written.ifPresent(w -> out.put(d.name(), w));
            same &= written.map(w -> w.equals(e.sql()) || w.equals("(" + e.sql() + ")")).orElse(false);
        }
        return same ? Optional.empty() : Optional.of(out);
    }

    /** Whether every database has the default (in its own SQL); one that cannot run it leaves the column without one. */
    public static boolean everywhere(DefaultValue value) {
        return perDialect(value).map(byDialect -> byDialect.size() == Dialects.all().size()).orElse(true);
    }

    /** Whether some column of the schema has a default written per database (base.py then defines {@link #MODEL_CLASS}). */
    public static boolean anyIn(Schema schema) {
        return schema.tables().stream().flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.defaultValue().flatMap(DialectDefaults::perDialect).isPresent());
    }

    /** A migration's {@code server_default}: this database's text, or None where it has none. */
    public static String alembic(Map<String, String> byDialect) {
        List<String> entries = new ArrayList<>();
        byDialect.forEach((dialect, sql) -> entries.add(PyText.str(dialect) + ": sa.text(" + PyText.sqlText(sql) + ")"));
        return "{" + String.join(", ", entries) + "}.get(op.get_bind().dialect.name)";
    }

    /** A model's {@code server_default}: {@code DialectDefault(postgresql="…", sqlite="…")}. */
    public static String model(Map<String, String> byDialect) {
        List<String> entries = new ArrayList<>();
        byDialect.forEach((dialect, sql) -> entries.add(dialect + "=" + PyText.str(sql)));
        return MODEL_CLASS + "(" + String.join(", ", entries) + ")";
    }

    /** The definition of {@link #MODEL_CLASS} for base.py; its imports are added to {@code imports}. */
    public static String modelClass(Imports imports) {
        imports.from("sqlalchemy.ext.compiler", "compiles").from("sqlalchemy.sql.expression", "ClauseElement");
        return """


                class DialectDefault(ClauseElement):
                    \"\"\"A server default written per database; a database without an entry gets no DEFAULT.\"\"\"

                    inherit_cache = False

                    def __init__(self, **sql_by_dialect):
                        self.sql_by_dialect = sql_by_dialect


                @compiles(DialectDefault)
                def _compile_dialect_default(element, compiler, **kw):
                    # None makes SQLAlchemy leave DEFAULT out of the column
                    return element.sql_by_dialect.get(compiler.dialect.name)
                """;
    }
}
