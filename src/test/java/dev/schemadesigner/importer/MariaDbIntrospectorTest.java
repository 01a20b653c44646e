package dev.schemadesigner.importer;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.verify.ThrowawayDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.schemadesigner.importer.Expect.*;
import static org.assertj.core.api.Assertions.assertThat;

class MariaDbIntrospectorTest {

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE customers (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              email VARCHAR(255) NOT NULL COMMENT 'login name',
              name TEXT,
              tier CHAR(1),
              CONSTRAINT uq_customers_email UNIQUE (email)
            ) COMMENT 'People who buy'""",
            """
            CREATE TABLE tickets (
              id INT AUTO_INCREMENT PRIMARY KEY,
              customer_id BIGINT NOT NULL,
              parent_id INT,
              status ENUM('open', 'in_progress', 'closed') NOT NULL DEFAULT 'open',
              severity SMALLINT NOT NULL DEFAULT 5,
              score DOUBLE,
              ratio FLOAT,
              price DECIMAL(12,2) NOT NULL DEFAULT 0,
              title VARCHAR(200) NOT NULL DEFAULT 'it''s new',
              body MEDIUMTEXT,
              notes LONGTEXT,
              is_public BOOLEAN NOT NULL DEFAULT FALSE,
              is_pinned TINYINT(1) DEFAULT 1,
              due_on DATE,
              due_at TIME,
              created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
              updated_at DATETIME DEFAULT CURRENT_TIMESTAMP,
              seen_at TIMESTAMP NULL DEFAULT NULL,
              external_id UUID DEFAULT uuid(),
              payload JSON,
              attachment LONGBLOB,
              views INT DEFAULT -1,
              CONSTRAINT fk_tickets_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
              CONSTRAINT fk_tickets_parent FOREIGN KEY (parent_id) REFERENCES tickets (id) ON DELETE SET NULL,
              CONSTRAINT ck_tickets_severity CHECK (severity BETWEEN 1 AND 10),
              CONSTRAINT ck_tickets_price CHECK (price >= 0),
              CONSTRAINT ck_tickets_title CHECK (title IN ('a', 'b') OR length(title) > 2)
            )""",
            "CREATE INDEX idx_tickets_severity ON tickets (severity)",
            "CREATE UNIQUE INDEX ux_tickets_external ON tickets (external_id)",
            """
            CREATE TABLE ticket_tags (
              ticket_id INT NOT NULL,
              tag VARCHAR(50) NOT NULL,
              kind ENUM('user', 'system'),
              PRIMARY KEY (ticket_id, tag),
              CONSTRAINT fk_ticket_tags_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
              CONSTRAINT fk_ticket_tags_noaction FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE NO ACTION ON UPDATE CASCADE
            )""",
            "CREATE VIEW open_tickets AS SELECT * FROM tickets WHERE status = 'open'");

    @Test
    void readsTypesKeysConstraintsIndexesAndEnumsAsStored() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB)) {
            // given
            db.execute(DDL);
            // when
            Schema actual = DatabaseImporter.introspect(db.connection(), db.name());
            // then
            assertSameSchema(expected(), actual);
            assertThat(actual.tables()).extracting(Table::name).containsExactly("customers", "ticket_tags", "tickets");
            assertThat(actual.enums()).extracting(EnumType::name).containsExactly("ticket_tags_kind", "tickets_status");
        }
    }

    @Test
    void readsOnlyTheNamedDatabase() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB);
             ThrowawayDatabase other = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB)) {
            db.execute(List.of("CREATE TABLE mine (id INT PRIMARY KEY)"));
            other.execute(List.of("CREATE TABLE theirs (id INT PRIMARY KEY, e ENUM('x'))"));

            Schema actual = DatabaseImporter.introspect(db.connection(), db.name());

            assertThat(actual.tables()).extracting(Table::name).containsExactly("mine");
            assertThat(actual.enums()).isEmpty();
        }
    }

    @Test
    void leavesOutTheIndexMariaDbAddsForAForeignKeyButKeepsOneTheUserMade() throws Exception {
        try (ThrowawayDatabase db = TestDatabases.open(ThrowawayDatabase.Kind.MARIADB)) {
            // given: fk_a has no leading index, fk_b has idx_b_parent
            db.execute(List.of("CREATE TABLE parent (id INT PRIMARY KEY)",
                    "CREATE TABLE a (id INT PRIMARY KEY, parent_id INT, CONSTRAINT fk_a FOREIGN KEY (parent_id) REFERENCES parent (id))",
                    "CREATE TABLE b (id INT PRIMARY KEY, parent_id INT, INDEX idx_b_parent (parent_id),"
                            + " CONSTRAINT fk_b FOREIGN KEY (parent_id) REFERENCES parent (id))"));
            // when
            Schema actual = DatabaseImporter.introspect(db.connection(), db.name());
            // then
            assertThat(indexNames(db, "a")).containsExactly("fk_a");
            assertThat(actual.requireTable("a").indexes()).isEmpty();
            assertThat(indexNames(db, "b")).containsExactly("idx_b_parent");
            assertThat(actual.requireTable("b").indexes()).extracting(Index::name).containsExactly("idx_b_parent");
        }
    }

    private static List<String> indexNames(ThrowawayDatabase db, String table) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (var ps = db.connection().prepareStatement("SELECT INDEX_NAME FROM information_schema.STATISTICS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY'")) {
            ps.setString(1, db.name());
            ps.setString(2, table);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Schema expected() {
        Table customers = new Table("customers", List.of(
                id("id", LogicalType.BIGINT),
                commented(req("email", LogicalType.varchar(255)), "login name"),
                opt("name", LogicalType.TEXT),
                opt("tier", LogicalType.varchar(1))),
                Optional.of(PrimaryKey.of("id")), List.of(), List.of(Index.uniqueOn("uq_customers_email", "email")),
                List.of(), List.of(), List.of(), Optional.of("People who buy"));
        Table tickets = new Table("tickets", List.of(
                id("id", LogicalType.INTEGER),
                req("customer_id", LogicalType.BIGINT),
                opt("parent_id", LogicalType.INTEGER),
                withDefault(req("status", LogicalType.enumOf("tickets_status")), DefaultValue.text("open")),
                withDefault(req("severity", LogicalType.SMALLINT), DefaultValue.number("5")),
                opt("score", LogicalType.DOUBLE),
                opt("ratio", LogicalType.DOUBLE),
                withDefault(req("price", LogicalType.decimal(12, 2)), DefaultValue.number("0")),
                withDefault(req("title", LogicalType.varchar(200)), DefaultValue.text("it's new")),
                opt("body", LogicalType.TEXT),
                opt("notes", LogicalType.TEXT),
                withDefault(req("is_public", LogicalType.BOOLEAN), DefaultValue.bool(false)),
                withDefault(opt("is_pinned", LogicalType.BOOLEAN), DefaultValue.bool(true)),
                opt("due_on", LogicalType.DATE),
                opt("due_at", LogicalType.TIME),
                withDefault(req("created_at", LogicalType.TIMESTAMP), DefaultValue.now()),
                withDefault(opt("updated_at", LogicalType.TIMESTAMP), DefaultValue.now()),
                opt("seen_at", LogicalType.TIMESTAMP),
                withDefault(opt("external_id", LogicalType.UUID), DefaultValue.expression("uuid()")),
                opt("payload", LogicalType.JSON),
                opt("attachment", LogicalType.BINARY),
                withDefault(opt("views", LogicalType.INTEGER), DefaultValue.number("-1"))),
                Optional.of(PrimaryKey.of("id")),
                List.of(ForeignKey.of("fk_tickets_customer", "customer_id", "customers", "id", FkAction.CASCADE)
                                .withActions(FkAction.CASCADE, FkAction.RESTRICT),
                        ForeignKey.of("fk_tickets_parent", "parent_id", "tickets", "id", FkAction.SET_NULL)
                                .withActions(FkAction.SET_NULL, FkAction.RESTRICT)),
                // MariaDB's own indexes fk_tickets_customer and fk_tickets_parent back the foreign keys: not listed
                List.of(Index.on("idx_tickets_severity", "severity"),
                        Index.uniqueOn("ux_tickets_external", "external_id")),
                List.of(new Check("ck_tickets_severity", "severity BETWEEN 1 AND 10"),
                        new Check("ck_tickets_price", "price >= 0"),
                        new Check("ck_tickets_title", "title IN ('a', 'b') OR length(title) > 2")),
                List.of(), List.of(), Optional.empty());
        Table tags = new Table("ticket_tags", List.of(
                req("ticket_id", LogicalType.INTEGER),
                req("tag", LogicalType.varchar(50)),
                opt("kind", LogicalType.enumOf("ticket_tags_kind"))),
                Optional.of(PrimaryKey.of("ticket_id", "tag")),
                // an omitted ON DELETE/UPDATE reads back RESTRICT; an explicit NO ACTION stays NO ACTION
                List.of(ForeignKey.of("fk_ticket_tags_ticket", "ticket_id", "tickets", "id", FkAction.RESTRICT)
                                .withActions(FkAction.RESTRICT, FkAction.RESTRICT),
                        ForeignKey.of("fk_ticket_tags_noaction", "ticket_id", "tickets", "id", FkAction.NO_ACTION)
                                .withActions(FkAction.NO_ACTION, FkAction.CASCADE)),
                List.of(), List.of(), List.of(), List.of(), Optional.empty());
        return new Schema(List.of(customers, tickets, tags), List.of(
                EnumType.of("tickets_status", "open", "in_progress", "closed"), EnumType.of("ticket_tags_kind", "user", "system")));
    }
}
