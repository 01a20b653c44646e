package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.importer.python.PyStatement;
import dev.schemadesigner.importer.python.PythonParser;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Imports SQLAlchemy models (Python source) into a {@link Schema}, without running Python.
 *
 * <p>Both declarative styles are read: 2.0 ({@code class Base(DeclarativeBase)}, {@code Mapped[...]},
 * {@code mapped_column}) and classic ({@code Base = declarative_base()}, {@code Column(...)}), with
 * abstract bases and mixins merged into the tables that inherit them, {@code __table_args__},
 * {@code Table(...)} association tables, Python enums, and {@code relationship()}s.
 *
 * <p>Input that is not Python text or over {@link ImportLimits#MAX_SQL_CHARS} is refused; bad block
 * structure, unbalanced brackets or an unterminated string is a
 * {@link dev.schemadesigner.importer.python.PythonSyntaxException} with its line and column. A
 * statement or construct the importer does not understand is skipped with an {@link ImportWarning}
 * naming its line; the rest still imports. Column objects are named as
 * {@code Suppressions.fromPython} names them: {@code table} and {@code table.attribute}.
 */
public final class SqlAlchemyImporter {
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Set<String> COLUMN_CALLS = Set.of("Column", "mapped_column");
    private static final Set<String> WRAPPERS = Set.of("deferred", "column_property");
    private static final Set<String> NOT_STORED = Set.of("column_property", "synonym", "association_proxy", "query_expression",
            "composite", "hybrid_property", "declared_attr", "deferred", "relationship", "relation", "backref", "dynamic_loader");

    public ImportResult importModels(String source) {
        Objects.requireNonNull(source, "source");
        ImportLimits.requireWithinLimit(source);
        requireText(source);
        try {
            ModelContext context = new ModelContext(source);
            List<PyStatement> module = PythonParser.parse(source);
            context.naming = NamingConvention.read(module, context);
            ModelClasses classes = new ModelClasses(context);
            classes.index(module);
            return new Reading(context, classes).read(module);
        } catch (NestingTooDeepException e) {
            throw e.in("sqlalchemy");
        }
    }

    /** One import's state: the table drafts in order and the relationships still to resolve. */
    private static final class Reading {
        private final ModelContext context;
        private final ModelClasses classes;
        private final SqlAlchemyTypes types;
        private final ModelColumnReader columns;
        private final ModelHints hints;
        private final TableArgsReader tableArgs;
        private final RelationshipReader relationships;
        private final Map<String, TableDraft> tables = new LinkedHashMap<>();
        private final List<ModelColumnReader.Read> typedByForeignKey = new ArrayList<>();
        /** Per table, what was skipped that may have held columns (a base of another module, a helper not in this file). */
        private final Map<String, List<String>> skipped = new LinkedHashMap<>();
        /** Tables whose class inherits from a base not in this file: that base may hold any column. */
        private final Map<String, List<String>> skippedBases = new LinkedHashMap<>();

        Reading(ModelContext context, ModelClasses classes) {
            this.context = context;
            this.classes = classes;
            this.types = new SqlAlchemyTypes(context);
            this.columns = new ModelColumnReader(context, types);
            this.hints = new ModelHints(context, types);
            this.tableArgs = new TableArgsReader(context);
            this.relationships = new RelationshipReader(context);
        }

        ImportResult read(List<PyStatement> module) {
            for (PyStatement.ClassDef c : context.classes.values()) {
                if (classes.isEnum(c) || classes.isDeclarativeBase(c)) continue;
                Optional<PyStatement.ClassDef> parent = classes.singleTableParent(c);
                (parent.isPresent() ? classes.tableName(parent.get()) : classes.tableName(c)).ifPresent(t -> context.tableOfClass.put(c.name(), t));
            }
            for (PyStatement s : module) {
                if (s instanceof PyStatement.ClassDef c) classDef(c);
                else if (s instanceof PyStatement.Assign a && a.value().isPresent() && PyExpr.callee(a.value().get()).map("Table"::equals).orElse(false)) {
                    table((PyExpr.Call) a.value().get());
                } else if (s instanceof PyStatement.Expression e && PyExpr.callee(e.value()).map("Index"::equals).orElse(false)) {
                    moduleIndex((PyExpr.Call) e.value());
                } else if (s instanceof PyStatement.Other o && o.unreadable().isPresent()) {
                    context.warn(o.line(), "could not read '" + o.text() + "' (" + o.unreadable().get() + "); skipped");
                }
            }
            typeFromForeignKeys();
            Map<String, List<Relationship>> byTable = relationships.resolve(tables);
            List<Table> built = new ArrayList<>();
            Warnings fkWarnings = new Warnings();
            for (TableDraft draft : tables.values()) {
                context.naming.apply(draft, context);
                try {
                    Table t = draft.build(DdlDialect.POSTGRESQL, name -> Optional.ofNullable(tables.get(name)).map(d -> d.primaryKey).orElse(List.of()),
                            fkWarnings);
                    built.add(t.withRelationships(byTable.getOrDefault(draft.name, List.of())));
                } catch (IllegalArgumentException e) {
                    context.warn(draft.at.line(), "table " + draft.name + " is not valid (" + e.getMessage() + "); skipped");
                }
            }
            fkWarnings.all().forEach(w -> context.warn(w.line(), w.message()));
            Map<String, Set<String>> unchecked = unchecked(built);
            return new ImportResult(new Schema(built, List.copyOf(context.enumTypes.values())), context.warnings(), unchecked, context.jsonAsText);
        }

        /**
         * A column typed by its foreign key takes the referenced column's type once every table is read; a key to such a
         * column follows it in turn. A target outside this file leaves integer, with a warning.
         */
        private void typeFromForeignKeys() {
            List<ModelColumnReader.Read> open = new ArrayList<>(typedByForeignKey);
            boolean progress = true;
            while (!open.isEmpty() && progress) {
                progress = false;
                for (var it = open.iterator(); it.hasNext(); ) {
                    ModelColumnReader.Read r = it.next();
                    Optional<ModelColumnReader.Read> targetOpen = open.stream().filter(o -> o != r && target(r).filter(t -> t == o.column()).isPresent()).findFirst();
                    if (targetOpen.isPresent()) continue;
                    Optional<TableDraft.ColumnDraft> target = target(r);
                    r.column().type = target.map(c -> c.type).orElse(LogicalType.INTEGER);
                    if (target.isEmpty()) {
                        context.warn(r.line(), r.table() + "." + r.column().name + " takes its type from " + r.typeFromForeignKey().get()
                                + ", which is not a column of this file; imported as integer");
                    }
                    it.remove();
                    progress = true;
                }
            }
            for (ModelColumnReader.Read r : open) {
                r.column().type = LogicalType.INTEGER;
                context.warn(r.line(), r.table() + "." + r.column().name + " takes its type from a cycle of foreign keys; imported as integer");
            }
        }

        private Optional<TableDraft.ColumnDraft> target(ModelColumnReader.Read r) {
            String[] target = r.typeFromForeignKey().get().split("\\.");
            return Optional.ofNullable(tables.get(target[0])).map(t -> t.columns.get(target[1]));
        }

        private void classDef(PyStatement.ClassDef c) {
            if (classes.isEnum(c) || classes.isDeclarativeBase(c)) return;
            warnUnreadable(c);
            Optional<PyStatement.ClassDef> parent = classes.singleTableParent(c);
            if (parent.isPresent()) {
                singleTable(c, parent.get());
                return;
            }
            Optional<String> name = classes.tableName(c);
            if (name.isEmpty()) {
                if (classes.computedTableName(c)) context.warn(c.line(), "class " + c.name() + " computes __tablename__; it is not evaluated and the class is skipped");
                else if (classes.isMapped(c) && !classes.isAbstract(c) && !hasAttributes(c)) return;
                else if (classes.isMapped(c) && !classes.isAbstract(c)) {
                    context.warn(c.line(), "class " + c.name() + " has no __tablename__ and inherits no mapped table; skipped");
                }
                return;
            }
            if (tables.containsKey(name.get())) {
                context.warn(c.line(), "class " + c.name() + " maps table " + name.get() + " again; skipped");
                return;
            }
            for (String base : classes.undefinedBases(c)) {
                context.warn(c.line(), "class " + c.name() + " inherits from " + base + ", which is not defined in this file; its columns are not known");
                skipped.computeIfAbsent(name.get(), k -> new ArrayList<>()).add("base " + base);
                skippedBases.computeIfAbsent(name.get(), k -> new ArrayList<>()).add(base);
            }
            TableDraft table = new TableDraft(name.get(), ModelColumnReader.token(c.line(), c.column()));
            tables.put(table.name, table);
            List<ModelColumnReader.Read> reads = new ArrayList<>();
            Map<String, ModelClasses.Attribute> attributes = classes.attributes(c);
            boolean sqlModel = classes.isSqlModelTable(c);
            for (ModelClasses.Attribute a : attributes.values()) (sqlModel ? field(table, a) : attribute(table, a)).ifPresent(reads::add);
            finishKeys(table, reads);
            Optional.ofNullable(attributes.get("__table_args__")).flatMap(ModelClasses.Attribute::value).ifPresent(v -> tableArgs.read(table, v));
        }

        /** Single-table inheritance: the subclass's own columns go into its parent's table, as SQLAlchemy adds them. */
        private void singleTable(PyStatement.ClassDef c, PyStatement.ClassDef parent) {
            String parentTable = context.tableOfClass.get(c.name());
            TableDraft table = tables.get(parentTable);
            Map<String, ModelClasses.Attribute> own = classes.attributes(c);
            Map<String, ModelClasses.Attribute> inherited = classes.attributes(parent);
            List<ModelClasses.Attribute> added = own.values().stream().filter(a -> !a.name().startsWith("__") && !inherited.containsKey(a.name())).toList();
            if (added.isEmpty()) return;
            if (table == null) {
                context.warn(c.line(), "class " + c.name() + " shares table " + parentTable + " of class " + parent.name()
                        + ", which is declared after it; its columns are skipped");
                return;
            }
            for (ModelClasses.Attribute a : added) attribute(table, a);
        }

        private Optional<ModelColumnReader.Read> attribute(TableDraft table, ModelClasses.Attribute a) {
            if (a.name().startsWith("__")) return Optional.empty();
            if (a.value().isEmpty()) {
                if (a.annotation().isEmpty()) return Optional.empty();
                ModelHints.Hint hint = hints.read(a.annotation().get(), table.name, a.name());
                if (!hint.present()) return Optional.empty();
                if (hint.targetClass().isPresent()) {
                    context.warn(a.line(), table.name + "." + a.name() + " names class " + hint.targetClass().get() + " without relationship(); skipped");
                    return Optional.empty();
                }
                PyExpr.Call empty = new PyExpr.Call(new PyExpr.Name("mapped_column", a.line(), 1), List.of(), List.of(), a.line(), 1);
                return column(table, a, empty, true);
            }
            PyExpr value = a.value().get();
            String callee = PyExpr.callee(value).orElse("");
            // deferred(Column(…)) and column_property(Column(…)) map a column of the table; column_property(<expression>) is a query
            if (WRAPPERS.contains(callee) && ((PyExpr.Call) value).arg(0).flatMap(PyExpr::callee).map(COLUMN_CALLS::contains).orElse(false)) {
                value = ((PyExpr.Call) value).args().get(0);
                callee = PyExpr.callee(value).orElse("");
            }
            Optional<PyExpr.Call> helped = helperColumn(value);
            if (helped.isPresent()) {
                value = helped.get();
                callee = PyExpr.callee(value).orElse("");
            }
            if (COLUMN_CALLS.contains(callee)) return column(table, a, (PyExpr.Call) value, callee.equals("mapped_column"));
            if (callee.equals("relationship") || callee.equals("relation")) {
                ModelHints.Hint hint = a.annotation().map(x -> hints.read(x, table.name, a.name())).orElse(ModelHints.Hint.NONE);
                relationships.add(new RelationshipReader.Pending(table.name, a.name(), (PyExpr.Call) value, hint));
            } else if (value instanceof PyExpr.Call && !NOT_STORED.contains(callee)) {
                context.warn(a.line(), table.name + "." + a.name() + " = " + callee + "(…) is not a column or relationship; skipped");
                if (!context.functions.containsKey(callee)) skipped.computeIfAbsent(table.name, k -> new ArrayList<>()).add(a.name() + " = " + callee + "(…)");
            }
            return Optional.empty();
        }

        /** The column a helper of this file returns ({@code id = pk()} with {@code def pk(): return Column(...)}), called without arguments. */
        private Optional<PyExpr.Call> helperColumn(PyExpr value) {
            if (!(value instanceof PyExpr.Call call) || !call.args().isEmpty() || !call.keywords().isEmpty()) return Optional.empty();
            Optional<PyStatement.FunctionDef> helper = PyExpr.simpleName(call.func()).map(context.functions::get);
            return helper.flatMap(f -> f.body().stream().filter(b -> b instanceof PyStatement.Return).findFirst())
                    .flatMap(r -> ((PyStatement.Return) r).value())
                    .filter(v -> PyExpr.callee(v).map(COLUMN_CALLS::contains).orElse(false)).map(v -> (PyExpr.Call) v);
        }

        /**
         * No finding on a fact the importer skipped: a table without a primary key in what was read, that inherits from a
         * base of another module or calls a helper not in this file, is left out of missing-primary-key; a foreign key to
         * a column such a table may hold is left out of fk-target-missing; a table whose base is not in this file is left
         * out of missing-timestamps when it lacks created_at or updated_at (the base may hold them). Each with a warning.
         */
        private static final List<String> TIMESTAMP_COLUMNS = List.of("created_at", "updated_at");

        private Map<String, Set<String>> unchecked(List<Table> built) {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            for (Table t : built) {
                List<String> what = skipped.get(t.name());
                if (what == null || t.primaryKey().isPresent()) continue;
                context.warn(tables.get(t.name()).at.line(), "table " + t.name() + " has no primary key in what was read; it may come from "
                        + String.join(", ", what) + ", which " + (what.size() == 1 ? "was" : "were") + " skipped, so missing-primary-key is not checked for it");
                out.computeIfAbsent(t.name(), k -> new java.util.TreeSet<>()).add("missing-primary-key");
            }
            for (Table t : built) {
                List<String> bases = skippedBases.get(t.name());
                if (bases == null || TIMESTAMP_COLUMNS.stream().allMatch(t::hasColumn)) continue;
                context.warn(tables.get(t.name()).at.line(), "table " + t.name() + " has no " + String.join(" / ", TIMESTAMP_COLUMNS.stream()
                        .filter(c -> !t.hasColumn(c)).toList()) + " in what was read; base " + String.join(", ", bases)
                        + " may hold them, so missing-timestamps is not checked for it");
                out.computeIfAbsent(t.name(), k -> new java.util.TreeSet<>()).add("missing-timestamps");
            }
            for (Table t : built) {
                for (var fk : t.foreignKeys()) {
                    List<String> what = skipped.get(fk.referencedTable());
                    Optional<Table> target = built.stream().filter(b -> b.name().equals(fk.referencedTable())).findFirst();
                    if (what == null || target.isEmpty() || fk.referencedColumns().stream().allMatch(c -> target.get().hasColumn(c))) continue;
                    for (String column : fk.columns()) {
                        context.warn(tables.get(t.name()).at.line(), "foreign key " + fk.name() + " references " + fk.referencedTable() + "."
                                + String.join(", ", fk.referencedColumns()) + ", which may come from " + String.join(", ", what)
                                + " (skipped), so fk-target-missing is not checked for " + t.name() + "." + column);
                        out.computeIfAbsent(t.name() + "." + column, k -> new java.util.TreeSet<>()).add("fk-target-missing");
                    }
                }
            }
            return out;
        }

        /** A field of a SQLModel {@code table=True} class: every annotated attribute but a {@code ClassVar} or a {@code Relationship}. */
        private Optional<ModelColumnReader.Read> field(TableDraft table, ModelClasses.Attribute a) {
            if (a.name().startsWith("__") || a.annotation().isEmpty()) return Optional.empty();
            PyExpr annotation = a.annotation().get();
            if (annotation instanceof PyExpr.Subscript s && PyExpr.simpleName(s.value()).map("ClassVar"::equals).orElse(false)) return Optional.empty();
            boolean typed = a.value().filter(v -> v instanceof PyExpr.Call c && PyExpr.callee(c).orElse("").equals("Field")
                    && (c.keyword("sa_type").isPresent() || c.keyword("max_digits").isPresent())).isPresent();
            ModelHints.Hint hint = hints.field(annotation, table.name, a.name(), typed);
            Optional<String> callee = a.value().flatMap(PyExpr::callee);
            if (callee.map(n -> n.equals("Relationship") || n.equals("relationship")).orElse(false)) {
                relationships.add(new RelationshipReader.Pending(table.name, a.name(), (PyExpr.Call) a.value().get(), hint));
                return Optional.empty();
            }
            Optional<PyExpr.Call> saColumn = SqlModelFields.saColumn(a.value());
            if (saColumn.isPresent()) return column(table, a, saColumn.get(), PyExpr.callee(saColumn.get()).orElse("").equals("mapped_column"));
            if (hint.targetClass().isPresent()) {
                context.warn(a.line(), table.name + "." + a.name() + " names class " + hint.targetClass().get() + " without Relationship(); skipped");
                return Optional.empty();
            }
            PyExpr.Call call = SqlModelFields.asColumn(a.value(), a.line());
            Optional<ModelColumnReader.Read> read = columns.read(table, a.name(), hint, call, true, true);
            read.filter(r -> r.typeFromForeignKey().isPresent()).ifPresent(typedByForeignKey::add);
            return read;
        }

        private Optional<ModelColumnReader.Read> column(TableDraft table, ModelClasses.Attribute a, PyExpr.Call call, boolean mapped) {
            Optional<ModelColumnReader.Read> read = columns.read(table, a.name(), a.annotation(), call, mapped);
            read.filter(r -> r.typeFromForeignKey().isPresent()).ifPresent(typedByForeignKey::add);
            return read;
        }

        /** The primary key in column order; a single integer key that may autoincrement is an identity, as SQLAlchemy makes it. */
        private void finishKeys(TableDraft table, List<ModelColumnReader.Read> reads) {
            List<ModelColumnReader.Read> keys = reads.stream().filter(ModelColumnReader.Read::primaryKey).toList();
            if (keys.isEmpty()) return;
            table.primaryKey = keys.stream().map(r -> r.column().name).toList();
            for (ModelColumnReader.Read key : keys) {
                boolean single = keys.size() == 1 && key.mayAutoincrement() && key.typeFromForeignKey().isEmpty();
                if (key.identity() || single && key.column().type.isInteger()) {
                    key.column().identity = true;
                    key.column().nullable = false;
                }
            }
        }

        /** {@code t = Table('name', metadata, Column('a', …), Index(…), …)}. */
        private void table(PyExpr.Call call) {
            if (call.args().isEmpty() || !(call.args().get(0) instanceof PyExpr.Str name)) {
                context.warn(call.line(), "Table(…) without a literal name is not read; skipped");
                return;
            }
            if (tables.containsKey(name.value())) {
                context.warn(call.line(), "table " + name.value() + " is declared again; skipped");
                return;
            }
            TableDraft table = new TableDraft(name.value(), ModelColumnReader.token(call.line(), call.column()));
            tables.put(table.name, table);
            List<ModelColumnReader.Read> reads = new ArrayList<>();
            List<PyExpr> rest = new ArrayList<>();
            for (PyExpr item : call.args().subList(1, call.args().size())) {
                if (PyExpr.callee(item).map("Column"::equals).orElse(false)) {
                    ModelClasses.Attribute a = new ModelClasses.Attribute(null, Optional.empty(), Optional.of(item), item.line(), name.value());
                    column(table, a, (PyExpr.Call) item, false).ifPresent(reads::add);
                } else if (item instanceof PyExpr.Call) {
                    rest.add(item);
                }
            }
            finishKeys(table, reads);
            rest.forEach(item -> tableArgs.item(table, item));
            call.keyword("comment").ifPresent(c -> table.comment = ModelContext.string(Optional.of(c)));
        }

        /** A module-level {@code Index('name', Model.column, …)}. */
        private void moduleIndex(PyExpr.Call call) {
            Optional<String> owner = call.args().stream().skip(1).filter(a -> a instanceof PyExpr.Attribute)
                    .map(a -> PyExpr.dotted(((PyExpr.Attribute) a).value())).flatMap(Optional::stream).findFirst()
                    .flatMap(context::resolveTable);
            if (owner.isEmpty() || !tables.containsKey(owner.get())) {
                context.warn(call.line(), "Index(…) outside a model names no mapped class of this file; skipped");
                return;
            }
            tableArgs.item(tables.get(owner.get()), call);
        }

        private boolean hasAttributes(PyStatement.ClassDef c) {
            return c.body().stream().anyMatch(s -> s instanceof PyStatement.Assign);
        }

        private void warnUnreadable(PyStatement.ClassDef c) {
            for (PyStatement s : c.body()) {
                if (s instanceof PyStatement.Other o && o.unreadable().isPresent()) {
                    context.warn(o.line(), "class " + c.name() + ": could not read '" + o.text() + "' (" + o.unreadable().get() + "); skipped");
                }
            }
        }
    }

    private static void requireText(String source) {
        int control = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\0') {
                throw new ImportException(ImportException.Code.NOT_PYTHON_TEXT,
                        "input is not Python text: it contains a NUL byte at character " + (i + 1) + " (binary data?)");
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (!source.isEmpty() && control > MAX_CONTROL_SHARE * source.length()) {
            throw new ImportException(ImportException.Code.NOT_PYTHON_TEXT, "input is not Python text: " + control + " of its "
                    + source.length() + " characters are control characters or undecodable bytes (binary data?)");
        }
    }
}
