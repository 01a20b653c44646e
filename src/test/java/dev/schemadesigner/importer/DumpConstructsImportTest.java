package dev.schemadesigner.importer;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The constructs pg_dump, mysqldump and {@code sqlite3 .schema} write that the reader once refused
 * or misread (issue 13, cause 2), each with its smallest input.
 */
class DumpConstructsImportTest {
    private final SqlDdlImporter importer = new SqlDdlImporter();

    private ImportResult postgres(String sql) { return importer.importSql(sql, "postgresql"); }

    private static List<String> columnNames(Table t) { return t.columns().stream().map(Column::name).toList(); }

    @Test
    void readsPgDumpsDefaultNullWithACastAsNoDefault() {
        ImportResult result = postgres("CREATE TABLE t (c character varying(10) DEFAULT NULL::character varying, n numeric DEFAULT (NULL)::numeric(10,2));");

        Table t = result.schema().requireTable("t");
        assertThat(t.column("c").orElseThrow().defaultValue()).isEmpty();
        assertThat(t.column("n").orElseThrow().defaultValue()).isEmpty();
    }

    @Test
    void namesAnUnnamedPostgresIndexAsPostgresDoes() throws Exception {
        String ddl = """
                CREATE TABLE orders (id int, customer_id int, note text);
                CREATE INDEX ON orders (customer_id);
                CREATE INDEX ON orders (customer_id);
                CREATE UNIQUE INDEX ON orders (lower(note));
                CREATE INDEX ON orders (customer_id, note);
                CREATE INDEX ON orders ((id + customer_id));
                CREATE INDEX ON orders ((note::varchar));""";

        List<String> imported = postgres(ddl).schema().requireTable("orders").indexes().stream().map(Index::name).toList();

        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.POSTGRESQL)) {
            db.execute(List.of(ddl.split(";\n")));
            Schema stored = DatabaseImporter.introspect(db.connection(), db.name());
            assertThat(imported).containsExactlyElementsOf(stored.requireTable("orders").indexes().stream().map(Index::name).toList());
        }
        assertThat(imported).containsExactly("orders_customer_id_idx", "orders_customer_id_idx1", "orders_lower_idx", "orders_customer_id_note_idx",
                "orders_expr_idx", "orders_note_idx");
    }

    @Test
    void namesAnUnnamedMariaDbKeyAsMariaDbDoes() throws Exception {
        String ddl = "CREATE TABLE t (id int PRIMARY KEY, a int, b int, KEY (a), KEY (a, b), UNIQUE KEY (b), INDEX (b))";

        List<Index> imported = importer.importSql(ddl, "mariadb").schema().requireTable("t").indexes();

        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB)) {
            db.execute(List.of(ddl));
            Schema stored = DatabaseImporter.introspect(db.connection(), db.name());
            assertThat(imported.stream().map(Index::name)).containsExactlyInAnyOrderElementsOf(
                    stored.requireTable("t").indexes().stream().map(Index::name).toList());
        }
        assertThat(imported).extracting(Index::name).containsExactly("a", "a_2", "b", "b_2");
    }

    @Test
    void aConstraintUsingAnIndexTakesItsColumnsAndReplacesIt() {
        Table t = postgres("""
                CREATE TABLE t (id int NOT NULL, code text NOT NULL);
                CREATE UNIQUE INDEX CONCURRENTLY t_id_idx ON t (id);
                CREATE UNIQUE INDEX CONCURRENTLY t_code_idx ON t (code);
                ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_idx;
                ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_idx;""").schema().requireTable("t");

        assertThat(t.primaryKey()).contains(new PrimaryKey(List.of("id")));
        assertThat(t.uniques()).containsExactly(new Unique("t_code_key", List.of("code")));
        assertThat(t.indexes()).isEmpty();
    }

    @Test
    void importsATableWithoutColumns() {
        ImportResult result = postgres("CREATE TABLE marker ();");

        assertThat(result.schema().requireTable("marker").columns()).isEmpty();
    }

    @Test
    void skipsATableWhoseNameHoldsAQuoteWithAWarningAndImportsTheRest() {
        ImportResult result = postgres("CREATE TABLE \"it\"\"s\" (id int);\nCREATE TABLE ok (\"a\"\"b\" int);\nCREATE TABLE fine (id int);");

        assertThat(result.schema().tables()).extracting(Table::name).containsExactly("fine");
        assertThat(result.warnings()).extracting(ImportWarning::message).satisfiesExactly(
                m -> assertThat(m).contains("table it\"s").contains("may not contain quotes"),
                m -> assertThat(m).contains("column ok.a\"b").contains("may not contain quotes"));
    }

    @Test
    void appliesEveryActionOfAMixedAlterTable() {
        ImportResult result = postgres("""
                CREATE TABLE t (id int, c text, old_name int);
                CREATE INDEX t_c_idx ON t (c);
                ALTER TABLE t ADD COLUMN d int, DROP COLUMN c, ALTER COLUMN d SET NOT NULL, ALTER COLUMN d SET DEFAULT 7,
                    RENAME COLUMN old_name TO new_name;
                ALTER TABLE t ALTER COLUMN id TYPE bigint;
                ALTER TABLE t RENAME TO things;""");

        Table t = result.schema().requireTable("things");
        assertThat(columnNames(t)).containsExactly("id", "new_name", "d");
        assertThat(t.column("d").orElseThrow().nullable()).isFalse();
        assertThat(t.column("d").orElseThrow().defaultValue().orElseThrow().describe()).isEqualTo("7");
        assertThat(t.column("id").orElseThrow().type()).isEqualTo(LogicalType.BIGINT);
        assertThat(t.indexes()).as("the index on the dropped column goes with it").isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsAPrimaryKeyAddedLaterAndASerialPrimaryKeyColumn() {
        Schema schema = postgres("""
                CREATE TABLE a (id integer NOT NULL, name text);
                ALTER TABLE ONLY a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
                CREATE TABLE b (name text);
                ALTER TABLE b ADD COLUMN id SERIAL PRIMARY KEY;
                CREATE TABLE c (id integer NOT NULL);
                ALTER TABLE c ADD PRIMARY KEY (id);""").schema();

        assertThat(schema.requireTable("a").primaryKey()).contains(new PrimaryKey(List.of("id")));
        assertThat(schema.requireTable("b").primaryKey()).contains(new PrimaryKey(List.of("id")));
        assertThat(schema.requireTable("b").column("id").orElseThrow().identity()).isTrue();
        assertThat(schema.requireTable("c").primaryKey()).contains(new PrimaryKey(List.of("id")));
    }

    @Test
    void readsASchemaQualifiedFunctionInAnIndexAsAnExpression() {
        Table t = postgres("""
                CREATE TABLE public.artists (name text);
                CREATE INDEX index_artists_on_lower_name ON public.artists USING btree (public.lower(name) text_pattern_ops DESC);""")
                .schema().requireTable("artists");

        assertThat(t.indexes().get(0).keys()).containsExactly(IndexKey.expression("lower(name)"));
    }

    @Test
    void readsTypesTheModelLacksAsTextAndNamesEach() {
        ImportResult result = postgres("""
                CREATE TABLE zones (
                  area geometry(Polygon,4326),
                  span interval day to second(3),
                  code bpchar,
                  flags bit varying(8),
                  tags character varying(20)[],
                  fixed bpchar(3)
                );""");

        Table t = result.schema().requireTable("zones");
        assertThat(t.columns()).extracting(c -> c.type().describe()).containsExactly("text", "text", "text", "text", "text", "string(3)");
        assertThat(result.warnings()).extracting(ImportWarning::message).containsExactly(
                "column zones.area: type geometry(Polygon,4326) has no logical type in the model; imported as text",
                "column zones.span: type interval day to second(3) has no logical type in the model; imported as text",
                "column zones.code: bpchar without a length (blank-padded, unlimited) imported as text",
                "column zones.flags: type bit varying(8) has no logical type in the model; imported as text",
                "column zones.tags: array type character varying(20)[] has no logical type in the model; imported as text");
    }

    @Test
    void aChildTableInheritsItsParentsColumnsAndChecks() {
        Table child = postgres("""
                CREATE TABLE payment (id integer NOT NULL, amount numeric(5,2) NOT NULL, CONSTRAINT positive CHECK (amount >= 0));
                CREATE TABLE payment_2007 (CONSTRAINT in_2007 CHECK (id > 0), extra text) INHERITS (payment);
                CREATE INDEX idx_payment_2007_amount ON payment_2007 (amount);""").schema().requireTable("payment_2007");

        assertThat(columnNames(child)).containsExactly("id", "amount", "extra");
        assertThat(child.column("amount").orElseThrow().nullable()).isFalse();
        assertThat(child.checks()).extracting(c -> c.name()).containsExactlyInAnyOrder("positive", "in_2007");
        assertThat(child.indexes()).extracting(Index::name).containsExactly("idx_payment_2007_amount");
    }

    @Test
    void leavesOutAnAttachedPartitionWithAWarning() {
        ImportResult result = postgres("""
                CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2024 (id int, at date);
                ALTER TABLE ONLY events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');""");

        assertThat(result.schema().tables()).extracting(Table::name).containsExactly("events");
        assertThat(result.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("events_2024 is attached as a partition of events"));
    }

    @Test
    void importsAStoredGeneratedColumnAsAPlainColumnWithAWarning() {
        ImportResult result = postgres("CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);");

        assertThat(columnNames(result.schema().requireTable("t"))).containsExactly("a", "b");
        assertThat(result.warnings()).extracting(ImportWarning::message)
                .containsExactly("generated column t.b AS (a * 2) is not modelled; imported as a plain column");
    }

    @Test
    void namesASemanticProblemAsSuchAndSkipsOnlyItsStatement() {
        ImportResult result = postgres("""
                CREATE TABLE t (id int);
                CREATE INDEX t_missing ON t (missing);
                CREATE TABLE t (id int);
                CREATE INDEX t_id ON t (id);""");

        assertThat(result.schema().requireTable("t").indexes()).extracting(Index::name).containsExactly("t_id");
        assertThat(result.warnings()).extracting(ImportWarning::line, ImportWarning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "statement at line 2 skipped: in CREATE INDEX: index t_missing names column missing, "
                        + "which table t does not have (line 2, column 29)"),
                org.assertj.core.groups.Tuple.tuple(3, "statement at line 3 skipped: in CREATE TABLE: table t is already defined; "
                        + "the second definition is skipped (line 3, column 14)"));
    }

    @Test
    void stillRefusesARealSyntaxErrorWithItsLineAndColumn() {
        assertThatThrownBy(() -> postgres("CREATE TABLE a (id int);\nCREATE TABLE b (id int,, name text);"))
                .isInstanceOf(DdlSyntaxException.class)
                .hasMessageStartingWith("syntax error at line 2, column 24");
    }

    @Test
    void readsMySqlMediumintAsInteger() {
        assertThat(importer.importSql("CREATE TABLE t (c MEDIUMINT UNSIGNED)", "mariadb").schema().requireTable("t").column("c")
                .orElseThrow().type()).isEqualTo(LogicalType.INTEGER);
    }

    @Test
    void dropsTheQualifiersPgDumpWritesBeforeFunctionsInExpressions() {
        Table t = postgres("""
                CREATE TABLE t (id uuid DEFAULT public.gen_random_uuid(), name text, CONSTRAINT named CHECK (pg_catalog.length(name) > 0));""")
                .schema().requireTable("t");

        assertThat(t.column("id").orElseThrow().defaultValue().orElseThrow().describe()).isEqualTo("gen_random_uuid()");
        assertThat(t.checks().get(0).expression()).isEqualTo("length(name) > 0");
    }
}
