package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlDdlImporterTest {
    private final SqlDdlImporter importer = new SqlDdlImporter();

    private Schema schema(String sql, String dialect) {
        ImportResult result = importer.importSql(sql, dialect);
        assertThat(result.warnings()).as("warnings").isEmpty();
        return result.schema();
    }

    private LogicalType typeOf(String type, String dialect) {
        return schema("CREATE TABLE t (c " + type + ");", dialect).requireTable("t").column("c").orElseThrow().type();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "int|postgresql|integer", "integer|sqlite|integer", "int4|postgresql|integer", "smallint|mariadb|smallint",
            "int2|postgresql|smallint", "bigint|postgresql|bigint", "int8|postgresql|bigint",
            "numeric(12,2)|postgresql|numeric(12,2)", "decimal(10,3)|mariadb|numeric(10,3)", "DECIMAL|mariadb|numeric(10,0)",
            "real|postgresql|double", "float|mariadb|double", "double precision|postgresql|double", "double|mariadb|double",
            "varchar(20)|postgresql|string(20)", "character varying(30)|postgresql|string(30)", "char(2)|postgresql|string(2)",
            "nvarchar(40)|sqlite|string(40)", "varchar|postgresql|text", "text|sqlite|text", "mediumtext|mariadb|text",
            "longtext|mariadb|text", "boolean|postgresql|boolean", "bool|postgresql|boolean", "tinyint(1)|mariadb|boolean",
            "tinyint|mariadb|smallint", "date|sqlite|date", "time|postgresql|time", "timestamp|postgresql|timestamp",
            "timestamp without time zone|postgresql|timestamp", "timestamp(3) with time zone|postgresql|timestamptz",
            "timestamptz|postgresql|timestamptz", "datetime|sqlite|timestamp", "datetime(6)|mariadb|timestamp",
            "timestamp|mariadb|timestamp", "uuid|postgresql|uuid", "json|mariadb|json", "jsonb|postgresql|json",
            "bytea|postgresql|binary", "blob|sqlite|binary", "longblob|mariadb|binary", "binary(16)|mariadb|binary",
            "int unsigned|mariadb|integer", "bigint(20) unsigned|mariadb|bigint"})
    void mapsEveryTypeSpelling(String type, String dialect, String logical) {
        assertThat(typeOf(type, dialect).describe()).isEqualTo(logical);
    }

    @Test
    void mapsSerialTypesToIdentityColumns() {
        Table t = schema("CREATE TABLE t (a serial PRIMARY KEY, b bigserial, c smallserial);", "postgresql").requireTable("t");
        assertThat(t.columns()).containsExactly(Column.identity("a", LogicalType.INTEGER),
                Column.identity("b", LogicalType.BIGINT), Column.identity("c", LogicalType.SMALLINT));
    }

    @Test
    void readsIdentityInEveryDialect() {
        assertThat(schema("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY)", "postgresql")
                .requireTable("t").columns()).containsExactly(Column.identity("id", LogicalType.BIGINT));
        assertThat(schema("CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id))", "mariadb")
                .requireTable("t").columns()).containsExactly(Column.identity("id", LogicalType.INTEGER));
        assertThat(schema("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)", "sqlite")
                .requireTable("t").column("id")).contains(Column.identity("id", LogicalType.INTEGER));
        assertThat(schema("CREATE TABLE t (id INTEGER NOT NULL, v TEXT, PRIMARY KEY (id))", "sqlite")
                .requireTable("t").column("id")).contains(Column.identity("id", LogicalType.INTEGER));
        assertThat(schema("CREATE TABLE t (id INT PRIMARY KEY, v TEXT)", "sqlite")
                .requireTable("t").column("id")).contains(Column.required("id", LogicalType.INTEGER));
    }

    @Test
    void readsDefaultsOfEveryKind() {
        Table t = schema("""
                CREATE TABLE t (
                  a text DEFAULT 'it''s',
                  b varchar(10) DEFAULT 'open'::character varying,
                  c int DEFAULT 0,
                  d numeric(6,2) DEFAULT -1.5,
                  e boolean DEFAULT true,
                  f timestamptz DEFAULT now(),
                  g timestamp DEFAULT CURRENT_TIMESTAMP,
                  h uuid DEFAULT gen_random_uuid(),
                  i int DEFAULT NULL,
                  j int DEFAULT (42),
                  k text DEFAULT (lower('X'))
                )""", "postgresql").requireTable("t");
        assertThat(t.columns()).extracting(Column::defaultValue).containsExactly(
                Optional.of(DefaultValue.text("it's")), Optional.of(DefaultValue.text("open")), Optional.of(DefaultValue.number("0")),
                Optional.of(DefaultValue.number("-1.5")), Optional.of(DefaultValue.bool(true)), Optional.of(DefaultValue.now()),
                Optional.of(DefaultValue.now()), Optional.of(DefaultValue.expression("gen_random_uuid()")), Optional.empty(),
                Optional.of(DefaultValue.number("42")), Optional.of(DefaultValue.expression("(lower('X'))")));
    }

    @Test
    void readsBooleanDefaultsWrittenAsNumbers() {
        Table t = schema("CREATE TABLE t (a tinyint(1) NOT NULL DEFAULT 1, b datetime(6) DEFAULT current_timestamp(6))", "mariadb").requireTable("t");
        assertThat(t.column("a").orElseThrow()).isEqualTo(Column.required("a", LogicalType.BOOLEAN).withDefault(DefaultValue.bool(true)));
        assertThat(t.column("b").orElseThrow().defaultValue()).contains(DefaultValue.now());
    }

    @Test
    void readsCompositePrimaryKeysAndForeignKeysWithActions() {
        Schema s = schema("""
                CREATE TABLE orders (id int PRIMARY KEY);
                CREATE TABLE products (id int PRIMARY KEY);
                CREATE TABLE order_lines (
                  order_id int NOT NULL REFERENCES orders ON DELETE CASCADE,
                  product_id int NOT NULL,
                  line_no int,
                  PRIMARY KEY (order_id, line_no),
                  CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE RESTRICT ON UPDATE CASCADE
                );""", "postgresql");
        Table lines = s.requireTable("order_lines");
        assertThat(lines.primaryKey()).contains(PrimaryKey.of("order_id", "line_no"));
        assertThat(lines.column("line_no").orElseThrow().nullable()).isFalse();
        assertThat(lines.foreignKeys()).containsExactly(
                ForeignKey.of("fk_order_lines_order_id", "order_id", "orders", "id", FkAction.CASCADE),
                new ForeignKey("fk_line_product", List.of("product_id"), "products", List.of("id"), FkAction.RESTRICT, FkAction.CASCADE));
    }

    @Test
    void namesUnnamedUniquesAndChecksByConvention() {
        Table t = schema("""
                CREATE TABLE accounts (
                  id int PRIMARY KEY,
                  email text NOT NULL UNIQUE,
                  tenant int, handle text,
                  score int CHECK (score >= 0),
                  lo int, hi int,
                  UNIQUE (tenant, handle),
                  CHECK (lo < hi),
                  CHECK (tenant > 0),
                  CONSTRAINT named_check CHECK (hi < 100)
                )""", "postgresql").requireTable("accounts");
        assertThat(t.uniques()).containsExactly(Unique.of("uq_accounts_email", "email"), Unique.of("uq_accounts_tenant_handle", "tenant", "handle"));
        assertThat(t.checks()).containsExactly(new Check("ck_accounts_score", "score >= 0"), new Check("ck_accounts_2", "lo < hi"),
                new Check("ck_accounts_tenant", "tenant > 0"), new Check("named_check", "hi < 100"));
    }

    @Test
    void readsMariaDbInlineEnumsKeysCommentsAndTableOptions() {
        Schema s = schema("""
                CREATE TABLE `order` (
                  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
                  `status` enum('new','paid','shipped') NOT NULL DEFAULT 'new' COMMENT 'where it is',
                  `code` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
                  `note` text,
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `uq_order_code` (`code`),
                  KEY `idx_order_status` (`status`, `id`),
                  INDEX idx_order_note (note)
                ) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COMMENT='orders';""", "mariadb");
        Table t = s.requireTable("order");
        assertThat(s.enums()).containsExactly(EnumType.of("order_status", "new", "paid", "shipped"));
        assertThat(t.column("status").orElseThrow()).isEqualTo(new Column("status", LogicalType.enumOf("order_status"), false,
                Optional.of(DefaultValue.text("new")), false, Optional.of("where it is")));
        assertThat(t.comment()).contains("orders");
        assertThat(t.indexes()).containsExactly(Index.uniqueOn("uq_order_code", "code"), Index.on("idx_order_status", "status", "id"),
                Index.on("idx_order_note", "note"));
    }

    @Test
    void readsPostgresEnumTypesAndComments() {
        Schema s = schema("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE "user" ("Id" int PRIMARY KEY, Mood mood NOT NULL DEFAULT 'ok');
                COMMENT ON TABLE "user" IS 'people';
                COMMENT ON COLUMN public."user".mood IS 'how they feel';""", "postgresql");
        assertThat(s.enums()).containsExactly(EnumType.of("mood", "sad", "ok", "happy"));
        Table user = s.requireTable("user");
        assertThat(user.columns()).extracting(Column::name).containsExactly("Id", "mood");
        assertThat(user.column("mood").orElseThrow()).isEqualTo(new Column("mood", LogicalType.enumOf("mood"), false,
                Optional.of(DefaultValue.text("ok")), false, Optional.of("how they feel")));
        assertThat(user.comment()).contains("people");
    }

    @Test
    void unquotesIdentifiersInEveryDialect() {
        assertThat(schema("CREATE TABLE \"user\" (\"select\" int)", "postgresql").requireTable("user").hasColumn("select")).isTrue();
        assertThat(schema("CREATE TABLE `order` (`group` int)", "mariadb").requireTable("order").hasColumn("group")).isTrue();
        assertThat(schema("CREATE TABLE [order item] ([from] int)", "sqlite").requireTable("order item").hasColumn("from")).isTrue();
        assertThat(schema("CREATE TABLE Users (Email text)", "postgresql").requireTable("users").hasColumn("email")).isTrue();
        assertThat(schema("CREATE TABLE Users (Email text)", "sqlite").requireTable("Users").hasColumn("Email")).isTrue();
    }

    @Test
    void readsCreateIndexWithEveryClause() {
        Table t = schema("""
                CREATE TABLE docs (id int PRIMARY KEY, email text, body jsonb, tenant int, deleted_at timestamptz);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_docs_email ON docs (lower(email)) WHERE deleted_at IS NULL;
                CREATE INDEX idx_docs_body ON ONLY docs USING gin (body);
                CREATE INDEX idx_docs_tenant ON docs USING btree (tenant) INCLUDE (email, deleted_at);
                CREATE INDEX idx_docs_expr ON docs ((tenant + 1), id);""", "postgresql").requireTable("docs");
        assertThat(t.indexes()).containsExactly(
                new Index("uq_docs_email", List.of(IndexKey.expression("lower(email)")), true, Optional.of("deleted_at IS NULL"), List.of(), Optional.empty()),
                Index.on("idx_docs_body", "body").withMethod("gin"),
                Index.on("idx_docs_tenant", "tenant").withInclude(List.of("email", "deleted_at")),
                new Index("idx_docs_expr", List.of(IndexKey.expression("tenant + 1"), IndexKey.column("id")), false, Optional.empty(), List.of(), Optional.empty()));
    }

    @Test
    void readsAlterTableAddsIncludingForeignKeyCycles() {
        Schema s = schema("""
                CREATE TABLE departments (id int PRIMARY KEY, manager_id int);
                CREATE TABLE employees (id int PRIMARY KEY, department_id int NOT NULL);
                ALTER TABLE departments ADD CONSTRAINT fk_departments_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL NOT VALID;
                ALTER TABLE ONLY employees ADD FOREIGN KEY (department_id) REFERENCES departments (id);
                ALTER TABLE employees ADD COLUMN email varchar(200), ADD CONSTRAINT uq_employees_email UNIQUE (email);
                ALTER TABLE employees ADD CHECK (id > 0), ADD CONSTRAINT ck_email CHECK (email LIKE '%@%') NOT VALID;
                ALTER TABLE departments VALIDATE CONSTRAINT fk_departments_manager;""", "postgresql");
        assertThat(s.requireTable("departments").foreignKeys()).containsExactly(
                ForeignKey.of("fk_departments_manager", "manager_id", "employees", "id", FkAction.SET_NULL));
        Table employees = s.requireTable("employees");
        assertThat(employees.foreignKeys()).containsExactly(
                ForeignKey.of("fk_employees_department_id", "department_id", "departments", "id", FkAction.NO_ACTION));
        assertThat(employees.column("email")).contains(Column.optional("email", LogicalType.varchar(200)));
        assertThat(employees.uniques()).containsExactly(Unique.of("uq_employees_email", "email"));
        assertThat(employees.checks()).containsExactly(new Check("ck_employees_id", "id > 0"), new Check("ck_email", "email LIKE '%@%'"));
    }

    @Test
    void alterTableAddsPrimaryKeyAndMariaDbIndexes() {
        Table t = schema("""
                CREATE TABLE t (a int NOT NULL, b int);
                ALTER TABLE t ADD PRIMARY KEY (a), ADD INDEX idx_t_b (b), ADD UNIQUE KEY uq_t_b_a (b, a);""", "mariadb").requireTable("t");
        assertThat(t.primaryKey()).contains(PrimaryKey.of("a"));
        assertThat(t.indexes()).containsExactly(Index.on("idx_t_b", "b"), Index.uniqueOn("uq_t_b_a", "b", "a"));
    }

    @Test
    void keepsSqliteEnumLikeChecksAsChecks() {
        Schema s = schema("CREATE TABLE tickets (id INTEGER PRIMARY KEY, status VARCHAR(8) NOT NULL CHECK (status IN ('open', 'closed')))", "sqlite");
        assertThat(s.enums()).isEmpty();
        assertThat(s.requireTable("tickets").column("status").orElseThrow().type()).isEqualTo(LogicalType.varchar(8));
        assertThat(s.requireTable("tickets").checks()).containsExactly(new Check("ck_tickets_status", "status IN ('open', 'closed')"));
    }

    @Test
    void selfReferencesResolveToThePrimaryKey() {
        Table t = schema("CREATE TABLE nodes (id bigint PRIMARY KEY, parent_id bigint REFERENCES nodes ON DELETE CASCADE)", "postgresql").requireTable("nodes");
        assertThat(t.foreignKeys()).containsExactly(ForeignKey.of("fk_nodes_parent_id", "parent_id", "nodes", "id", FkAction.CASCADE));
    }

    @Test
    void refusesAnUnknownDialectListingTheKnownOnes() {
        assertThatThrownBy(() -> importer.importSql("CREATE TABLE t (a int)", "oracle"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("oracle", "postgresql", "sqlite", "mariadb", "mysql");
    }
}
