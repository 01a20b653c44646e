package dev.schemadesigner.generate.model;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.model.ModelSpec.RelationSpec;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collect: from a schema, the model classes to write. Every foreign key becomes a pair of
 * relationships with back_populates on both sides (named from the IR's Relationship when it has one,
 * as Python attributes: a key {@code class_id} gives {@code class_}, and back_populates names that same attribute),
 * an owned child (NOT NULL key, ON DELETE CASCADE) gets cascade="all, delete-orphan" + passive_deletes.
 */
public final class ModelCollector {
    private final GenerationContext ctx;

    public ModelCollector(GenerationContext ctx) { this.ctx = ctx; }

    public List<ModelSpec> collect(Schema schema) {
        ModelNames names = ModelNames.of(schema, ctx);
        Map<String, List<RelationSpec>> relations = relationships(schema, names);
        List<ModelSpec> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            boolean inherits = ctx.baseModel().fits(t);
            List<Mixin> mixins = java.util.Arrays.stream(Mixin.values()).filter(m -> m.fits(t)).toList();
            List<Column> own = t.columns().stream()
                    .filter(c -> !(inherits && ctx.baseModel().declares(c.name())))
                    .filter(c -> mixins.stream().noneMatch(m -> m.declares(c.name()))).toList();
            out.add(new ModelSpec(t, names.className(t.name()), names.module(t.name()), inherits, mixins, own,
                    relations.getOrDefault(t.name(), List.of())));
        }
        return out;
    }

    private Map<String, List<RelationSpec>> relationships(Schema schema, ModelNames names) {
        Map<String, List<RelationSpec>> out = new LinkedHashMap<>();
        Map<String, Set<String>> taken = new LinkedHashMap<>();
        for (Table t : schema.tables()) {
            Set<String> columns = new HashSet<>();
            t.columns().forEach(c -> columns.add(PyText.attribute(c.name())));
            taken.put(t.name(), columns);
        }
        for (Table child : schema.tables()) {
            for (ForeignKey fk : child.foreignKeys()) {
                Table parent = schema.table(fk.referencedTable()).orElse(null);
                if (parent == null) continue;
                boolean selfRef = parent.name().equals(child.name());
                long toSameParent = child.foreignKeys().stream().filter(f -> f.referencedTable().equals(parent.name())).count();
                boolean ambiguous = toSameParent > 1 || selfRef;
                String stem = stem(fk, parent);
                Optional<Relationship> childRel = child.relationships().stream()
                        .filter(r -> r.target().equals(parent.name()) && !r.many())
                        .filter(r -> toSameParent == 1 || r.name().equals(stem)).findFirst();
                String childDefault = childRel.map(Relationship::name).orElse(stem);
                Optional<Relationship> parentRel = parent.relationships().stream()
                        .filter(r -> r.target().equals(child.name()) && (selfRef ? r.many() : true))
                        .filter(r -> r.backPopulates().map(b -> b.equals(childDefault)).orElse(toSameParent == 1 && !selfRef))
                        .findFirst();
                String parentName = childRel.flatMap(Relationship::backPopulates)
                        .or(() -> parentRel.map(Relationship::name))
                        .orElse(selfRef ? "children" : toSameParent > 1 ? child.name() + "_by_" + stem : child.name());
                String childName = free(PyText.attribute(childDefault), taken.get(child.name()));
                parentName = free(PyText.attribute(parentName), taken.get(parent.name()));
                boolean nullable = fk.columns().stream().anyMatch(c -> child.column(c).map(Column::nullable).orElse(true));
                boolean owned = !nullable && fk.onDelete() == FkAction.CASCADE;
                boolean oneToOne = uniqueOver(child, fk.columns());
                String childClass = names.className(child.name());
                String parentClass = names.className(parent.name());
                Optional<String> fkExpr = ambiguous
                        ? Optional.of("[" + String.join(", ", fk.columns().stream().map(c -> childClass + "." + c).toList()) + "]")
                        : Optional.empty();
                Optional<String> remote = selfRef
                        ? Optional.of(fk.referencedColumns().size() == 1 ? parentClass + "." + fk.referencedColumns().get(0)
                            : "[" + String.join(", ", fk.referencedColumns().stream().map(c -> parentClass + "." + c).toList()) + "]")
                        : Optional.empty();
                out.computeIfAbsent(child.name(), k -> new ArrayList<>()).add(new RelationSpec(childName, parent.name(), parentClass,
                        names.module(parent.name()), false, nullable, parentName, childRel.flatMap(Relationship::cascade), false,
                        fkExpr, remote, childRel.flatMap(Relationship::lazy), false));
                Optional<String> cascade = parentRel.flatMap(Relationship::cascade).or(() -> owned ? Optional.of("all, delete-orphan") : Optional.empty());
                boolean passive = fk.onDelete() == FkAction.CASCADE || fk.onDelete() == FkAction.SET_NULL;
                out.computeIfAbsent(parent.name(), k -> new ArrayList<>()).add(new RelationSpec(parentName, child.name(), childClass,
                        names.module(child.name()), !oneToOne, true, childName, cascade, passive, fkExpr, Optional.empty(),
                        parentRel.flatMap(Relationship::lazy), oneToOne));
            }
        }
        return out;
    }

    /** feedback_id → feedback; otherwise the singular of the referenced table. */
    private static String stem(ForeignKey fk, Table parent) {
        if (fk.columns().size() == 1 && fk.columns().get(0).endsWith("_id") && fk.columns().get(0).length() > 3) {
            return fk.columns().get(0).substring(0, fk.columns().get(0).length() - 3);
        }
        return PyText.moduleName(parent.name());
    }

    private static String free(String name, Set<String> taken) {
        String candidate = name;
        while (taken.contains(candidate)) candidate = candidate + "_rel";
        taken.add(candidate);
        return candidate;
    }

    private static boolean uniqueOver(Table t, List<String> columns) {
        if (t.primaryKey().map(pk -> pk.columns().equals(columns)).orElse(false)) return true;
        if (t.uniques().stream().anyMatch(u -> u.columns().equals(columns))) return true;
        return t.indexes().stream().filter(Index::unique).filter(i -> i.where().isEmpty()).anyMatch(i -> i.columnNames().equals(columns) && !i.hasExpressions());
    }
}
