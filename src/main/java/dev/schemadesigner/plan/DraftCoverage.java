package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;
import dev.schemadesigner.plan.DesignDraft.Entity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a plan left out of what the user wrote: each table, column and enum value the
 * {@link RequestReader} found in the request must be in the schema the plan produces. The model
 * planner sends these back as repair problems, so a model answer is held to the same contract as
 * the rule planner: nothing the user named is dropped or renamed.
 */
final class DraftCoverage {
    private DraftCoverage() {}

    /** One sentence per missing table, column or enum value, addressed to whoever made the plan. */
    static List<String> missing(String request, Schema after) {
        return missing(RequestReader.read(request), after);
    }

    static List<String> missing(DesignDraft draft, Schema after) {
        List<String> problems = new ArrayList<>();
        for (Entity entity : draft.entities()) {
            Optional<Table> table = DraftTables.projectTable(after, entity.name()).flatMap(after::table);
            if (table.isEmpty()) {
                problems.add("the request names the table " + entity.name() + ", which your changes do not create or use; keep the user's name");
                continue;
            }
            for (Attribute attribute : entity.attributes()) {
                Optional<Column> column = column(table.get(), attribute.name());
                if (column.isEmpty()) {
                    problems.add("the request gives " + table.get().name() + " the column " + attribute.name() + ", which is missing; keep the user's name");
                    continue;
                }
                List<String> values = attribute.hints().values();
                List<String> absent = values.stream().filter(v -> !holds(after, table.get(), column.get(), v)).toList();
                if (!absent.isEmpty()) {
                    problems.add("the request lists the values " + String.join(", ", values) + " for " + table.get().name() + "."
                            + column.get().name() + "; missing verbatim: " + String.join(", ", absent));
                }
            }
        }
        return problems;
    }

    /** The attribute's column, or its foreign-key column when the user named the relationship ("customer" → customer_id). */
    private static Optional<Column> column(Table table, String name) {
        return table.column(name).or(() -> table.column(name + "_id")).or(() -> table.column(Naming.singular(name) + "_id"));
    }

    /** The value is one of the column's enum type, or appears as a quoted literal in a CHECK of its table. */
    private static boolean holds(Schema schema, Table table, Column column, String value) {
        if (column.type() instanceof LogicalType.EnumRef e) {
            return schema.enumType(e.enumName()).map(t -> t.values().contains(value)).orElse(false);
        }
        String literal = "'" + value.replace("'", "''") + "'";
        return table.checks().stream().anyMatch(c -> c.expression().contains(column.name()) && c.expression().contains(literal));
    }
}
