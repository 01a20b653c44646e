package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model files as SQLAlchemy, Flask-SQLAlchemy and SQLModel map them (fixtures in src/test/resources/importer/sqlalchemy):
 * the tables and columns are those the library would create.
 */
class SqlAlchemySemanticsTest {
    private final SqlAlchemyImporter importer = new SqlAlchemyImporter();

    @Test
    void sqlModelTableClassesBecomeTablesWithTheirInheritedFieldsAndDataModelsDoNot() throws IOException {
        ImportResult result = read("sqlmodel_tables.py");
        Schema schema = result.schema();
        assertThat(schema.tables()).extracting(Table::name).containsExactly("team", "hero");
        Table team = schema.requireTable("team");
        assertThat(describe(team)).containsExactly("id integer NOT NULL identity", "name string(40) NOT NULL");
        assertThat(team.indexes()).extracting(Index::name).containsExactly("ix_team_name");
        Table hero = schema.requireTable("hero");
        assertThat(describe(hero)).containsExactly("name text NOT NULL", "age integer NULL", "id integer NOT NULL identity",
                "team_id integer NULL");
        assertThat(hero.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referencedTable()).isEqualTo("team");
            assertThat(fk.referencedColumns()).containsExactly("id");
            assertThat(fk.onDelete()).isEqualTo(FkAction.SET_NULL);
        });
        assertThat(team.relationships()).singleElement().satisfies(r -> assertThat(r.many()).isTrue());
        assertThat(hero.relationships()).singleElement().satisfies(r -> assertThat(r.many()).isFalse());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aSubclassWithoutATableOfItsOwnAddsItsColumnsToItsParentsTable() throws IOException {
        ImportResult result = read("flask_single_table.py");
        Schema schema = result.schema();
        assertThat(schema.tables()).extracting(Table::name).containsExactly("employee", "intern");
        assertThat(describe(schema.requireTable("employee"))).containsExactly("id integer NOT NULL identity", "type string(20) NULL",
                "language string(30) NULL");
        assertThat(describe(schema.requireTable("intern"))).containsExactly("id integer NOT NULL", "school string(50) NULL");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void columnPropertyOfAColumnIsAColumnAndAForeignKeyWithoutATypeTakesTheReferencedColumnsType() throws IOException {
        ImportResult result = read("column_property_and_foreign_key_types.py");
        Schema schema = result.schema();
        assertThat(describe(schema.requireTable("account"))).containsExactly("id bigint NOT NULL identity", "name string(50) NOT NULL");
        assertThat(describe(schema.requireTable("entry"))).containsExactly("id integer NOT NULL identity", "account_id bigint NULL");
        assertThat(describe(schema.requireTable("note"))).containsExactly("id integer NOT NULL identity", "account_id bigint NOT NULL",
                "entry_id integer NULL");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void constraintNamesFollowTheMetadataNamingConventionAsSqlAlchemyRendersThem() throws IOException {
        ImportResult result = read("naming_convention.py");
        Table author = result.schema().requireTable("author");
        assertThat(author.uniques()).extracting(Unique::name).containsExactly("uq_author_email");
        assertThat(author.indexes()).extracting(Index::name).containsExactly("ix_author_name", "ix_author_code");
        assertThat(author.index("ix_author_code").orElseThrow().unique()).isTrue();
        assertThat(author.checks()).extracting(Check::name).containsExactly("ck_author_name_not_empty");
        Table book = result.schema().requireTable("book");
        assertThat(book.foreignKeys()).extracting(ForeignKey::name).containsExactly("fk_book_author_id_author");
        assertThat(book.uniques()).extracting(Unique::name).containsExactly("one_title_per_author");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aKeyThatMayComeFromAMixinOrHelperOfAnotherModuleIsNotReportedMissingAndEachSkipIsAWarning() throws IOException {
        ImportResult result = read("skipped_mixins_and_helpers.py");
        Schema schema = result.schema();
        assertThat(describe(schema.requireTable("user"))).containsExactly("name string(50) NOT NULL");
        assertThat(describe(schema.requireTable("post"))).containsExactly("user_id integer NULL");
        assertThat(result.unchecked()).containsOnlyKeys("user", "post", "post.user_id");
        assertThat(result.unchecked().get("user")).containsExactlyInAnyOrder("missing-primary-key", "missing-timestamps");
        assertThat(result.unchecked().get("post")).containsExactly("missing-primary-key");
        assertThat(result.unchecked().get("post.user_id")).containsExactly("fk-target-missing");
        assertThat(result.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("inherits from TimestampMixin", "not defined in this file"))
                .anySatisfy(m -> assertThat(m).contains("post.id = id_column(…)", "skipped"))
                .anySatisfy(m -> assertThat(m).contains("table user has no primary key", "base TimestampMixin", "missing-primary-key is not checked"))
                .anySatisfy(m -> assertThat(m).contains("table post has no primary key", "id = id_column(…)"))
                .anySatisfy(m -> assertThat(m).contains("fk-target-missing is not checked for post.user_id"))
                .anySatisfy(m -> assertThat(m).contains("table user has no created_at / updated_at", "base TimestampMixin", "missing-timestamps is not checked"))
                .noneSatisfy(m -> assertThat(m).contains("table post has no created_at"))
                .noneSatisfy(m -> assertThat(m).contains("table log"));
    }

    private ImportResult read(String fixture) throws IOException {
        return importer.importModels(Files.readString(Path.of("src/test/resources/importer/sqlalchemy", fixture)));
    }

    private static List<String> describe(Table t) {
        return t.columns().stream().map(c -> c.name() + " " + c.type().describe() + (c.nullable() ? " NULL" : " NOT NULL")
                + (c.identity() ? " identity" : "")).toList();
    }
}
