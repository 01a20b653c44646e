package dev.schemadesigner.generate;

import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.importer.DatabaseImporter;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The database after the generated migrations, read with {@link DatabaseImporter} and compared through
 * {@link SchemaDiff} with the dialect's stored form of the intended schema (the contract of
 * docs/stored-forms.md), except for two SQLite type spellings of SQLAlchemy 1.4 named below.
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
        return SchemaDiff.between(storedByAlembic(intended, dialect), actual);
    }

    /**
     * The dialect's stored form, except where SQLAlchemy 1.4 spells a type differently from the
     * dialect's DDL on SQLite: UUID is declared VARCHAR(36) and DateTime(timezone=True) DATETIME.
     */
    static Schema storedByAlembic(Schema intended, String dialect) {
        Schema stored = Dialects.byName(dialect).storedForm(intended);
        if (!dialect.equals("sqlite")) return stored;
        return stored.withTables(stored.tables().stream().map(t -> t.withColumns(t.columns().stream().map(c -> {
            if (c.type() instanceof LogicalType.Uuid) return c.withType(LogicalType.varchar(36));
            if (c.type() instanceof LogicalType.Timestamp) return c.withType(LogicalType.TIMESTAMP);
            return c;
        }).toList())).toList());
    }
}
