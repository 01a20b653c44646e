package dev.schemadesigner.importer;

import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.schema.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code relationship("Target", back_populates=…, cascade=…, lazy=…, uselist=…)} into
 * {@link Relationship}s, once every table is known. The target table comes from the class name
 * (or the {@code Mapped[...]} hint); {@code many} from {@code uselist}, {@code secondary}, a
 * collection hint, or else the direction of the foreign key between the two tables. A
 * {@code backref} adds the other side.
 */
final class RelationshipReader {

    record Pending(String table, String attribute, PyExpr.Call call, ModelHints.Hint hint) {}

    private final ModelContext context;
    private final List<Pending> pending = new ArrayList<>();

    RelationshipReader(ModelContext context) {
        this.context = context;
    }

    void add(Pending p) { pending.add(p); }

    /** Relationships per table, in declaration order, backrefs after the declared ones. */
    Map<String, List<Relationship>> resolve(Map<String, TableDraft> tables) {
        Map<String, List<Relationship>> out = new LinkedHashMap<>();
        List<Map.Entry<String, Relationship>> backrefs = new ArrayList<>();
        for (Pending p : pending) {
            PyExpr.Call call = p.call();
            Optional<String> targetClass = call.args().isEmpty() ? p.hint().targetClass() : className(call.args().get(0));
            Optional<String> target = targetClass.flatMap(context::resolveTable);
            if (target.isEmpty()) {
                context.warn(call.line(), "relationship " + p.table() + "." + p.attribute() + ": target "
                        + targetClass.map(c -> c + " is not a mapped class of this file").orElse("could not be read") + "; skipped");
                continue;
            }
            boolean many = many(p, target.get(), tables);
            Optional<String> back = ModelContext.string(call.keyword("back_populates"));
            Optional<PyExpr> backref = call.keyword("backref");
            if (backref.isPresent()) {
                Optional<String> backName = backref.get() instanceof PyExpr.Call b && !b.args().isEmpty()
                        ? ModelContext.string(Optional.of(b.args().get(0))) : ModelContext.string(backref);
                if (backName.isPresent()) {
                    back = backName;
                    PyExpr.Call options = backref.get() instanceof PyExpr.Call b ? b : null;
                    Optional<String> backLazy = options == null ? Optional.empty() : ModelContext.string(options.keyword("lazy"));
                    Optional<String> backCascade = options == null ? Optional.empty() : ModelContext.string(options.keyword("cascade"));
                    backrefs.add(Map.entry(target.get(),
                            new Relationship(backName.get(), p.table(), !many, Optional.of(p.attribute()), backCascade, backLazy)));
                }
            }
            Relationship r = new Relationship(p.attribute(), target.get(), many, back, ModelContext.string(call.keyword("cascade")),
                    lazy(call));
            out.computeIfAbsent(p.table(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, Relationship> b : backrefs) out.computeIfAbsent(b.getKey(), k -> new ArrayList<>()).add(b.getValue());
        return out;
    }

    private boolean many(Pending p, String target, Map<String, TableDraft> tables) {
        PyExpr.Call call = p.call();
        Optional<Boolean> uselist = ModelContext.bool(call.keyword("uselist"));
        if (uselist.isPresent()) return uselist.get();
        if (call.keyword("secondary").isPresent()) return true;
        if (p.hint().present() && p.hint().targetClass().isPresent()) return p.hint().collection();
        if (p.table().equals(target)) return call.keyword("remote_side").isEmpty();
        boolean ownerReferences = references(tables.get(p.table()), target);
        boolean targetReferences = references(tables.get(target), p.table());
        return !ownerReferences && targetReferences;
    }

    private static boolean references(TableDraft from, String to) {
        return from != null && from.foreignKeys.stream().anyMatch(f -> f.referencedTable().equals(to));
    }

    /** {@code lazy=}, or {@code lazy="dynamic"} for {@code WriteOnlyMapped}/{@code DynamicMapped} hints left alone. */
    private static Optional<String> lazy(PyExpr.Call call) {
        return ModelContext.string(call.keyword("lazy")).or(() -> ModelContext.bool(call.keyword("lazy")).map(b -> b ? "select" : "joined"));
    }

    /** The class a relationship names: {@code "Child"}, {@code Child}, {@code "app.models.Child"}, {@code lambda: Child}. */
    private static Optional<String> className(PyExpr e) {
        if (e instanceof PyExpr.Str s) return Optional.of(s.value().replaceAll(".*\\.", ""));
        if (e instanceof PyExpr.Raw r && r.text().startsWith("lambda")) {
            return Optional.of(r.text().replaceAll("^lambda\\s*:\\s*", "").trim().replaceAll(".*\\.", "")).filter(n -> n.matches("\\w+"));
        }
        return PyExpr.simpleName(e);
    }
}
