package dev.schemadesigner.generate.erd;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.ArtifactGenerator;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A Mermaid {@code erDiagram} of the schema after the change: entities with types and PK/FK/UK
 * markers; one relationship per foreign key, cardinality from the key's nullability and uniqueness.
 */
public final class MermaidErdGenerator implements ArtifactGenerator {

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        return List.of(new Artifact("docs/erd.mmd", "mermaid", "erd", render(changes.apply(ctx.existingSchema()))));
    }

    public String render(Schema schema) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(Column::nullable).orElse(true));
                boolean unique = unique(t, fk.columns());
                String parentSide = optional ? "|o" : "||";
                String childSide = unique ? "o|" : "o{";
                out.append("    ").append(fk.referencedTable()).append(' ').append(parentSide).append("--").append(childSide).append(' ')
                        .append(t.name()).append(" : \"").append(String.join(", ", fk.columns())).append("\"\n");
            }
        }
        for (Table t : schema.tables()) {
            out.append("    ").append(t.name()).append(" {\n");
            for (Column c : t.columns()) {
                List<String> keys = new ArrayList<>();
                if (t.primaryKey().map(pk -> pk.columns().contains(c.name())).orElse(false)) keys.add("PK");
                if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()))) keys.add("FK");
                if (unique(t, List.of(c.name()))) keys.add("UK");
                out.append("        ").append(type(c.type())).append(' ').append(c.name());
                if (!keys.isEmpty()) out.append(' ').append(String.join(", ", keys));
                if (!c.nullable() && !keys.contains("PK")) out.append(" \"NOT NULL\"");
                out.append('\n');
            }
            out.append("    }\n");
        }
        return out.toString();
    }

    private static boolean unique(Table t, List<String> columns) {
        return t.uniques().stream().anyMatch(u -> u.columns().equals(columns))
                || t.indexes().stream().anyMatch(i -> i.unique() && i.where().isEmpty() && !i.hasExpressions() && i.columnNames().equals(columns))
                || t.primaryKey().map(pk -> pk.columns().equals(columns)).orElse(false);
    }

    /** Mermaid attribute types are single words: string(50) → string_50. */
    private static String type(LogicalType t) {
        return t.describe().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
    }
}
