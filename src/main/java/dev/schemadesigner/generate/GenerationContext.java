package dev.schemadesigner.generate;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generator needs to know about the project it writes into: ORM style, where files go,
 * the base model and naming convention, the schema and Alembic head that already exist, whether
 * existing tables hold data, and which database runs in production.
 */
public record GenerationContext(String projectName, OrmStyle ormStyle, Paths paths, String modelsPackage,
                                BaseModel baseModel, NamingConvention naming, Schema existingSchema,
                                Optional<String> alembicHead, boolean populated, String productionDialect) {

    public enum OrmStyle { SQLALCHEMY2, CLASSIC }

    /** Project-relative folders of models, Alembic revisions and model tests. */
    public record Paths(String models, String migrations, String tests) {
        public static final Paths DEFAULT = new Paths("api/app/domain/models", "api/alembic/versions", "api/tests/models");

        /** The folder Alembic runs from (holds alembic.ini): the parent of {@code alembic/versions}. */
        public String alembicRoot() {
            String alembicDir = migrations.substring(0, migrations.lastIndexOf('/'));
            int slash = alembicDir.lastIndexOf('/');
            return slash < 0 ? "" : alembicDir.substring(0, slash);
        }

        public String alembicDir() { return migrations.substring(0, migrations.lastIndexOf('/')); }
    }

    /** One column the base model declares; {@code now} adds default=utcnow, {@code onUpdate} onupdate=utcnow. */
    public record BaseColumn(String name, LogicalType type, boolean primaryKey, boolean nullable, boolean now, boolean onUpdate) {
        /** Whether a table column is this base column (same name, type and nullability). */
        public boolean matches(Column c) {
            return c.name().equals(name) && c.type().equals(type) && c.nullable() == nullable
                    && (!primaryKey || c.identity()) && c.defaultValue().isEmpty();
        }
    }

    public record BaseModel(String name, List<BaseColumn> columns) {
        public BaseModel { columns = List.copyOf(columns); }

        public static final BaseModel DEFAULT = new BaseModel("BaseModel", List.of(
                new BaseColumn("id", LogicalType.INTEGER, true, false, false, false),
                new BaseColumn("created_at", LogicalType.TIMESTAMP, false, false, true, false),
                new BaseColumn("updated_at", LogicalType.TIMESTAMP, false, true, true, true)));

        /** A table inherits the base model when it has every base column, as the base model declares it. */
        public boolean fits(Table t) {
            return columns.stream().allMatch(b -> t.column(b.name()).map(b::matches).orElse(false))
                    && t.primaryKey().map(pk -> pk.columns().equals(columns.stream().filter(BaseColumn::primaryKey).map(BaseColumn::name).toList()))
                    .orElse(false);
        }

        public boolean declares(String column) { return columns.stream().anyMatch(b -> b.name().equals(column)); }
    }

    /** SQLAlchemy naming-convention templates (MetaData(naming_convention=...)). */
    public record NamingConvention(String ix, String uq, String ck, String fk, String pk) {
        public static final NamingConvention DEFAULT = new NamingConvention(
                "idx_%(table_name)s_%(column_0_N_name)s",
                "uq_%(table_name)s_%(column_0_N_name)s",
                "ck_%(table_name)s_%(constraint_name)s",
                "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
                "pk_%(table_name)s");

        public String primaryKeyName(String table) { return pk.replace("%(table_name)s", table); }

        /** The prefix the check template puts before a constraint's own name, or empty when it has no {@code constraint_name}. */
        public Optional<String> checkPrefix(String table) {
            int at = ck.indexOf("%(constraint_name)s");
            return at < 0 ? Optional.empty() : Optional.of(ck.substring(0, at).replace("%(table_name)s", table));
        }
    }

    public GenerationContext {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(ormStyle, "ormStyle");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(modelsPackage, "modelsPackage");
        Objects.requireNonNull(baseModel, "baseModel");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(existingSchema, "existingSchema");
        Objects.requireNonNull(alembicHead, "alembicHead");
        Objects.requireNonNull(productionDialect, "productionDialect");
    }

    /** A new project: nothing exists yet, PostgreSQL in production. */
    public static GenerationContext newProject(String name, OrmStyle style) {
        return new GenerationContext(name, style, Paths.DEFAULT, "app.domain.models", BaseModel.DEFAULT, NamingConvention.DEFAULT,
                Schema.EMPTY, Optional.empty(), false, "postgresql");
    }

    public GenerationContext withOrmStyle(OrmStyle style) {
        return new GenerationContext(projectName, style, paths, modelsPackage, baseModel, naming, existingSchema, alembicHead, populated, productionDialect);
    }

    public GenerationContext withPopulated(boolean value) {
        return new GenerationContext(projectName, ormStyle, paths, modelsPackage, baseModel, naming, existingSchema, alembicHead, value, productionDialect);
    }

    public GenerationContext withExisting(Schema schema, Optional<String> head) {
        return new GenerationContext(projectName, ormStyle, paths, modelsPackage, baseModel, naming, schema, head, populated, productionDialect);
    }

    /** True when the table existed before this change and holds rows: changes to it need the safe multi-step forms. */
    public boolean populatedTable(String table) { return populated && existingSchema.hasTable(table); }

    public boolean productionIsPostgres() { return productionDialect.equals("postgresql"); }
}
