package dev.schemadesigner.verify.plans;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.plan.DesignRequestCase;
import dev.schemadesigner.plan.Plan;
import dev.schemadesigner.plan.PlanRequest;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.IndexProof;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.VerifyTarget;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index advice of designs planned from requests that state access paths ("we list a user's notifications newest
 * first"): the deterministic planner declares the queries and the indexes that serve them, the review may suggest more;
 * each suggestion is planned before and after its index on seeded, analysed rows — PostgreSQL with HypoPG and SQLite's
 * EXPLAIN QUERY PLAN — and what reaches the reply is only what a plan uses.
 */
class DeclaredQueryIndexPlansTest {
    private static final int ROWS = IndexAdvice.DEFAULT_ROWS;

    /** A design planned from one request: its declared queries, its schema without the planned indexes, and those indexes. */
    private record Design(String id, List<String> queries, Schema withoutIndexes, Schema planned, List<CreateIndex> indexes) {}

    private static List<Design> designs() {
        List<Design> out = new ArrayList<>();
        for (DesignRequestCase c : DesignRequestCase.load("dev")) {
            if (!c.form().equals("access-path") || c.project().isPresent()) continue;
            Plan plan = new RulePlanner().plan(PlanRequest.of(c.request(), Schema.EMPTY));
            Schema planned = plan.result(Schema.EMPTY);
            List<CreateIndex> indexes = IndexAdvice.servingIndexes(planned, plan.queryPatterns());
            if (indexes.isEmpty()) continue;
            Schema without = planned;
            for (CreateIndex ci : indexes) without = new DropIndex(ci.table(), ci.index().name()).apply(without);
            out.add(new Design(c.id(), plan.queryPatterns(), without, planned, indexes));
        }
        return out;
    }

    /** The design's index suggestions: each index the planner made for a declared query, then each review finding that creates one. */
    private static List<Finding> suggestions(Design d) {
        List<Finding> out = new ArrayList<>();
        for (CreateIndex ci : d.indexes()) {
            out.add(new Finding("composite-index-suggestion", Severity.INFO, ci.table(), "planned " + ci.describe(), Optional.of(Fix.of(ci.describe(), ci))));
        }
        new Reviewer().review(ReviewInput.of(d.withoutIndexes()).withDialect("postgresql").withQueryPatterns(d.queries())).stream()
                .filter(f -> !IndexPlanProof.indexes(f).isEmpty()).forEach(out::add);
        return out;
    }

    @Test
    void everyIndexSuggestedForTenDesignsIsUsedByAPlanOnPostgresAndSqlite() {
        // given
        List<Design> designs = designs();
        assertThat(designs).hasSizeGreaterThanOrEqualTo(10);
        Optional<VerifyTarget> postgres = Optional.of(VerifyTarget.postgres(TestDatabases.postgresVerifyUrl()));
        Map<String, Integer> designsWithAProvedIndex = new TreeMap<>();
        int kept = 0;
        int dropped = 0;
        int inconclusive = 0;
        for (Design d : designs) {
            List<Finding> suggestions = suggestions(d);
            for (String dialect : List.of("postgresql", "sqlite")) {
                // when
                IndexAdvice.Outcome outcome = IndexAdvice.proveFindings(postgres, dialect, d.withoutIndexes(), suggestions, d.queries(), ROWS);
                // then: what is suggested is what a plan uses — the index by name, in a plan that differs from the one without it
                assertThat(outcome.warnings()).as(d.id()).isEmpty();
                for (Finding f : outcome.findings()) {
                    IndexProof proof = f.proof().orElseThrow();
                    assertThat(proof.dialect()).isEqualTo(dialect);
                    if (!isPerformance(f)) continue;
                    if (!proof.used()) {
                        // kept unproved only when the seeded rows cannot decide (a partial index's predicate matching most of them)
                        System.out.println(d.id() + " " + dialect + " kept, " + proof.note().orElse("") + ": " + f.message());
                        assertThat(proof.note()).as(f.message()).hasValueSatisfying(n -> assertThat(n).startsWith("inconclusive: "));
                        inconclusive++;
                        continue;
                    }
                    List<String> names = IndexPlanProof.indexes(f).stream().map(ci -> ci.index().name()).toList();
                    assertThat(proof.plans()).as(d.id() + " " + dialect + ": " + f.message()).anySatisfy(p -> {
                        assertThat(p.usesIndex()).isTrue();
                        assertThat(names).anySatisfy(n -> assertThat(p.after()).contains(n));
                        assertThat(names).noneSatisfy(n -> assertThat(p.before()).contains(n));
                        assertThat(p.after()).isNotEqualTo(p.before());
                    });
                    kept++;
                    if (f.message().startsWith("planned ")) designsWithAProvedIndex.merge(d.id(), 1, Integer::sum);
                }
                for (Finding f : outcome.dropped()) {
                    System.out.println(d.id() + " " + dialect + " dropped: " + f.message());
                    assertThat(f.proof().orElseThrow().note()).isEmpty();
                    assertThat(f.proof().orElseThrow().plans()).noneSatisfy(p -> assertThat(p.usesIndex()).isTrue());
                    dropped++;
                }
            }
        }
        System.out.printf("designs %d; suggestions used by a plan %d, dropped %d, kept as inconclusive %d; designs whose planned index is proved on both: %s%n",
                designs.size(), kept, dropped, inconclusive, designsWithAProvedIndex);
        // a drop is proved by IndexPlansApiTest and IndexPlanProofTest; here it would mean the planner suggested an index its
        // own key already provides (sessions(token) beside UNIQUE (token) was one, until RulePlanner.servingKey)
        assertThat(dropped).as("planned indexes that no plan uses").isZero();
        assertThat(designsWithAProvedIndex.values().stream().filter(n -> n >= 2)).hasSizeGreaterThanOrEqualTo(10);
    }

    private static boolean isPerformance(Finding f) {
        return Rules.byId(f.rule()).orElseThrow().area() == Area.PERFORMANCE;
    }
}
