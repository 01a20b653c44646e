package dev.schemadesigner.bench;

import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Review time for a generated 500-table schema: each table has 12 columns, two foreign keys to
 * earlier tables (one indexed, one not), a check, a relationship, and there are 40 declared
 * query patterns (third argument). Prints the median of the warm runs (goal: at most 200 ms).
 * Run: {@code java -cp target/classes:target/test-classes:<deps> dev.schemadesigner.bench.ReviewBenchmark [tables] [runs] [patterns]}.
 */
public final class ReviewBenchmark {

    public static void main(String[] args) {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int patterns = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        ReviewInput input = ReviewInput.of(schema(tables)).withQueryPatterns(queries(tables, patterns));
        Reviewer reviewer = new Reviewer();
        int findings = 0;
        for (int i = 0; i < 10; i++) findings = reviewer.review(input).size(); // warm-up
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            List<Finding> result = reviewer.review(input);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            findings = result.size();
        }
        Arrays.sort(millis);
        System.out.printf("review of %d tables, %d query patterns: median %d ms over %d warm runs (min %d, max %d), %d findings%n",
                tables, input.queryPatterns().size(), millis[runs / 2], runs, millis[0], millis[runs - 1], findings);
    }

    static Schema schema(int count) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "table_" + i;
            List<Column> columns = new ArrayList<>(List.of(
                    Column.identity("id", LogicalType.BIGINT),
                    Column.required("parent_id", LogicalType.BIGINT),
                    Column.optional("owner_id", LogicalType.BIGINT),
                    Column.required("status", LogicalType.varchar(20)),
                    Column.required("severity", LogicalType.INTEGER),
                    Column.optional("keywords", LogicalType.varchar(500)),
                    Column.required("email", LogicalType.varchar(255)),
                    Column.required("amount", LogicalType.decimal(12, 2)),
                    Column.optional("customer_id", LogicalType.BIGINT),
                    Column.optional("customer_name", LogicalType.varchar(100)),
                    Column.required("created_at", LogicalType.TIMESTAMPTZ).withDefault(DefaultValue.now()),
                    Column.required("updated_at", LogicalType.TIMESTAMP)));
            String parent = "table_" + Math.max(0, i - 1);
            String owner = "table_" + (i / 2);
            List<ForeignKey> fks = i == 0 ? List.of() : List.of(
                    ForeignKey.of("fk_" + name + "_parent_id", "parent_id", parent, "id", FkAction.CASCADE),
                    ForeignKey.of("fk_" + name + "_owner_id", "owner_id", owner, "id", FkAction.NO_ACTION));
            List<Index> indexes = List.of(Index.on("idx_" + name + "_parent_id_created_at", "parent_id", "created_at"),
                    Index.on("idx_" + name + "_status", "status"));
            List<Relationship> relationships = i == 0 ? List.of() : List.of(
                    new Relationship("parent", parent, false, Optional.of("children"), Optional.empty(), Optional.empty()));
            tables.add(new Table(name, columns, Optional.of(PrimaryKey.of("id")), fks, indexes,
                    List.of(new Check("ck_" + name + "_severity", "severity BETWEEN 1 AND 10")), List.of(), relationships, Optional.empty()));
        }
        return new Schema(tables, List.of());
    }

    static List<String> queries(int tables, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String t = "table_" + (i * tables / count);
            switch (i % 4) {
                case 0: out.add("SELECT * FROM " + t + " WHERE owner_id = ? AND status = ? ORDER BY created_at DESC"); break;
                case 1: out.add("SELECT id, amount FROM " + t + " WHERE customer_id = ?"); break;
                case 2: out.add("SELECT * FROM " + t + " WHERE severity >= 7"); break;
                default: out.add("SELECT status, count(*) FROM " + t + " GROUP BY status"); break;
            }
        }
        return out;
    }
}
