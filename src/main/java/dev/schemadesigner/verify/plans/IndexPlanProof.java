package dev.schemadesigner.verify.plans;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.SqlScript;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.SqliteDialect;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.verify.SeedRows;
import dev.schemadesigner.verify.ThrowawayDatabase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Index advice proved by the planner (SQLite's {@code EXPLAIN QUERY PLAN}; PostgreSQL: {@link HypotheticalIndexPlans}): the schema is created in an in-memory
 * throw-away, seeded and ANALYZEd; for each suggestion that creates indexes, every declared query is planned before
 * and after the index exists (one suggestion at a time, dropped again after). A suggestion is kept when some query's
 * plan uses one of its indexes, and dropped otherwise — the planner would not use it.
 */
public final class IndexPlanProof {
    private IndexPlanProof() {}

    /** One query's plan without and with a suggested index. */
    public record Plan(String query, String before, String after, boolean usesIndex) {
        public Plan {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** A suggestion with the plans that judged it; {@code kept} when a plan used its index. */
    public record Proved(Finding finding, List<Plan> plans, boolean kept) {
        public Proved {
            Objects.requireNonNull(finding, "finding");
            plans = List.copyOf(plans);
        }
    }

    /** The plans that judged one suggestion (the indexes it creates); {@code kept} when a plan used one of its indexes. */
    public record Judged(List<Plan> plans, boolean kept, Optional<String> inconclusive) {
        public Judged {
            plans = List.copyOf(plans);
            Objects.requireNonNull(inconclusive, "inconclusive");
        }

        public Judged(List<Plan> plans, boolean kept) { this(plans, kept, Optional.empty()); }
    }

    /**
     * Why the seeded rows cannot judge a partial index: most of them match its predicate ({@code done = false} on a
     * column the seeding leaves at its default), whereas the index is meant for the few rows that do in production.
     * The planner then rightly scans, and its verdict says nothing about the real table.
     */
    static Optional<String> inconclusive(ThrowawayDatabase db, Dialect dialect, List<CreateIndex> indexes) {
        for (CreateIndex c : indexes) {
            if (c.index().where().isEmpty()) continue;
            String where = c.index().where().get();
            try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN " + where
                    + " THEN 1 ELSE 0 END) FROM " + dialect.quote(c.table()))) {
                r.next();
                long all = r.getLong(1);
                long matching = r.getLong(2);
                if (matching * 2 >= all) return Optional.of(String.format(java.util.Locale.ROOT,
                        "inconclusive: %,d of %,d seeded rows of %s match the partial index's predicate (%s); in production the share that does decides",
                        matching, all, c.table(), where));
            } catch (SQLException e) {
                return Optional.of("inconclusive: the partial index's predicate could not be counted on the seeded rows (" + e.getMessage() + ")");
            }
        }
        return Optional.empty();
    }

    /** Judges each finding whose fix creates an index; findings without one are kept as they are, with no plans. */
    public static List<Proved> onSqlite(Schema schema, List<Finding> findings, List<String> queries, int rows) throws SQLException {
        List<Judged> judged = judgeOnSqlite(schema, findings.stream().map(IndexPlanProof::indexes).toList(), queries, rows);
        return proved(findings, judged);
    }

    static List<Proved> proved(List<Finding> findings, List<Judged> judged) {
        List<Proved> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) out.add(new Proved(findings.get(i), judged.get(i).plans(), judged.get(i).kept()));
        return out;
    }

    /**
     * Judges each suggestion, one at a time, on SQLite: every query planned before and after its indexes exist. A
     * suggestion that creates no index is kept with no plans. {@code ?} placeholders plan as unbound parameters.
     */
    public static List<Judged> judgeOnSqlite(Schema schema, List<List<CreateIndex>> suggestions, List<String> queries, int rows) throws SQLException {
        Dialect dialect = new SqliteDialect();
        List<Judged> out = new ArrayList<>();
        try (ThrowawayDatabase db = ThrowawayDatabase.sqlite()) {
            db.execute(dialect.createSchema(schema));
            SeedRows.seed(db, dialect, schema, rows);
            try (Statement s = db.connection().createStatement()) {
                s.execute("ANALYZE");
            }
            List<String> before = new ArrayList<>();
            for (String q : queries) before.add(plan(db, q));
            for (List<CreateIndex> indexes : suggestions) {
                if (indexes.isEmpty()) {
                    out.add(new Judged(List.of(), true));
                    continue;
                }
                Schema with = schema;
                for (CreateIndex c : indexes) {
                    db.execute(dialect.render(c, with));
                    with = c.apply(with);
                }
                List<Plan> plans = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    String after = plan(db, queries.get(i));
                    boolean uses = indexes.stream().anyMatch(c -> mentions(after, c.index().name())) && changed(before.get(i), after);
                    plans.add(new Plan(queries.get(i), before.get(i), after, uses));
                }
                for (CreateIndex c : indexes) db.execute(List.of("DROP INDEX " + dialect.quote(c.index().name())));
                out.add(new Judged(plans, plans.stream().anyMatch(Plan::usesIndex), inconclusive(db, dialect, indexes)));
            }
        }
        return out;
    }

    /** The indexes a finding's fix creates. */
    public static List<CreateIndex> indexes(Finding f) {
        List<CreateIndex> out = new ArrayList<>();
        for (Op op : f.fix().map(fix -> fix.changes().ops()).orElse(List.of())) if (op instanceof CreateIndex c) out.add(c);
        return out;
    }

    private static final java.util.regex.Pattern INDEX_NAME = java.util.regex.Pattern.compile(
            "(?<=\\bUSING (?:COVERING )?INDEX |\\bIndex Scan using |\\bIndex Only Scan using |\\bBitmap Index Scan on )(?:\"[^\"]*\"|\\S+)");

    /**
     * True when the plan with the index differs from the plan without it once index names are set aside: an index
     * the planner picks only in place of an equivalent one that exists (a unique constraint's on the same column)
     * gives the query nothing, and is not counted as used.
     */
    static boolean changed(String before, String after) {
        return !INDEX_NAME.matcher(before).replaceAll("?").equals(INDEX_NAME.matcher(after).replaceAll("?"));
    }

    /** SQLite names the index a step uses: {@code SEARCH orders USING INDEX idx_orders_status (status=?)}. */
    private static boolean mentions(String plan, String index) {
        return plan.matches("(?s).*\\bUSING (COVERING )?INDEX " + java.util.regex.Pattern.quote(index) + "\\b.*");
    }

    /** A declared query reaches the planner only as one SELECT (EXPLAIN plans it, nothing runs). */
    static void requireOneSelect(String query, String dialect) throws SQLException {
        if (SqlScript.read(query, dialect).statements().size() != 1 || !query.strip().regionMatches(true, 0, "select", 0, 6)) {
            throw new SQLException("a query pattern must be one SELECT: " + query);
        }
    }

    /** The query's plan, one step a line. */
    static String plan(ThrowawayDatabase db, String query) throws SQLException {
        requireOneSelect(query, "sqlite");
        StringBuilder out = new StringBuilder();
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + query.strip().replaceAll(";\\s*$", ""))) {
            while (r.next()) out.append(r.getString("detail")).append('\n');
        }
        return out.toString().strip();
    }

    /** The findings the plans kept. */
    public static List<Finding> kept(List<Proved> proved) {
        return proved.stream().filter(Proved::kept).map(Proved::finding).toList();
    }
}
