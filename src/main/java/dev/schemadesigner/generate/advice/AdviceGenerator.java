package dev.schemadesigner.generate.advice;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.ArtifactGenerator;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.model.ModelCollector;
import dev.schemadesigner.generate.model.ModelSpec;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Performance recommendations for the tables a change creates or alters, in the skill's words:
 * foreign-key and composite indexes, partial indexes for priority-like thresholds, CHECK ranges
 * for bounded values, and the eager-loading fix for N+1 queries where a relationship exists.
 */
public final class AdviceGenerator implements ArtifactGenerator {
    private static final Pattern PRIORITY = Pattern.compile("severity|priority|priority_score|urgency|churn_risk|risk_score");
    private static final Pattern BOUNDED = Pattern.compile(".*(score|severity|rating|percent|quantity|price|probability|priority).*");
    private static final Pattern FILTER = Pattern.compile("category|status|type|kind|state|event_type|created_at|occurred_at");
    private static final Pattern UPPER = Pattern.compile("(?i)between\\s+-?[\\d.]+\\s+and\\s+([\\d.]+)|<=?\\s*([\\d.]+)");

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        Schema before = ctx.existingSchema();
        Schema after = changes.apply(before);
        List<ModelSpec> models = new ModelCollector(ctx).collect(after);
        StringBuilder out = new StringBuilder("# Performance recommendations\n");
        for (ModelSpec m : models) {
            Table t = m.table();
            if (before.table(t.name()).map(x -> Objects.equals(x, t)).orElse(false)) continue;
            List<String> items = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Index> leading = t.indexes().stream().filter(i -> i.leadsWith(fk.columns())).findFirst();
                if (leading.isEmpty()) items.add("Add an index on " + cols(fk.columns()) + ": foreign keys are joined and filtered on, and PostgreSQL does not index them by itself.");
                for (Column c : t.columns()) {
                    if (!FILTER.matcher(c.name()).matches() || fk.columns().contains(c.name())) continue;
                    List<String> pair = new ArrayList<>(fk.columns());
                    pair.add(c.name());
                    Optional<Index> composite = t.indexes().stream().filter(i -> i.leadsWith(pair)).findFirst();
                    items.add(composite.map(i -> "Composite index " + i.name() + " on " + cols(pair) + " serves filtered queries per " + fk.referencedTable() + " row.")
                            .orElse("Composite index on " + cols(pair) + " for queries that filter one " + fk.referencedTable() + " row's " + t.name() + " by " + c.name() + "."));
                }
            }
            for (Column c : t.columns()) {
                String name = c.name().toLowerCase(Locale.ROOT);
                boolean numeric = c.type().isInteger() || c.type() instanceof dev.schemadesigner.schema.LogicalType.Double
                        || c.type() instanceof dev.schemadesigner.schema.LogicalType.Decimal;
                if (!numeric) continue;
                Optional<Check> check = t.checks().stream().filter(k -> k.expression().toLowerCase(Locale.ROOT).matches(".*\\b" + name + "\\b.*")).findFirst();
                if (PRIORITY.matcher(name).matches()) {
                    if (t.indexes().stream().anyMatch(i -> i.columnNames().equals(List.of(c.name())) && i.where().isEmpty())) {
                        items.add("The index on " + c.name() + " serves priority-based filtering and sorting.");
                    }
                    String threshold = threshold(check);
                    String ix = "idx_" + t.name() + "_high_" + c.name();
                    items.add("Consider a partial index for the high-priority rows only: `WHERE " + c.name() + " >= " + threshold + "`"
                            + " (smaller, and hot):\n\n  ```python\n  Index(" + PyText.str(ix) + ", " + PyText.str(c.name())
                            + ", postgresql_where=text(" + PyText.str(c.name() + " >= " + threshold) + "))\n  ```");
                }
                if (BOUNDED.matcher(name).matches()) {
                    items.add(check.map(k -> "CHECK constraint " + k.name() + " (`" + k.expression() + "`) keeps " + c.name() + " in range.")
                            .orElse("Add a CHECK constraint for the range of " + c.name() + ", e.g. `CHECK (" + c.name() + " BETWEEN 1 AND 10)`."));
                }
            }
            for (ModelSpec.RelationSpec r : m.relationships()) {
                if (r.many()) continue;
                items.add("N+1 prevention: load " + r.name() + " with the rows instead of one query per row:\n\n  ```python\n"
                        + "  from sqlalchemy.orm import joinedload\n\n"
                        + "  # Bad: one extra query per row\n  for row in session.query(" + m.className() + ").all():\n      print(row." + r.name() + ")\n\n"
                        + "  # Good: eager loading\n  rows = session.query(" + m.className() + ").options(joinedload(" + m.className() + "." + r.name() + ")).all()\n  ```");
            }
            if (items.isEmpty()) continue;
            out.append("\n## ").append(t.name()).append("\n\n");
            items.forEach(i -> out.append("- ").append(i).append('\n'));
        }
        return List.of(new Artifact("docs/schema-advice.md", "markdown", "advice", out.toString()));
    }

    /** 70% of the checked maximum (7 for 1..10, 70 for 0..100); 7 when no range is known. */
    private static String threshold(Optional<Check> check) {
        if (check.isPresent()) {
            Matcher m = UPPER.matcher(check.get().expression());
            if (m.find()) {
                String hi = m.group(1) != null ? m.group(1) : m.group(2);
                double value = Double.parseDouble(hi) * 0.7;
                return value == Math.rint(value) ? Long.toString(Math.round(value)) : Double.toString(value);
            }
        }
        return "7";
    }

    private static String cols(List<String> columns) { return "(" + String.join(", ", columns) + ")"; }
}
