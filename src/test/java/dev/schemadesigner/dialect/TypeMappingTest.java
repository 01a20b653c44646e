package dev.schemadesigner.dialect;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TypeMappingTest {

    private static final Schema WITH_ENUM = new Schema(List.of(), List.of(EnumType.of("mood", "happy", "so-so")));

    static Stream<Arguments> types() {
        return Stream.of(
                // logical type, PostgreSQL, SQLite, MariaDB
                arguments(LogicalType.SMALLINT, "SMALLINT", "SMALLINT", "SMALLINT"),
                arguments(LogicalType.INTEGER, "INTEGER", "INTEGER", "INT"),
                arguments(LogicalType.BIGINT, "BIGINT", "BIGINT", "BIGINT"),
                arguments(LogicalType.decimal(12, 2), "NUMERIC(12,2)", "NUMERIC(12,2)", "DECIMAL(12,2)"),
                arguments(LogicalType.DOUBLE, "DOUBLE PRECISION", "REAL", "DOUBLE"),
                arguments(LogicalType.varchar(80), "VARCHAR(80)", "VARCHAR(80)", "VARCHAR(80)"),
                arguments(LogicalType.TEXT, "TEXT", "TEXT", "TEXT"),
                arguments(LogicalType.BOOLEAN, "BOOLEAN", "BOOLEAN", "TINYINT(1)"),
                arguments(LogicalType.DATE, "DATE", "DATE", "DATE"),
                arguments(LogicalType.TIME, "TIME", "TIME", "TIME"),
                arguments(LogicalType.TIMESTAMP, "TIMESTAMP", "DATETIME", "DATETIME(6)"),
                arguments(LogicalType.TIMESTAMPTZ, "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "DATETIME(6)"),
                arguments(LogicalType.UUID, "UUID", "UUID", "UUID"),
                arguments(LogicalType.JSON, "JSONB", "JSON", "JSON"),
                arguments(LogicalType.BINARY, "BYTEA", "BLOB", "LONGBLOB"),
                arguments(LogicalType.enumOf("mood"), "mood", "VARCHAR(5)", "ENUM('happy','so-so')"));
    }

    @ParameterizedTest
    @MethodSource("types")
    void spellsEachLogicalTypeTheWayEachDatabaseDoes(LogicalType type, String postgres, String sqlite, String mariadb) {
        assertThat(new PostgresDialect().typeFor(type, WITH_ENUM)).isEqualTo(postgres);
        assertThat(new SqliteDialect().typeFor(type, WITH_ENUM)).isEqualTo(sqlite);
        assertThat(new MariaDbDialect().typeFor(type, WITH_ENUM)).isEqualTo(mariadb);
    }

    static Stream<Arguments> readable() {
        return Stream.of(
                // logical type, PostgreSQL, SQLite (declared, then the affinity it stores by), MariaDB
                arguments(LogicalType.varchar(100), "varchar(100)", "varchar(100) (TEXT)", "varchar(100)"),
                arguments(LogicalType.BIGINT, "bigint", "bigint (INTEGER)", "bigint"),
                arguments(LogicalType.INTEGER, "integer", "integer", "int"),
                arguments(LogicalType.TIMESTAMPTZ, "timestamptz", "timestamptz (NUMERIC)", "datetime(6)"),
                arguments(LogicalType.BOOLEAN, "boolean", "boolean (NUMERIC)", "tinyint(1)"),
                arguments(LogicalType.DOUBLE, "double precision", "real", "double"),
                arguments(LogicalType.TEXT, "text", "text", "text"),
                arguments(LogicalType.enumOf("mood"), "mood", "varchar(5) (TEXT)", "enum('happy','so-so')"));
    }

    @ParameterizedTest
    @MethodSource("readable")
    void readsEachTypeAsTheDatabasesOwnToolsPrintIt(LogicalType type, String postgres, String sqlite, String mariadb) {
        Table table = Table.of("t", List.of(Column.required("id", LogicalType.BIGINT).withIdentity(true), Column.required("c", type)), PrimaryKey.of("id"));
        Column column = table.column("c").orElseThrow();
        assertThat(new PostgresDialect().readableType(table, column, WITH_ENUM)).isEqualTo(postgres);
        assertThat(new SqliteDialect().readableType(table, column, WITH_ENUM)).isEqualTo(sqlite);
        assertThat(new MariaDbDialect().readableType(table, column, WITH_ENUM)).isEqualTo(mariadb);
        // SQLite's identity key is declared INTEGER, the rowid alias
        assertThat(new SqliteDialect().readableType(table, table.column("id").orElseThrow(), WITH_ENUM)).isEqualTo("integer");
    }
}
