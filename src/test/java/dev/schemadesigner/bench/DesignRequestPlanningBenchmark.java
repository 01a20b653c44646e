package dev.schemadesigner.bench;

import dev.schemadesigner.plan.Plan;
import dev.schemadesigner.plan.PlanRequest;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.schema.Schema;

import java.util.Arrays;
import java.util.Locale;

/**
 * Prints p50/p99 of the deterministic planner on a written ten-table design request (entity clauses with
 * attribute lists and hints, relationships, a many-to-many, a self-reference, access paths): read → draft →
 * catalogue → assembled change set. The goal is p50 ≤ 5 ms; it asserts nothing.
 */
public final class DesignRequestPlanningBenchmark {
    private DesignRequestPlanningBenchmark() {}

    static final String TEN_TABLES = """
            Design a schema for a marketplace:
            - sellers (shop_name unique, email unique, rating between 0 and 5, joined_on)
            - buyers (name, email unique, phone optional)
            - categories (name, slug unique, parent_id optional)
            - listings (seller_id, category_id, title, description, price, condition: new/used/refurbished, listed_at)
            - photos (listing_id, url, position default 0)
            - offers (listing_id, buyer_id, amount_cents positive, status one of pending, accepted, declined)
            - orders (buyer_id, listing_id, total, placed_at, shipped_on optional)
            - reviews (order_id, stars 1 to 5, body may be empty)
            - messages (sender_email, body, sent_at, read_at optional)
            - tags (name unique)
            Listings and tags are many-to-many. We list a seller's listings newest first. We look up offers by status and listing_id.
            """;

    public static void main(String[] args) {
        RulePlanner planner = new RulePlanner();
        PlanRequest request = PlanRequest.of(TEN_TABLES, Schema.EMPTY);
        Plan first = planner.plan(request);
        if (first.isQuestion()) throw new IllegalStateException("the benchmark request was answered with a question: " + first.question().get().text());
        int tables = first.result(Schema.EMPTY).tables().size();
        for (int i = 0; i < 300; i++) planner.plan(request);
        int runs = 1_000;
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            planner.plan(request);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "benchmark planning a %d-table written design request (%d tables planned, warm, %d runs): p50 %.2f ms  p99 %.2f ms  max %.2f ms (goal p50 <= 5 ms)%n",
                10, tables, runs, times[runs / 2], times[(int) Math.ceil(runs * 0.99) - 1], times[runs - 1]);
    }
}
