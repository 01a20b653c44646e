package dev.schemadesigner.generate;

import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import dev.schemadesigner.schema.Table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * The database after the generated migrations, read with {@link DatabaseImporter} and compared with
 * the intended schema through {@link SchemaDiff}. Until the dialects' {@code storedForm} is on this
 * branch, the expected side is mapped here to what SQLAlchemy 1.4 stores: no ORM relationships; on
 * SQLite enums as VARCHAR(longest value) with CHECK ck_<table>_<column>_enum (as the stored-forms doc
 * says), UUID as VARCHAR(36), DateTime(timezone=True) as DATETIME.
 */
final class StoredSchema {
    private StoredSchema() {}

    static SchemaDiff diff(Schema intended, String sqlalchemyUrl, String dialect) throws Exception {
        String jdbc = sqlalchemyUrl.startsWith("sqlite:///") ? "jdbc:sqlite:" + sqlalchemyUrl.substring("sqlite:///".length())
                : "jdbc:" + sqlalchemyUrl.replace("postgresql://postgres@", "postgresql://") + "?user=postgres";
        Schema actual;
        try (Connection c = DriverManager.getConnection(jdbc)) {
            actual = DatabaseImporter.introspect(c, dialect.equals("sqlite") ? "main" : "public").withoutTable("alembic_version");
        }
        return SchemaDiff.between(expected(intended, dialect), actual);
    }

    static Schema expected(Schema intended, String dialect) {
        List<Table> tables = intended.tables().stream().map(t -> {
            Table plain = t.withRelationships(List.of());
            if (!dialect.equals("sqlite")) return plain;
            List<Check> checks = new java.util.ArrayList<>(plain.checks());
            for (Column c : plain.columns()) {
                if (c.type() instanceof LogicalType.EnumRef e) {
                    checks.add(new Check("ck_" + t.name() + "_" + c.name() + "_enum", c.name() + " IN (" + String.join(", ",
                            intended.enumType(e.enumName()).orElseThrow().values().stream().map(v -> "'" + v + "'").toList()) + ")"));
                }
            }
            return plain.withComment(java.util.Optional.empty()).withChecks(checks).withColumns(plain.columns().stream().map(c -> sqlite(c, intended)).toList())
                    .withIndexes(plain.indexes().stream().map(i -> i.withInclude(List.of()).withMethod((String) null)).toList());
        }).toList();
        Schema s = intended.withTables(tables);
        return dialect.equals("sqlite") ? s.withEnums(List.of()) : s;
    }

    private static Column sqlite(Column c, Schema schema) {
        Column out = c.withComment(java.util.Optional.empty());
        if (c.type() instanceof LogicalType.EnumRef e) out = out.withType(LogicalType.varchar(schema.enumType(e.enumName()).orElseThrow().maxLength()));
        if (c.type() instanceof LogicalType.Uuid) out = out.withType(LogicalType.varchar(36));
        if (c.type() instanceof LogicalType.Timestamp) out = out.withType(LogicalType.TIMESTAMP);
        return out;
    }
}
