package dev.schemadesigner.dialect;

import dev.schemadesigner.change.Op;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;

import java.util.List;

/**
 * One database's rules: how identifiers are quoted and how long they may be, how each
 * {@link LogicalType} is spelled, which DDL it can run and how, and in which form it stores a
 * schema. Callers ask a dialect; they never ask "is this PostgreSQL?".
 */
public interface Dialect {

    /** {@code postgresql}, {@code sqlite} or {@code mariadb}: the name used in the API and in DataMigration SQL maps. */
    String name();

    /** A name for people: "PostgreSQL", "SQLite", "MariaDB". */
    String displayName();

    /** Longest identifier the database keeps, in the unit {@link #identifierLengthUnit()} names. */
    int maxIdentifierLength();

    /** "bytes" or "characters". */
    String identifierLengthUnit();

    boolean supportsTransactionalDdl();

    boolean supportsConcurrentIndex();

    boolean supportsPartialIndex();

    boolean supportsIncludeColumns();

    boolean supportsExpressionIndex();

    boolean supportsNotValidConstraints();

    /** A standalone enum type (CREATE TYPE … AS ENUM). */
    boolean supportsEnumType();

    /**
     * The identifier as it must appear in SQL: quoted when it is a reserved word or not a plain
     * lower-case name. Throws {@link IdentifierException} naming the limit when it is too long or empty.
     */
    String quote(String identifier);

    /** Whether the name is one of this database's reserved words (and so is always quoted). */
    boolean isReserved(String identifier);

    /** The column type as this database spells it, e.g. {@code NUMERIC(12,2)} or {@code JSONB}. */
    String typeFor(LogicalType type, Schema schema);

    /**
     * The column's type as people read it in this database (the diagram, a summary): its DDL spelling in lower
     * case ({@code varchar(100)}, {@code bigint}, {@code datetime(6)}), in the short form the database's own tools
     * print ({@code timestamptz}); where the database stores by affinity (SQLite), the affinity follows.
     */
    default String readableType(dev.schemadesigner.schema.Table table, dev.schemadesigner.schema.Column column, Schema schema) {
        return SqlDialect.lowerOutsideQuotes(typeFor(column.type(), schema));
    }

    /** Statements that create the whole schema in an empty database, in an order that runs. */
    List<String> createSchema(Schema schema);

    /**
     * Statements for one operation applied to {@code before}. Where the database cannot alter in
     * place (SQLite) this is a table rebuild. Empty when the database has nothing to do.
     */
    List<String> render(Op op, Schema before);

    /**
     * Statements that fail, with {@code check}'s message naming how many values break it and one of
     * them, when the rows of its table do; they change nothing when every row holds. Run before the
     * operation that needs them (see {@link ChangeScript}).
     */
    List<String> checkRows(dev.schemadesigner.change.RowCheck check, Schema before);

    /**
     * Statements that check the existing rows against a constraint added NOT VALID (PostgreSQL:
     * {@code ALTER TABLE t VALIDATE CONSTRAINT n}); empty where constraints are always checked when added.
     */
    List<String> validateConstraint(String table, String name);

    /**
     * The schema as this database stores it and introspection returns it: what it cannot keep
     * (ORM relationships, comments on SQLite, enum names on MariaDB, …) is mapped to what it keeps.
     * Verification compares {@code storedForm(expected)} with the introspected schema.
     */
    Schema storedForm(Schema schema);

    /**
     * The schema as this database can hold it when it was written for another one (an imported
     * PostgreSQL project set up on SQLite to verify a change): each CHECK, expression default and
     * expression or partial index whose expression this database refuses is left out, and named,
     * with the reason, in {@link Portable#leftOut()}. Expressions it can run are kept (and translated
     * when written, see {@code keepsPostgresCasts}).
     */
    Portable portable(Schema schema);

    /**
     * The expression default {@code sql} as this database writes it after DEFAULT (in its own
     * functions, parenthesised where it needs that), or empty when it cannot run it — the same
     * judgement as {@link #portable}. Generators that write one text per database ask this.
     */
    java.util.Optional<String> defaultExpression(String sql);

    record Portable(Schema schema, List<String> leftOut) {
        public Portable {
            java.util.Objects.requireNonNull(schema, "schema");
            leftOut = List.copyOf(leftOut);
        }
    }
}
