package dev.schemadesigner.importer;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.schemadesigner.importer.Expect.*;
import static org.assertj.core.api.Assertions.assertThat;

class SqliteIntrospectorTest {

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE customers (
              id INTEGER PRIMARY KEY,
              email VARCHAR(255) NOT NULL,
              name TEXT,
              tier CHAR(1),
              CONSTRAINT uq_customers_email UNIQUE (email)
            )""",
            """
            CREATE TABLE "tickets" (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              customer_id BIGINT NOT NULL,
              parent_id INTEGER CONSTRAINT fk_tickets_parent REFERENCES tickets (id) ON DELETE SET NULL,
              status VARCHAR(11) NOT NULL DEFAULT 'open',
              severity SMALLINT NOT NULL DEFAULT 5,
              score REAL,
              ratio DOUBLE PRECISION,
              price NUMERIC(12,2) NOT NULL DEFAULT (0),
              title VARCHAR(200) NOT NULL DEFAULT 'it''s new',
              body TEXT,
              is_public BOOLEAN NOT NULL DEFAULT 0,
              due_on DATE,
              due_at TIME,
              created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
              updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
              deleted_at TIMESTAMPTZ,
              external_id UUID,
              payload JSON,
              attachment BLOB,
              views INTEGER DEFAULT -1,
              stamp TEXT DEFAULT (datetime('now')),
              "Mixed, Name" INT,
              CONSTRAINT fk_tickets_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE RESTRICT,
              CONSTRAINT ck_tickets_severity CHECK (severity BETWEEN 1 AND 10),
              CONSTRAINT "ck_tickets_price" CHECK ((price >= 0) AND (price < (1000 * (10 + 1)))),
              CONSTRAINT ck_tickets_status_enum CHECK (status IN ('open', 'in_progress', 'closed')),
              CHECK (length(title) > 0)
            )""",
            "CREATE INDEX idx_tickets_customer_id ON tickets (customer_id)",
            "CREATE INDEX idx_tickets_severe ON tickets (severity) WHERE severity >= 7",
            "CREATE INDEX idx_tickets_live ON tickets (customer_id, created_at DESC) WHERE deleted_at IS NULL",
            "CREATE UNIQUE INDEX ux_tickets_external ON tickets (external_id)",
            "CREATE INDEX idx_tickets_title_lower ON tickets (lower(title), \"Mixed, Name\")",
            """
            CREATE TABLE ticket_tags (
              ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
              tag VARCHAR(50) NOT NULL UNIQUE,
              kind TEXT CONSTRAINT ck_ticket_tags_kind CHECK (kind IN ('user', 'system')),
              PRIMARY KEY (ticket_id, tag)
            )""",
            "CREATE VIEW open_tickets AS SELECT * FROM tickets WHERE status = 'open'");

    @Test
    void readsTypesKeysConstraintsAndIndexesAsStored() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.SQLITE)) {
            // given
            db.execute(DDL);
            // when
            IntrospectionResult result = DatabaseImporter.introspectWithWarnings(db.connection(), db.name());
            // then
            assertSameSchema(expected(), result.schema());
            assertThat(result.schema().tables()).extracting(Table::name).containsExactly("customers", "tickets", "ticket_tags");
            assertThat(result.warnings()).containsExactlyInAnyOrder(
                    "table tickets: unnamed check named ck_tickets_4",
                    "table ticket_tags: unnamed foreign key named fk_ticket_tags_ticket_id",
                    "table ticket_tags: unnamed unique constraint named uq_ticket_tags_tag");
        }
    }

    @Test
    void readsASingleIntegerPrimaryKeyAsIdentityOnlyInARowidTable() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.SQLITE)) {
            db.execute(List.of("CREATE TABLE a (id INTEGER PRIMARY KEY, code TEXT)",
                    "CREATE TABLE b (id INTEGER PRIMARY KEY, code TEXT) WITHOUT ROWID",
                    "CREATE TABLE c (code TEXT PRIMARY KEY)"));

            Schema actual = DatabaseImporter.introspect(db.connection(), db.name());

            assertThat(actual.requireTable("a").column("id").orElseThrow().identity()).isTrue();
            assertThat(actual.requireTable("b").column("id").orElseThrow().identity()).isFalse();
            assertThat(actual.requireTable("c").column("code").orElseThrow().nullable()).isFalse();
        }
    }

    private static Schema expected() {
        Table customers = new Table("customers", List.of(
                id("id", LogicalType.INTEGER),
                req("email", LogicalType.varchar(255)),
                opt("name", LogicalType.TEXT),
                opt("tier", LogicalType.varchar(1))),
                Optional.of(PrimaryKey.of("id")), List.of(), List.of(), List.of(),
                List.of(Unique.of("uq_customers_email", "email")), List.of(), Optional.empty());
        Table tickets = new Table("tickets", List.of(
                id("id", LogicalType.INTEGER),
                req("customer_id", LogicalType.BIGINT),
                opt("parent_id", LogicalType.INTEGER),
                withDefault(req("status", LogicalType.varchar(11)), DefaultValue.text("open")),
                withDefault(req("severity", LogicalType.SMALLINT), DefaultValue.number("5")),
                opt("score", LogicalType.DOUBLE),
                opt("ratio", LogicalType.DOUBLE),
                withDefault(req("price", LogicalType.decimal(12, 2)), DefaultValue.number("0")),
                withDefault(req("title", LogicalType.varchar(200)), DefaultValue.text("it's new")),
                opt("body", LogicalType.TEXT),
                withDefault(req("is_public", LogicalType.BOOLEAN), DefaultValue.bool(false)),
                opt("due_on", LogicalType.DATE),
                opt("due_at", LogicalType.TIME),
                withDefault(req("created_at", LogicalType.TIMESTAMPTZ), DefaultValue.now()),
                withDefault(opt("updated_at", LogicalType.TIMESTAMP), DefaultValue.now()),
                opt("deleted_at", LogicalType.TIMESTAMPTZ),
                opt("external_id", LogicalType.UUID),
                opt("payload", LogicalType.JSON),
                opt("attachment", LogicalType.BINARY),
                withDefault(opt("views", LogicalType.INTEGER), DefaultValue.number("-1")),
                withDefault(opt("stamp", LogicalType.TEXT), DefaultValue.expression("datetime('now')")),
                opt("Mixed, Name", LogicalType.INTEGER)),
                Optional.of(PrimaryKey.of("id")),
                List.of(ForeignKey.of("fk_tickets_parent", "parent_id", "tickets", "id", FkAction.SET_NULL),
                        ForeignKey.of("fk_tickets_customer", "customer_id", "customers", "id", FkAction.CASCADE)
                                .withActions(FkAction.CASCADE, FkAction.RESTRICT)),
                List.of(Index.on("idx_tickets_customer_id", "customer_id"),
                        Index.on("idx_tickets_severe", "severity").withWhere("severity >= 7"),
                        Index.on("idx_tickets_live", "customer_id", "created_at").withWhere("deleted_at IS NULL"),
                        Index.uniqueOn("ux_tickets_external", "external_id"),
                        new Index("idx_tickets_title_lower", List.of(dev.schemadesigner.schema.IndexKey.expression("lower(title)"),
                                dev.schemadesigner.schema.IndexKey.column("Mixed, Name")), false, Optional.empty(), List.of(), Optional.empty())),
                List.of(new Check("ck_tickets_severity", "severity BETWEEN 1 AND 10"),
                        new Check("ck_tickets_price", "price >= 0 AND price < 1000 * (10 + 1)"),
                        new Check("ck_tickets_status_enum", "status IN ('open', 'in_progress', 'closed')"),
                        new Check("ck_tickets_4", "length(title) > 0")),
                List.of(), List.of(), Optional.empty());
        Table tags = new Table("ticket_tags", List.of(
                req("ticket_id", LogicalType.INTEGER),
                req("tag", LogicalType.varchar(50)),
                opt("kind", LogicalType.TEXT)),
                Optional.of(PrimaryKey.of("ticket_id", "tag")),
                List.of(ForeignKey.of("fk_ticket_tags_ticket_id", "ticket_id", "tickets", "id", FkAction.CASCADE)),
                List.of(), List.of(new Check("ck_ticket_tags_kind", "kind IN ('user', 'system')")),
                List.of(Unique.of("uq_ticket_tags_tag", "tag")), List.of(), Optional.empty());
        return new Schema(List.of(customers, tickets, tags), List.of());
    }
}
