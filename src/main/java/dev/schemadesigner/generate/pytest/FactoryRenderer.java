package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.model.ModelSpec;
import dev.schemadesigner.generate.model.ModelSpec.RelationSpec;
import dev.schemadesigner.generate.python.DialectDefaults;
import dev.schemadesigner.generate.python.Imports;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * factories.py: one {@code make_<model>(session, n=1, **overrides)} per table that builds a valid
 * row from the column types (within CHECK ranges), creating the parent chain of every required
 * foreign key, then adds and flushes it.
 */
final class FactoryRenderer {
    private final GenerationContext ctx;

    FactoryRenderer(GenerationContext ctx) { this.ctx = ctx; }

    /**
     * Columns a valid row must set: NOT NULL, no usable default (one from every database that the
     * table's checks accept, or the base model's), not identity, not a foreign key.
     */
    List<Column> required(ModelSpec m) {
        return set(m).stream().filter(c -> !c.nullable()).toList();
    }

    /**
     * Columns the factory sets: the required ones, and nullable columns whose default a CHECK rejects
     * (left out, the row would take that default and fail the check).
     */
    List<Column> set(ModelSpec m) {
        Table t = m.table();
        CheckRanges ranges = new CheckRanges(t);
        List<Column> out = new ArrayList<>();
        for (Column c : t.columns()) {
            boolean rejectedDefault = c.defaultValue().map(d -> !ranges.admits(c.name(), d)).orElse(false);
            boolean usableDefault = c.defaultValue().map(DialectDefaults::everywhere).orElse(false) && !rejectedDefault;
            if (c.identity() || usableDefault || (c.nullable() && !rejectedDefault)) continue;
            if (m.inheritsBase() && ctx.baseModel().columns().stream().anyMatch(b -> b.name().equals(c.name()) && (b.now() || b.primaryKey()))) continue;
            if (foreignKeyOf(t, c.name()).isPresent()) continue;
            out.add(c);
        }
        return out;
    }

    /** Required foreign keys: every column NOT NULL. */
    static List<ForeignKey> requiredForeignKeys(Table t) {
        return t.foreignKeys().stream().filter(f -> f.columns().stream().allMatch(c -> t.column(c).map(x -> !x.nullable()).orElse(false)))
                .filter(f -> !f.referencedTable().equals(t.name())).toList();
    }

    static Optional<ForeignKey> foreignKeyOf(Table t, String column) {
        return t.foreignKeys().stream().filter(f -> f.columns().contains(column)).findFirst();
    }

    /** The child-side relationship that a foreign key maps to. */
    static Optional<RelationSpec> relationFor(ModelSpec m, ForeignKey fk) {
        List<RelationSpec> candidates = m.relationships().stream().filter(r -> !r.many() && !r.scalarCollection() && r.targetTable().equals(fk.referencedTable())
                && !r.passiveDeletes()).toList();
        if (candidates.size() == 1) return Optional.of(candidates.get(0));
        return candidates.stream().filter(r -> r.foreignKeys().map(f -> f.contains("." + fk.columns().get(0) + "]")
                || f.contains("." + fk.columns().get(0) + ",")).orElse(false)).findFirst();
    }

    static String factoryName(ModelSpec m) { return "make_" + m.module(); }

    String render(List<ModelSpec> models, Schema schema) {
        String root = ctx.modelsPackage().split("\\.")[0];
        Imports imports = new Imports(root);
        StringBuilder body = new StringBuilder();
        List<String> classes = new ArrayList<>();
        for (ModelSpec m : models) {
            classes.add(m.className());
            CheckRanges ranges = new CheckRanges(m.table());
            body.append("\n\ndef ").append(factoryName(m)).append("(session, n=1, **overrides):\n");
            body.append("    \"\"\"A valid ").append(m.table().name()).append(" row (parents created as needed), added and flushed.\"\"\"\n");
            body.append("    values = {\n");
            for (Column c : set(m)) {
                body.append("        ").append(PyText.str(PyText.attribute(c.name()))).append(": ")
                        .append(SampleValues.valueFor(c, schema, ranges, imports)).append(",\n");
                enumImport(c, imports);
            }
            body.append("    }\n");
            for (ForeignKey fk : requiredForeignKeys(m.table())) {
                ModelSpec parent = models.stream().filter(x -> x.table().name().equals(fk.referencedTable())).findFirst().orElseThrow();
                Optional<RelationSpec> rel = relationFor(m, fk);
                List<String> keys = new ArrayList<>(fk.columns().stream().map(PyText::attribute).toList());
                rel.ifPresent(r -> keys.add(PyText.attribute(r.name())));
                body.append("    if not any(key in overrides for key in ").append(PyText.list(keys)).append("):\n");
                if (rel.isPresent()) {
                    body.append("        values[").append(PyText.str(PyText.attribute(rel.get().name()))).append("] = ").append(factoryName(parent)).append("(session, next(_sequence))\n");
                } else {
                    body.append("        parent = ").append(factoryName(parent)).append("(session, next(_sequence))\n");
                    for (int i = 0; i < fk.columns().size(); i++) {
                        body.append("        values[").append(PyText.str(PyText.attribute(fk.columns().get(i)))).append("] = parent.")
                                .append(PyText.attribute(fk.referencedColumns().get(i))).append('\n');
                    }
                }
            }
            body.append("    values.update(overrides)\n");
            body.append("    row = ").append(m.className()).append("(**values)\n");
            body.append("    session.add(row)\n    session.flush()\n    return row\n");
        }
        imports.from(ctx.modelsPackage(), classes.toArray(String[]::new));
        imports.add("itertools");
        return "\"\"\"Factories for valid rows of every table; values are built from the column types.\"\"\"\n" + imports.render()
                + "\n# parents get their own numbers, so two parents made for one test never collide on a unique column\n"
                + "_sequence = itertools.count(1000)\n" + body;
    }

    private void enumImport(Column c, Imports imports) {
        if (c.type() instanceof dev.schemadesigner.schema.LogicalType.EnumRef e) {
            imports.from(ctx.modelsPackage() + ".enums", PyText.enumClassName(e.enumName()));
        }
    }
}
