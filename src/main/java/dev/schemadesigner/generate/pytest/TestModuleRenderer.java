package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.model.ModelSpec;
import dev.schemadesigner.generate.model.ModelSpec.RelationSpec;
import dev.schemadesigner.generate.python.Imports;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * test_<model>.py: required columns raise IntegrityError, CHECK ranges reject values outside them,
 * UNIQUE rejects duplicates, ON DELETE rules act, indexes exist, relationships navigate both ways.
 */
final class TestModuleRenderer {
    private final GenerationContext ctx;
    private final FactoryRenderer factories;

    TestModuleRenderer(GenerationContext ctx, FactoryRenderer factories) {
        this.ctx = ctx;
        this.factories = factories;
    }

    String render(ModelSpec m, List<ModelSpec> all, Schema schema) {
        Table t = m.table();
        String root = ctx.modelsPackage().split("\\.")[0];
        Imports imports = new Imports(root);
        imports.add("pytest").from("sqlalchemy.exc", "IntegrityError");
        imports.from(ctx.modelsPackage(), m.className());
        String make = FactoryRenderer.factoryName(m);
        String factoriesModule = ctx.paths().tests().replaceFirst("^[^/]*/", "").replace('/', '.') + ".factories";
        imports.from(factoriesModule, make);
        // database names become Python names as the model spells its attributes (PyText.attribute)
        String key = PyText.attribute(t.primaryKey().map(pk -> pk.columns().get(0)).orElse(t.columns().get(0).name()));
        List<String> tests = new ArrayList<>();
        String base = m.module();

        tests.add(fn("test_" + base + "_valid_row_is_stored", List.of(
                "row = " + make + "(db_session)",
                "db_session.commit()",
                "assert row." + key + " is not None")));

        for (Column c : factories.required(m)) {
            // JSON stores Python None as the JSON value null; null() is SQL NULL
            boolean json = c.type() instanceof dev.schemadesigner.schema.LogicalType.Json;
            if (json) imports.from("sqlalchemy", "null");
            String attribute = PyText.attribute(c.name());
            tests.add(rejects("test_" + base + "_requires_" + attribute, make + "(db_session, " + attribute + "=" + (json ? "null()" : "None") + ")"));
        }
        for (ForeignKey fk : FactoryRenderer.requiredForeignKeys(t)) {
            String args = String.join(", ", fk.columns().stream().map(c -> PyText.attribute(c) + "=None").toList());
            tests.add(rejects("test_" + base + "_requires_" + PyText.attribute(fk.columns().get(0)), make + "(db_session, " + args + ")"));
        }
        for (CheckRanges.Violation v : new CheckRanges(t).violations()) {
            if (t.column(v.column()).isEmpty()) continue;
            tests.add(rejects("test_" + base + "_" + PyText.slug(v.check().name(), 60) + "_rejects_" + v.label(),
                    make + "(db_session, " + PyText.attribute(v.column()) + "=" + v.badValue() + ")"));
        }
        List<List<String>> uniqueSets = new ArrayList<>();
        // a column named twice in one key (a unique index may list it twice) is one keyword of the factory call
        t.uniques().stream().map(u -> u.columns().stream().distinct().toList()).forEach(uniqueSets::add);
        List<String> uniqueNames = new ArrayList<>(t.uniques().stream().map(Unique::name).toList());
        for (Index i : t.indexes()) {
            if (i.unique() && i.where().isEmpty() && !i.hasExpressions()) { uniqueSets.add(i.columnNames().stream().distinct().toList()); uniqueNames.add(i.name()); }
        }
        CheckRanges checks = new CheckRanges(t);
        for (int u = 0; u < uniqueSets.size(); u++) {
            String same = String.join(", ", uniqueSets.get(u).stream().map(PyText::attribute).map(c -> c + "=first." + c).toList());
            List<String> lines = new ArrayList<>();
            // NULLs never collide: a column the factory leaves NULL gets a value on the first row, and the second copies it
            List<String> set = new ArrayList<>();
            for (String column : uniqueSets.get(u)) {
                Column c = t.column(column).orElse(null);
                if (c == null || !c.nullable() || c.defaultValue().isPresent() || c.identity()) continue;
                Optional<ForeignKey> fk = FactoryRenderer.foreignKeyOf(t, column);
                if (fk.isEmpty()) {
                    if (lines.isEmpty()) lines.add("n = 1");
                    set.add(PyText.attribute(column) + "=" + SampleValues.valueFor(c, schema, checks, imports));
                    enumImport(c, imports);
                    continue;
                }
                ModelSpec parent = spec(all, fk.get().referencedTable());
                String parentRow = FactoryRenderer.factoryName(parent) + "(db_session, 3)";
                if (!FactoryRenderer.factoryName(parent).equals(make)) imports.from(factoriesModule, FactoryRenderer.factoryName(parent));
                Optional<RelationSpec> rel = FactoryRenderer.relationFor(m, fk.get());
                String assignment = rel.map(r -> PyText.attribute(r.name()) + "=" + parentRow)
                        .orElse(PyText.attribute(column) + "=" + parentRow + "." + PyText.attribute(fk.get().referencedColumns().get(fk.get().columns().indexOf(column))));
                if (!set.contains(assignment)) set.add(assignment);
            }
            lines.add("first = " + make + "(db_session, 1" + (set.isEmpty() ? "" : ", " + String.join(", ", set)) + ")");
            lines.addAll(List.of("with pytest.raises(IntegrityError):",
                    "    " + make + "(db_session, 2, " + same + ")",
                    "    db_session.commit()"));
            tests.add(fn("test_" + base + "_" + PyText.slug(uniqueNames.get(u), 60) + "_rejects_duplicates", lines));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.referencedTable().equals(t.name()) || fk.columns().size() != 1) continue;
            ModelSpec parent = spec(all, fk.referencedTable());
            Optional<RelationSpec> rel = FactoryRenderer.relationFor(m, fk);
            if (rel.isEmpty()) continue;
            String col = PyText.attribute(fk.columns().get(0));
            String relation = PyText.attribute(rel.get().name());
            String setup = "row = " + make + "(db_session, 2, " + relation + "=" + FactoryRenderer.factoryName(parent) + "(db_session, 2))";
            imports.from(factoriesModule, FactoryRenderer.factoryName(parent));
            imports.from(ctx.modelsPackage(), parent.className());
            String deleteParent = "db_session.execute(delete(" + parent.className() + ").where(" + parent.className() + "."
                    + PyText.attribute(fk.referencedColumns().get(0)) + " == parent_key).execution_options(synchronize_session=False))";
            if (fk.onDelete() == FkAction.CASCADE) {
                imports.from("sqlalchemy", "delete", "func", "select");
                tests.add(fn("test_" + base + "_" + col + "_on_delete_cascade", List.of(setup, "parent_key = row." + col, "db_session.commit()",
                        deleteParent, "db_session.commit()", "db_session.expire_all()",
                        "assert db_session.scalar(select(func.count()).select_from(" + m.className() + ")) == 0")));
            } else if (fk.onDelete() == FkAction.SET_NULL) {
                imports.from("sqlalchemy", "delete");
                tests.add(fn("test_" + base + "_" + col + "_on_delete_set_null", List.of(setup, "parent_key = row." + col, "db_session.commit()",
                        deleteParent, "db_session.commit()", "db_session.expire_all()", "assert row." + col + " is None")));
            }
            Optional<RelationSpec> back = parent.relationships().stream().filter(r -> r.name().equals(rel.get().backPopulates())).findFirst();
            if (back.isPresent() && back.get().cascade().map(c -> c.contains("delete")).orElse(false)) {
                imports.from("sqlalchemy", "func", "select");
                tests.add(fn("test_" + base + "_deleted_with_its_" + relation + "_by_the_orm", List.of(setup, "parent = row." + relation,
                        "db_session.commit()", "db_session.delete(parent)", "db_session.commit()",
                        "assert db_session.scalar(select(func.count()).select_from(" + m.className() + ")) == 0")));
            }
            String check = back.map(b -> b.many() ? "assert row in parent." + PyText.attribute(b.name()) : "assert parent." + PyText.attribute(b.name()) + " is row").orElse("");
            tests.add(fn("test_" + base + "_" + relation + "_navigates_both_ways", List.of(setup, "db_session.commit()",
                    "parent = row." + relation, "assert parent is not None",
                    check.isEmpty() ? "assert parent." + PyText.attribute(fk.referencedColumns().get(0)) + " == row." + col : check)));
        }
        List<String> indexNames = t.indexes().stream().filter(i -> !i.hasExpressions()).map(Index::name).toList();
        if (!indexNames.isEmpty()) {
            imports.from("sqlalchemy", "inspect");
            tests.add(fn("test_" + base + "_indexes_exist", List.of(
                    "names = {ix[\"name\"] for ix in inspect(db_session.bind).get_indexes(" + PyText.str(t.name()) + ")}",
                    "assert {" + String.join(", ", indexNames.stream().map(PyText::str).toList()) + "} <= names")));
        }
        return "\"\"\"Constraint and relationship tests for " + m.className() + " (" + t.name() + ").\"\"\"\n" + imports.render()
                + String.join("", tests);
    }

    private void enumImport(Column c, Imports imports) {
        if (c.type() instanceof dev.schemadesigner.schema.LogicalType.EnumRef e) {
            imports.from(ctx.modelsPackage() + ".enums", PyText.enumClassName(e.enumName()));
        }
    }

    private static ModelSpec spec(List<ModelSpec> all, String table) {
        return all.stream().filter(x -> x.table().name().equals(table)).findFirst().orElseThrow();
    }

    private static String rejects(String name, String call) {
        return fn(name, List.of("with pytest.raises(IntegrityError):", "    " + call, "    db_session.commit()"));
    }

    private static String fn(String name, List<String> lines) {
        StringBuilder b = new StringBuilder("\n\ndef ").append(name).append("(db_session):\n");
        lines.forEach(l -> b.append("    ").append(l).append('\n'));
        return b.toString();
    }
}
