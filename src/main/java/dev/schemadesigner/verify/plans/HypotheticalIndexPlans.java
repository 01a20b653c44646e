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
 * EXPLAINed before and after, and the hypothetical indexes are reset. A suggestion no plan uses is dropped.
 */
public final class HypotheticalIndexPlans {
    private HypotheticalIndexPlans() {}

    public static List<IndexPlanProof.Proved> prove(ThrowawayDatabase db, Schema schema, List<Finding> findings, List<String> queries, int rows)
            throws SQLException {
        Dialect dialect = new PostgresDialect();
        String hypopg = hypopgSchema(db);
        db.execute(dialect.createSchema(schema));
        SeedRows.seed(db, dialect, schema, rows);
        try (Statement s = db.connection().createStatement()) {
            s.execute("ANALYZE");
        }
        List<IndexPlanProof.Proved> out = new ArrayList<>();
        for (Finding f : findings) {
            List<CreateIndex> indexes = IndexPlanProof.indexes(f);
            if (indexes.isEmpty()) {
                out.add(new IndexPlanProof.Proved(f, List.of(), true));
                continue;
            }
            List<String> before = new ArrayList<>();
            for (String q : queries) before.add(plan(db, q));
            List<String> names = new ArrayList<>();
            Schema with = schema;
            for (CreateIndex c : indexes) {
                for (String ddl : dialect.render(new CreateIndex(c.table(), c.index(), false), with)) {
                    try (PreparedStatement p = db.connection().prepareStatement("SELECT indexname FROM " + hypopg + ".hypopg_create_index(?)")) {
                        p.setString(1, ddl);
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) names.add(r.getString(1));
                        }
                    }
                }
                with = c.apply(with);
            }
            List<IndexPlanProof.Plan> plans = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                String after = plan(db, queries.get(i));
                plans.add(new IndexPlanProof.Plan(queries.get(i), before.get(i), after, names.stream().anyMatch(after::contains)));
            }
            try (Statement s = db.connection().createStatement()) {
                s.execute("SELECT " + hypopg + ".hypopg_reset()");
            }
            out.add(new IndexPlanProof.Proved(f, plans, plans.stream().anyMatch(IndexPlanProof.Plan::usesIndex)));
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
        StringBuilder out = new StringBuilder();
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("EXPLAIN (COSTS OFF) " + query.strip().replaceAll(";\\s*$", ""))) {
            while (r.next()) out.append(r.getString(1)).append('\n');
        }
        return out.toString().strip();
    }
}
