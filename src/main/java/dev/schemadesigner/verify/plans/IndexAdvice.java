package dev.schemadesigner.verify.plans;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.IndexProof;
import dev.schemadesigner.review.QueryPattern;
import dev.schemadesigner.review.QueryPatterns;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.VerifyTarget;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Index suggestions proved against the declared queries before they reach a reply. On a PostgreSQL review with a
 * verification database, PostgreSQL's planner judges them with HypoPG hypothetical indexes ({@link HypotheticalIndexPlans});
 * otherwise, or when that database cannot (no HypoPG), SQLite's planner does ({@link IndexPlanProof}) and the proof's
 * note says why. A suggestion that creates an index carries its plans ({@link IndexProof}); a performance suggestion
 * (a rule of the performance area, made from the declared queries) that no plan uses is dropped — only when the proof
 * can decide: planned by the review's own database (not SQLite standing in for PostgreSQL or MariaDB), and for a partial
 * index on seeded rows most of which do not match its predicate ({@code note} says why a proof cannot decide). Others — an index
 * for a foreign key serves joins and deletes no declared query shows — keep their proof but are never dropped.
 */
public final class IndexAdvice {
    /** Rows a table is seeded with before the planner is asked: enough that a scan costs more than a seek. */
    public static final int DEFAULT_ROWS = 5_000;

    private IndexAdvice() {}

    /** Findings with their proofs, the suggestions dropped because no plan used them, and what could not be proved. */
    public record Outcome(List<Finding> findings, List<Finding> dropped, List<String> warnings) {
        public Outcome {
            findings = List.copyOf(findings);
            dropped = List.copyOf(dropped);
            warnings = List.copyOf(warnings);
        }
    }

    public static Outcome proveFindings(Optional<VerifyTarget> postgres, String dialect, Schema schema, List<Finding> findings,
                                        List<String> queries, int rows) {
        List<String> warnings = new ArrayList<>();
        List<Optional<IndexProof>> proofs = prove(postgres, dialect, schema, findings.stream().map(IndexPlanProof::indexes).toList(), queries, rows, warnings);
        return judged(findings, proofs, warnings);
    }

    /** {@code findings} with the proofs made for them ({@code proofs.get(i)} for {@code findings.get(i)}). */
    public static Outcome judged(List<Finding> findings, List<Optional<IndexProof>> proofs, List<String> warnings) {
        List<Finding> out = new ArrayList<>();
        List<Finding> dropped = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Optional<IndexProof> proof = proofs.get(i);
            if (proof.isEmpty()) out.add(f);
            else if (!proof.get().used() && proof.get().note().isEmpty() && droppable(f)) dropped.add(f.withProof(proof.get()));
            else out.add(f.withProof(proof.get()));
        }
        return new Outcome(out, dropped, warnings);
    }

    /**
     * The proof of each suggestion (the indexes it creates), empty for one that creates none or when there is no
     * declared query; {@code warnings} gains why nothing could be proved, when nothing could.
     */
    public static List<Optional<IndexProof>> prove(Optional<VerifyTarget> postgres, String dialect, Schema schema, List<List<CreateIndex>> suggestions,
                                                   List<String> queries, int rows, List<String> warnings) {
        List<Optional<IndexProof>> none = suggestions.stream().map(s -> Optional.<IndexProof>empty()).toList();
        if (queries.isEmpty() || suggestions.stream().allMatch(List::isEmpty)) return none;
        Optional<String> note = Optional.empty();
        if (dialect.equals("postgresql") && postgres.isPresent()) {
            try (ThrowawayDatabase db = postgres.get().opener().open()) {
                return proofs("postgresql", rows, HypotheticalIndexPlans.judge(db, schema, suggestions, queries, rows), suggestions, Optional.empty());
            } catch (SQLException | RuntimeException e) {
                note = Optional.of("planned on SQLite: PostgreSQL could not plan it (" + e.getMessage() + ")");
            }
        } else if (!dialect.equals("sqlite")) {
            note = Optional.of("planned on SQLite: no " + dialect + " planner with hypothetical indexes was available");
        }
        try {
            return proofs("sqlite", rows, IndexPlanProof.judgeOnSqlite(schema, suggestions, queries, rows), suggestions, note);
        } catch (SQLException | RuntimeException e) {
            warnings.add("index suggestions not proved by a query plan: " + e.getMessage());
            return none;
        }
    }

    private static List<Optional<IndexProof>> proofs(String dialect, int rows, List<IndexPlanProof.Judged> judged, List<List<CreateIndex>> suggestions,
                                                     Optional<String> note) {
        List<Optional<IndexProof>> out = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).isEmpty()) {
                out.add(Optional.empty());
                continue;
            }
            IndexPlanProof.Judged j = judged.get(i);
            List<String> notes = new ArrayList<>();
            note.ifPresent(notes::add);
            j.inconclusive().ifPresent(notes::add);
            out.add(Optional.of(new IndexProof(dialect, rows, j.kept(), j.plans().stream()
                    .map(p -> new IndexProof.QueryPlan(p.query(), p.before(), p.after(), p.usesIndex())).toList(),
                    notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)))));
        }
        return out;
    }

    /**
     * The indexes of {@code schema} made for a declared query: those whose leading column a query filters or sorts
     * its table by. A planner that declared the query and the index together is proved by these.
     */
    public static List<CreateIndex> servingIndexes(Schema schema, List<String> queries) {
        List<QueryPattern> read = queries.stream().map(q -> QueryPatterns.parse(q, schema)).flatMap(Optional::stream).toList();
        List<CreateIndex> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            for (Index ix : t.indexes()) {
                if (ix.columnNames().isEmpty()) continue;
                String lead = ix.columnNames().get(0);
                boolean serves = read.stream().anyMatch(q -> q.predicates().stream().anyMatch(p -> p.column().table().equals(t.name()) && p.column().column().equals(lead))
                        || q.orderBy().stream().anyMatch(o -> o.table().equals(t.name()) && o.column().equals(lead)));
                if (serves) out.add(new CreateIndex(t.name(), ix, false));
            }
        }
        return out;
    }

    private static boolean droppable(Finding f) {
        return Rules.byId(f.rule()).map(r -> r.area() == Area.PERFORMANCE).orElse(false);
    }

}
