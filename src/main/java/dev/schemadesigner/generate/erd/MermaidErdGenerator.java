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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Mermaid {@code erDiagram} of the schema after the change: entities with types and PK/FK/UK
 * markers; one relationship per foreign key, cardinality from the key's nullability and uniqueness.
 *
 * <p>Names are text, never diagram syntax (audit L3, 6.4): a table whose name is not a plain
 * identifier ({@code <img …>}, {@code A-->B; click …}, {@code x} %%{init…}%% y}) is the entity
 * {@code e<n>} with its name as a quoted label ({@code e3["…"]}), a column whose name is not is
 * an attribute with a plain name and its real name in the attribute's comment; in labels and
 * comments {@code < > % #} are Mermaid entity codes, so no tag or directive survives.
 */
public final class MermaidErdGenerator implements ArtifactGenerator {

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        return List.of(new Artifact("docs/erd.mmd", "mermaid", "erd", render(changes.apply(ctx.existingSchema()))));
    }

    public String render(Schema schema) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < schema.tables().size(); i++) {
            String name = schema.tables().get(i).name();
            ids.put(name, PLAIN.matcher(name).matches() ? name : "e" + (i + 1));
        }
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(Column::nullable).orElse(true));
                boolean unique = unique(t, fk.columns());
                String parentSide = optional ? "|o" : "||";
                String childSide = unique ? "o|" : "o{";
                out.append("    ").append(id(ids, fk.referencedTable())).append(' ').append(parentSide).append("--").append(childSide).append(' ')
                        .append(id(ids, t.name())).append(" : \"").append(text(String.join(", ", fk.columns()))).append("\"\n");
            }
        }
        for (Table t : schema.tables()) {
            String id = ids.get(t.name());
            out.append("    ").append(id).append(id.equals(t.name()) ? "" : "[\"" + text(t.name()) + "\"]").append(" {\n");
            for (Column c : t.columns()) {
                List<String> keys = new ArrayList<>();
                if (t.primaryKey().map(pk -> pk.columns().contains(c.name())).orElse(false)) keys.add("PK");
                if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()))) keys.add("FK");
                if (unique(t, List.of(c.name()))) keys.add("UK");
                boolean plain = PLAIN.matcher(c.name()).matches();
                out.append("        ").append(type(c.type())).append(' ').append(plain ? c.name() : c.name().replaceAll("[^A-Za-z0-9_]", "_"));
                if (!keys.isEmpty()) out.append(' ').append(String.join(", ", keys));
                List<String> notes = new ArrayList<>();
                if (!plain) notes.add(text(c.name()));
                if (!c.nullable() && !keys.contains("PK")) notes.add("NOT NULL");
                if (!notes.isEmpty()) out.append(" \"").append(String.join(", ", notes)).append('"');
                out.append('\n');
            }
            out.append("    }\n");
        }
        return out.toString();
    }

    /** Names Mermaid reads as themselves: everything else is a label. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static String id(Map<String, String> ids, String table) {
        return ids.getOrDefault(table, PLAIN.matcher(table).matches() ? table : "x_" + table.replaceAll("[^A-Za-z0-9_]", "_"));
    }

    /** Text for inside Mermaid double quotes: names hold no quotes (schema Names); tags, directives and comments become entity codes. */
    private static String text(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (c) {
                case '#' -> b.append("#35;");
                case '%' -> b.append("#37;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                default -> b.append(c);
            }
        }
        return b.toString();
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
