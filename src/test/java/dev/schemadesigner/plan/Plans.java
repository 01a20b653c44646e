package dev.schemadesigner.plan;

import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared checks for planner tests: a plan applies to the schema it was made for and names things in snake_case ≤ 63 bytes. */
final class Plans {
    private Plans() {}

    private static final RulePlanner PLANNER = new RulePlanner();

    static Plan plan(String message, Schema current) {
        Plan plan = PLANNER.plan(PlanRequest.of(message, current));
        requireSound(plan, current);
        return plan;
    }

    static Plan plan(String message, Schema current, PlanningContext context) {
        Plan plan = PLANNER.plan(new PlanRequest(message, current, context));
        requireSound(plan, current);
        return plan;
    }

    /** Applies cleanly (back references included) and every name it introduces is snake_case of at most 63 bytes. */
    static Schema requireSound(Plan plan, Schema current) {
        Schema after = plan.result(current);
        List<String> before = Identifiers.names(current);
        for (String name : Identifiers.names(after)) {
            if (before.contains(name)) continue;
            assertThat(name).matches("[a-z_][a-z0-9_]*");
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        }
        return after;
    }

    static Table created(Plan plan, String name) {
        return plan.changes().ops().stream().filter(o -> o instanceof CreateTable c && c.table().name().equals(name))
                .map(o -> ((CreateTable) o).table()).findFirst()
                .orElseThrow(() -> new AssertionError("no CreateTable " + name + " in " + plan.changes().ops().stream().map(Op::describe).toList()));
    }

    static List<String> createdTables(Plan plan) {
        return plan.changes().ops().stream().filter(o -> o instanceof CreateTable).map(o -> ((CreateTable) o).table().name()).toList();
    }
}
