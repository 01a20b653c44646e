package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code Column(...)} or {@code mapped_column(...)} (with its {@code Mapped[...]} hint) into a
 * table draft: name, type, nullability, key, foreign keys, {@code index=} / {@code unique=},
 * defaults and comment. SQLAlchemy's rules apply: a {@code Column} is nullable unless it is a
 * primary key or says {@code nullable=False}; a {@code mapped_column} follows its hint
 * ({@code Optional[...]} or {@code X | None} is nullable, anything else is NOT NULL). A column with a
 * foreign key and no type of its own ({@code Column(None, ForeignKey("t.id"))}, {@code Mapped[int] =
 * mapped_column(ForeignKey("t.id"))}) takes the referenced column's type, as SQLAlchemy does when it
 * resolves the key; a SQLModel field always takes its annotation's type.
 */
final class ModelColumnReader {
    private static final Set<String> KNOWN_KEYWORDS = Set.of("primary_key", "nullable", "unique", "index", "default", "server_default",
            "onupdate", "server_onupdate", "comment", "autoincrement", "name", "key", "doc", "info", "type_", "insert_default",
            "init", "repr", "compare", "kw_only", "default_factory", "quote", "system", "use_existing_column", "sort_order",
            "deferred", "deferred_group", "deferred_raiseload", "active_history", "hash", "dataclass_metadata");

    /** What a column read adds beyond its draft: whether it is (part of) the primary key and may be an identity. */
    record Read(String table, TableDraft.ColumnDraft column, boolean primaryKey, boolean mayAutoincrement, boolean identity,
                Optional<String> typeFromForeignKey, int line) {}

    private final ModelContext context;
    private final SqlAlchemyTypes types;
    private final ModelHints hints;

    ModelColumnReader(ModelContext context, SqlAlchemyTypes types) {
        this.context = context;
        this.types = types;
        this.hints = new ModelHints(context, types);
    }

    /** Reads the column into {@code table}; {@code attribute} is the Python attribute (the column's name unless one is given). */
    Optional<Read> read(TableDraft table, String attribute, Optional<PyExpr> annotation, PyExpr.Call call, boolean mapped) {
        ModelHints.Hint hint = annotation.map(a -> hints.read(a, table.name, attribute)).orElse(ModelHints.Hint.NONE);
        return read(table, attribute, hint, call, mapped, false);
    }

    /**
     * Reads a column whose hint is already read; {@code annotationTyped} (SQLModel) makes the hint's type win over a
     * foreign key's.
     */
    Optional<Read> read(TableDraft table, String attribute, ModelHints.Hint hint, PyExpr.Call call, boolean mapped, boolean annotationTyped) {
        List<PyExpr> args = new ArrayList<>(call.args());
        String name = attribute;
        if (!args.isEmpty() && args.get(0) instanceof PyExpr.Str s) {
            name = s.value();
            args.remove(0);
        }
        name = ModelContext.string(call.keyword("name")).orElse(name);
        if (name == null || table.columns.containsKey(name)) {
            context.warn(call.line(), "table " + table.name + " declares column " + name + " twice; the second is skipped");
            return Optional.empty();
        }
        for (PyExpr.Keyword k : call.keywords()) {
            if (k.name() != null && !KNOWN_KEYWORDS.contains(k.name())) {
                context.warn(call.line(), table.name + "." + name + ": " + k.name() + "= is not read; ignored");
            }
        }

        List<PyExpr> foreignKeys = args.stream().filter(a -> PyExpr.callee(a).map("ForeignKey"::equals).orElse(false)).toList();
        LogicalType type = null;
        Optional<PyExpr> typeArg = call.keyword("type_").or(() -> args.stream().filter(SqlAlchemyTypes::isTypeArgument).findFirst());
        if (typeArg.isPresent()) type = types.type(typeArg.get(), table.name, name);
        else if (hint.type().isPresent() && (foreignKeys.isEmpty() || annotationTyped)) type = hint.type().get();

        boolean primaryKey = ModelContext.bool(call.keyword("primary_key")).or(() -> hint.keyword("primary_key").flatMap(e -> ModelContext.bool(Optional.of(e))))
                .orElse(false);
        Optional<Boolean> nullable = ModelContext.bool(call.keyword("nullable")).or(() -> hint.keyword("nullable").flatMap(e -> ModelContext.bool(Optional.of(e))));
        boolean isNullable = nullable.orElseGet(() -> !mapped || !hint.present() || hint.optional());
        if (primaryKey) isNullable = false;

        Optional<String> typeFromFk = Optional.empty();
        for (PyExpr fk : foreignKeys) {
            Optional<String> target = foreignKey(table, name, (PyExpr.Call) fk);
            if (type == null && target.isPresent()) typeFromFk = target;
        }
        if (type == null) {
            type = LogicalType.INTEGER;
            if (typeFromFk.isEmpty()) context.warn(call.line(), table.name + "." + name + " has no type SQLAlchemy could infer; imported as integer");
        }

        TableDraft.ColumnDraft column = new TableDraft.ColumnDraft(name, type);
        column.nullable = isNullable;
        column.comment = ModelContext.string(call.keyword("comment"));
        column.defaultValue = defaults(call, hint, table.name, name, type);
        table.columns.put(name, column);

        boolean unique = ModelContext.bool(call.keyword("unique")).orElse(false);
        boolean index = ModelContext.bool(call.keyword("index")).orElse(false);
        // unique=True alone is a UNIQUE constraint; with index=True SQLAlchemy makes one unique index instead
        if (unique && !index) table.uniques.add(new TableDraft.UniqueDraft(Optional.empty(), List.of(name)));
        else if (index) table.indexes.add(Index.on(freeName(table, context.naming.indexName(table.name, List.of(name))
                .orElse("idx_" + table.name + "_" + name)), name).withUnique(unique));
        for (PyExpr a : args) {
            if (PyExpr.callee(a).map("CheckConstraint"::equals).orElse(false)) {
                PyExpr.Call check = (PyExpr.Call) a;
                Optional<String> sql = check.args().isEmpty() ? Optional.empty() : ModelContext.sqlText(check.args().get(0));
                if (sql.isPresent()) table.checks.add(new TableDraft.CheckDraft(ModelContext.string(check.keyword("name")), sql.get(), Optional.of(name)));
                else context.warn(a.line(), table.name + "." + name + ": CheckConstraint without SQL text is not read; skipped");
            }
        }
        boolean identityArg = args.stream().anyMatch(a -> PyExpr.callee(a).map("Identity"::equals).orElse(false));
        boolean autoincrement = !ModelContext.bool(call.keyword("autoincrement")).map(b -> !b).orElse(false) && foreignKeys.isEmpty();
        return Optional.of(new Read(table.name, column, primaryKey, autoincrement, identityArg, typeFromFk, call.line()));
    }

    /** Adds the foreign key of a {@code ForeignKey('table.column', ondelete=…)}; returns its target ({@code table.column}). */
    private Optional<String> foreignKey(TableDraft table, String column, PyExpr.Call fk) {
        Optional<String> target = fk.args().isEmpty() ? Optional.empty()
                : fk.args().get(0) instanceof PyExpr.Str s ? Optional.of(s.value()) : PyExpr.dotted(fk.args().get(0));
        if (target.isEmpty() || !target.get().contains(".")) {
            context.warn(fk.line(), table.name + "." + column + ": ForeignKey target is not 'table.column'; skipped");
            return Optional.empty();
        }
        String[] parts = target.get().split("\\.");
        String refTable = context.resolveTable(parts[parts.length - 2]).orElse(parts[parts.length - 2]);
        String refColumn = parts[parts.length - 1];
        table.foreignKeys.add(new TableDraft.ForeignKeyDraft(ModelContext.string(fk.keyword("name")), List.of(column), refTable,
                List.of(refColumn), action(fk, "ondelete"), action(fk, "onupdate"), token(fk.line(), fk.column())));
        return Optional.of(refTable + "." + refColumn);
    }

    private FkAction action(PyExpr.Call fk, String keyword) {
        Optional<String> value = ModelContext.string(fk.keyword(keyword));
        if (value.isEmpty()) return FkAction.NO_ACTION;
        try {
            return FkAction.parse(value.get());
        } catch (IllegalArgumentException e) {
            context.warn(fk.line(), e.getMessage() + "; read as NO ACTION");
            return FkAction.NO_ACTION;
        }
    }

    private Optional<DefaultValue> defaults(PyExpr.Call call, ModelHints.Hint hint, String table, String column, LogicalType type) {
        Optional<PyExpr> server = call.keyword("server_default").or(() -> hint.keyword("server_default"));
        if (server.isPresent()) {
            Optional<DefaultValue> value = ModelDefaults.server(server.get(), type);
            if (value.isEmpty()) context.warn(server.get().line(), table + "." + column + ": server_default " + describe(server.get()) + " is not read; skipped");
            return value;
        }
        Optional<PyExpr> python = call.keyword("default").or(() -> call.keyword("insert_default")).or(() -> hint.keyword("default"))
                .or(() -> call.keyword("default_factory"));
        if (python.isEmpty()) return Optional.empty();
        Optional<DefaultValue> literal = ModelDefaults.literal(python.get(), type);
        if (literal.isEmpty() && !(python.get() instanceof PyExpr.Name n && n.id().equals("None"))) {
            context.warn(python.get().line(), table + "." + column + ": default=" + describe(python.get())
                    + " is computed in Python, so the database column has no default");
        }
        return literal;
    }

    private static String describe(PyExpr e) {
        if (e instanceof PyExpr.Raw r) return r.text();
        if (e instanceof PyExpr.Call c) return PyExpr.dotted(c.func()).orElse("call") + "(…)";
        return PyExpr.dotted(e).orElse(e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }

    static String freeName(TableDraft table, String base) {
        Set<String> taken = new java.util.HashSet<>();
        table.indexes.forEach(i -> taken.add(i.name()));
        table.uniques.forEach(u -> u.name().ifPresent(taken::add));
        table.checks.forEach(c -> c.name().ifPresent(taken::add));
        table.foreignKeys.forEach(f -> f.name().ifPresent(taken::add));
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) candidate = base + "_" + n;
        return candidate;
    }

    static Token token(int line, int column) {
        return new Token(Token.Kind.WORD, "", "", 0, 0, line, column, false);
    }
}
