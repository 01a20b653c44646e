package dev.schemadesigner.verify.plans;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.PostgresDialect;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.SeedRows;
import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Index advice proved by PostgreSQL's planner without building anything: the schema is created in a throw-away
 * schema, seeded and ANALYZEd; each suggestion's indexes are made hypothetical with HypoPG
 * ({@code hypopg_create_index}, the extension installed in the database by its owner), every declared query is
 * EXPLAINed before and after (the plan after names the suggested index, not HypoPG's name for it), and the hypothetical indexes are reset. A suggestion no plan uses is dropped, and
 * so is one the planner picks only in place of an equivalent index that exists ({@link IndexPlanProof#changed}).
 * A query with {@code ?} placeholders (as the planner declares them) is prepared with {@code $n} parameters and its
 * generic plan explained ({@code plan_cache_mode = force_generic_plan}): the plan for any value, not for one.
 */
public final class HypotheticalIndexPlans {
    private HypotheticalIndexPlans() {}

    public static List<IndexPlanProof.Proved> prove(ThrowawayDatabase db, Schema schema, List<Finding> findings, List<String> queries, int rows)
            throws SQLException {
        return IndexPlanProof.proved(findings, judge(db, schema, findings.stream().map(IndexPlanProof::indexes).toList(), queries, rows));
    }

    /** Judges each suggestion (the indexes it creates) on the throw-away {@code db}; one that creates none is kept with no plans. */
    public static List<IndexPlanProof.Judged> judge(ThrowawayDatabase db, Schema schema, List<List<CreateIndex>> suggestions, List<String> queries, int rows)
            throws SQLException {
        Dialect dialect = new PostgresDialect();
        String hypopg = hypopgSchema(db);
        db.execute(dialect.createSchema(schema));
        SeedRows.seed(db, dialect, schema, rows);
        try (Statement s = db.connection().createStatement()) {
            s.execute("ANALYZE");
            s.execute("SET plan_cache_mode = force_generic_plan");
        }
        List<String> before = new ArrayList<>();
        for (String q : queries) before.add(plan(db, q));
        List<IndexPlanProof.Judged> out = new ArrayList<>();
        for (List<CreateIndex> indexes : suggestions) {
            if (indexes.isEmpty()) {
                out.add(new IndexPlanProof.Judged(List.of(), true));
                continue;
            }
            java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
            Schema with = schema;
            for (CreateIndex c : indexes) {
                for (String ddl : dialect.render(new CreateIndex(c.table(), c.index(), false), with)) {
                    try (PreparedStatement p = db.connection().prepareStatement("SELECT indexname FROM " + hypopg + ".hypopg_create_index(?)")) {
                        p.setString(1, ddl);
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) names.put(r.getString(1), c.index().name());
                        }
                    }
                }
                with = c.apply(with);
            }
            List<IndexPlanProof.Plan> plans = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                String after = plan(db, queries.get(i));
                boolean uses = names.keySet().stream().anyMatch(after::contains) && IndexPlanProof.changed(before.get(i), after);
                // HypoPG names its index <oid>btree_<table>_<columns>; the plan shown names the suggested index
                for (var n : names.entrySet()) after = after.replace("\"" + n.getKey() + "\"", n.getValue()).replace(n.getKey(), n.getValue());
                plans.add(new IndexPlanProof.Plan(queries.get(i), before.get(i), after, uses));
            }
            try (Statement s = db.connection().createStatement()) {
                s.execute("SELECT " + hypopg + ".hypopg_reset()");
            }
            out.add(new IndexPlanProof.Judged(plans, plans.stream().anyMatch(IndexPlanProof.Plan::usesIndex), IndexPlanProof.inconclusive(db, dialect, indexes)));
        }
        return out;
    }

    private static String hypopgSchema(ThrowawayDatabase db) throws SQLException {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(
                "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'hypopg'")) {
            if (!r.next()) throw new SQLException("HypoPG is not installed in this database (CREATE EXTENSION hypopg, as its owner)");
            return r.getString(1);
        }
    }

    private static String plan(ThrowawayDatabase db, String query) throws SQLException {
        IndexPlanProof.requireOneSelect(query, "postgresql");
        String sql = query.strip().replaceAll(";\\s*$", "");
        int params = 0;
        StringBuilder numbered = new StringBuilder();
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            if (c == '?' && !quoted) numbered.append('$').append(++params);
            else numbered.append(c);
        }
        StringBuilder out = new StringBuilder();
        try (Statement s = db.connection().createStatement()) {
            String explain = "EXPLAIN (COSTS OFF) " + sql;
            if (params > 0) {
                s.execute("PREPARE sd_declared_query AS " + numbered);
                explain = "EXPLAIN (COSTS OFF) EXECUTE sd_declared_query(" + String.join(", ", java.util.Collections.nCopies(params, "NULL")) + ")";
            }
            try (ResultSet r = s.executeQuery(explain)) {
                while (r.next()) out.append(r.getString(1)).append('\n');
            } finally {
                if (params > 0) s.execute("DEALLOCATE sd_declared_query");
            }
        }
        return out.toString().strip();
    }
}
