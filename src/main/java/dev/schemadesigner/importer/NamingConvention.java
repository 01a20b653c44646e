package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.importer.python.PyStatement;
import dev.schemadesigner.schema.Index;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraint and index names SQLAlchemy gives from {@code MetaData(naming_convention={...})}: an unnamed index,
 * unique constraint, check or foreign key is named by its template ({@code "ix_%(column_0_label)s"} is SQLAlchemy's
 * default for indexes, so {@code index=True} makes {@code ix_<table>_<column>}), and a named one whose template holds
 * {@code %(constraint_name)s} has its name put into the template. A template SQLAlchemy cannot fill (a custom token, a
 * check without the name its template needs) keeps the importer's own name, with a warning.
 */
final class NamingConvention {
    private static final Map<String, String> KEYS = Map.of("index", "ix", "unique_constraint", "uq", "check_constraint", "ck",
            "foreign_key_constraint", "fk", "primary_key_constraint", "pk");
    private static final Pattern TOKEN = Pattern.compile("%\\((\\w+)\\)s");
    static final NamingConvention DEFAULT = new NamingConvention(Map.of("ix", "ix_%(column_0_label)s"));

    private final Map<String, String> templates;

    private NamingConvention(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The file's {@code MetaData(naming_convention=…)} (a dict, or a name bound to one at module level); the default when there is none. */
    static NamingConvention read(List<PyStatement> module, ModelContext context) {
        Map<String, PyExpr.Dict> dicts = new LinkedHashMap<>();
        Deque<PyExpr> open = new ArrayDeque<>();
        for (PyStatement s : module) {
            if (s instanceof PyStatement.Assign a && a.target() instanceof PyExpr.Name n && a.value().orElse(null) instanceof PyExpr.Dict d) {
                dicts.put(n.id(), d);
            }
            values(s, open);
        }
        while (!open.isEmpty()) {
            PyExpr e = open.pop();
            if (!(e instanceof PyExpr.Call call)) continue;
            Optional<PyExpr> convention = call.keyword("naming_convention").filter(x -> PyExpr.simpleName(call.func()).orElse("").equals("MetaData"));
            if (convention.isPresent()) {
                PyExpr value = convention.get();
                PyExpr.Dict dict = value instanceof PyExpr.Dict d ? d : PyExpr.simpleName(value).map(dicts::get).orElse(null);
                if (dict == null) {
                    context.warn(value.line(), "naming_convention is not a dict literal of this file; constraint names follow the importer's convention");
                    return DEFAULT;
                }
                return of(dict, context);
            }
            call.args().forEach(open::push);
            call.keywords().forEach(k -> open.push(k.value()));
        }
        return DEFAULT;
    }

    private static void values(PyStatement s, Deque<PyExpr> into) {
        if (s instanceof PyStatement.Assign a) a.value().ifPresent(into::push);
        else if (s instanceof PyStatement.Expression e) into.push(e.value());
        else if (s instanceof PyStatement.ClassDef c) {
            c.keywords().forEach(k -> into.push(k.value()));
            c.body().forEach(b -> values(b, into));
        }
    }

    private static NamingConvention of(PyExpr.Dict dict, ModelContext context) {
        Map<String, String> templates = new LinkedHashMap<>(DEFAULT.templates);
        for (int i = 0; i < dict.keys().size(); i++) {
            Optional<String> key = PyExpr.string(dict.keys().get(i)).map(k -> KEYS.getOrDefault(k, k));
            Optional<String> template = PyExpr.string(dict.values().get(i));
            if (key.isEmpty() || template.isEmpty()) {
                context.warn(dict.keys().get(i).line(), "naming_convention entry that is not a string template (a custom token?) is not applied");
                continue;
            }
            templates.put(key.get(), template.get());
        }
        return new NamingConvention(templates);
    }

    /** The name SQLAlchemy gives an index on {@code columns} made by {@code index=True}. */
    Optional<String> indexName(String table, List<String> columns) {
        return fill("ix", table, columns, Optional.empty(), "", List.of(), -1, null);
    }

    /** Names the table's unnamed unique constraints, checks and foreign keys, and renames named ones whose template holds the name. */
    void apply(TableDraft table, ModelContext context) {
        int line = table.at.line();
        table.uniques.replaceAll(u -> fill("uq", table.name, u.columns(), u.name(), "", List.of(), line, context)
                .map(n -> new TableDraft.UniqueDraft(Optional.of(n), u.columns())).orElse(u));
        table.checks.replaceAll(c -> fill("ck", table.name, c.column().map(List::of).orElse(List.of()), c.name(), "", List.of(), line, context)
                .map(n -> new TableDraft.CheckDraft(Optional.of(n), c.expression(), c.column())).orElse(c));
        table.foreignKeys.replaceAll(f -> fill("fk", table.name, f.columns(), f.name(), f.referencedTable(), f.referencedColumns(), line, context)
                .map(n -> new TableDraft.ForeignKeyDraft(Optional.of(n), f.columns(), f.referencedTable(), f.referencedColumns(),
                        f.onDelete(), f.onUpdate(), f.at())).orElse(f));
        table.indexes.replaceAll(i -> templates.getOrDefault("ix", "").contains("%(constraint_name)s")
                ? fill("ix", table.name, List.of(), Optional.of(i.name()), "", List.of(), line, context).map(i::withName).orElse(i) : i);
    }

    /**
     * The name the template of {@code kind} gives, or empty when the given name stands (no template, or a named object
     * whose template does not use its name) or the template cannot be filled.
     */
    private Optional<String> fill(String kind, String table, List<String> columns, Optional<String> given, String referredTable,
                                  List<String> referredColumns, int line, ModelContext context) {
        String template = templates.get(kind);
        if (template == null) return Optional.empty();
        if (given.isPresent() && !template.contains("%(constraint_name)s")) return Optional.empty();
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> value = token(m.group(1), table, columns, given, referredTable, referredColumns);
            if (value.isEmpty()) {
                if (context != null) {
                    context.warn(line, "naming_convention '" + kind + "' of table " + table + " needs %(" + m.group(1) + ")s, which "
                            + (m.group(1).equals("constraint_name") ? "an unnamed constraint does not have" : "is not read") + "; the name is the importer's own");
                }
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    private static Optional<String> token(String token, String table, List<String> columns, Optional<String> given, String referredTable,
                                          List<String> referredColumns) {
        switch (token) {
            case "table_name": return Optional.of(table);
            case "constraint_name": return given;
            case "referred_table_name": return referredTable.isEmpty() ? Optional.empty() : Optional.of(referredTable);
            default: break;
        }
        Matcher m = Pattern.compile("(referred_)?column_0(N|_N)?_(name|key|label)").matcher(token);
        if (!m.matches()) return Optional.empty();
        List<String> names = m.group(1) != null ? referredColumns : columns;
        if (names.isEmpty()) return Optional.empty();
        String prefix = m.group(3).equals("label") ? (m.group(1) != null ? referredTable : table) + "_" : "";
        List<String> parts = (m.group(2) == null ? names.subList(0, 1) : names).stream().map(n -> prefix + n).toList();
        return Optional.of(String.join(m.group(2) != null && m.group(2).equals("_N") ? "_" : "", parts));
    }
}
