package dev.schemadesigner.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema as SQLAlchemy's inspector reports it (tables, columns with nullability, index, unique,
 * foreign key and check names), compared with the intended schema. A stand-in until the importer's
 * DatabaseImporter + SchemaDiff can compare full stored forms.
 */
final class ExpectedShape {
    private ExpectedShape() {}

    static List<String> differences(Schema expected, String inspectorJson) throws Exception {
        return differences(expected, inspectorJson, List.of());
    }

    /** {@code extraChecks}: check names the database holds beyond the intended schema's (SQLite's enum checks). */
    static List<String> differences(Schema expected, String inspectorJson, List<String> extraChecks) throws Exception {
        JsonNode actual = new ObjectMapper().readTree(inspectorJson.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{}"));
        List<String> out = new ArrayList<>();
        TreeSet<String> actualTables = new TreeSet<>();
        actual.fieldNames().forEachRemaining(actualTables::add);
        TreeSet<String> expectedTables = new TreeSet<>(expected.tables().stream().map(Table::name).toList());
        if (!actualTables.equals(expectedTables)) out.add("tables " + expectedTables + " expected, " + actualTables + " found");
        for (Table t : expected.tables()) {
            JsonNode a = actual.get(t.name());
            if (a == null) continue;
            Map<String, Boolean> cols = new TreeMap<>();
            for (Column c : t.columns()) cols.put(c.name(), c.nullable());
            Map<String, Boolean> found = new TreeMap<>();
            a.get("columns").fields().forEachRemaining(e -> found.put(e.getKey(), e.getValue().asBoolean()));
            if (!cols.equals(found)) out.add(t.name() + ": columns (name=nullable) " + cols + " expected, " + found + " found");
            // SQLAlchemy 1.4's inspector leaves expression indexes out and 2.0's reports them: they are compared on neither side
            List<String> expressionIndexes = t.indexes().stream().filter(Index::hasExpressions).map(Index::name).toList();
            compare(out, t.name(), "indexes", t.indexes().stream().filter(i -> !i.hasExpressions()).map(Index::name).toList(), a, expressionIndexes);
            compare(out, t.name(), "uniques", t.uniques().stream().map(Unique::name).toList(), a);
            compare(out, t.name(), "fks", t.foreignKeys().stream().map(ForeignKey::name).toList(), a);
            List<String> checks = new ArrayList<>(t.checks().stream().map(Check::name).toList());
            extraChecks.stream().filter(n -> n.startsWith("ck_" + t.name() + "_")).filter(n -> t.columns().stream()
                    .anyMatch(c -> n.equals("ck_" + t.name() + "_" + c.name() + "_enum"))).forEach(checks::add);
            compare(out, t.name(), "checks", checks, a);
        }
        return out;
    }

    private static void compare(List<String> out, String table, String key, List<String> expected, JsonNode actual) {
        compare(out, table, key, expected, actual, List.of());
    }

    private static void compare(List<String> out, String table, String key, List<String> expected, JsonNode actual, List<String> ignored) {
        TreeSet<String> e = new TreeSet<>(expected);
        TreeSet<String> a = new TreeSet<>();
        actual.get(key).forEach(n -> a.add(n.asText()));
        a.removeAll(ignored);
        if (!e.equals(a)) out.add(table + ": " + key + " " + e + " expected, " + a + " found");
    }
}
