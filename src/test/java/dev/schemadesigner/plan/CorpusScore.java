package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The expectations of one corpus set evaluated on the {@link RulePlanner}'s plans, with the breakdowns the scorer prints. */
public record CorpusScore(String set, int requests, List<Result> results) {

    /** One expectation of one case: met, or what was there instead. */
    public record Result(DesignRequestCase c, CorpusExpectation expectation, java.util.Optional<String> instead) {
        boolean met() { return instead.isEmpty(); }
    }

    public CorpusScore {
        results = List.copyOf(results);
    }

    public static CorpusScore of(String set, List<DesignRequestCase> cases, Planner planner) {
        List<Result> out = new ArrayList<>();
        for (DesignRequestCase c : cases) {
            List<CorpusExpectation> expectations = c.expect().stream().map(CorpusExpectation::parse).toList();
            PlanRequest request = CorpusProject.request(c);
            Plan plan = planner.plan(request);
            Schema result;
            try {
                result = plan.result(request.current());
            } catch (RuntimeException e) {
                for (CorpusExpectation x : expectations) out.add(new Result(c, x, java.util.Optional.of("the plan does not apply: " + e.getMessage())));
                continue;
            }
            for (CorpusExpectation x : expectations) out.add(new Result(c, x, x.unmet(plan, result)));
        }
        return new CorpusScore(set, cases.size(), out);
    }

    public double share() { return results.isEmpty() ? 0 : (double) met(results) / results.size(); }

    private static long met(List<Result> rs) { return rs.stream().filter(Result::met).count(); }

    public String headline() {
        return String.format(Locale.ROOT, "design requests: %d, expectations met: %.1f %%", requests, 100 * share());
    }

    /** Headline, then met/total by form and by language, then every unmet expectation. */
    public String report() {
        StringBuilder b = new StringBuilder("[" + set + "] " + headline() + "\n");
        breakdown(b, "form", r -> r.c().form());
        breakdown(b, "language", r -> r.c().language());
        breakdown(b, "project", r -> r.c().project().orElse("none"));
        breakdown(b, "file", r -> r.c().file());
        breakdown(b, "expectation kind", r -> r.expectation().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        long unmet = results.size() - met(results);
        b.append("  unmet expectations (").append(unmet).append("):\n");
        for (Result r : results) {
            if (!r.met()) b.append("    ").append(r.c().id()).append(": ").append(r.expectation().line()).append(" — ").append(r.instead().get()).append('\n');
        }
        return b.toString();
    }

    private void breakdown(StringBuilder b, String what, Function<Result, String> key) {
        Map<String, List<Result>> groups = new TreeMap<>();
        for (Result r : results) groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        b.append("  by ").append(what).append(":");
        groups.forEach((k, rs) -> b.append(String.format(Locale.ROOT, " %s %d/%d (%.0f %%);", k, met(rs), rs.size(), 100.0 * met(rs) / rs.size())));
        b.append('\n');
    }
}
