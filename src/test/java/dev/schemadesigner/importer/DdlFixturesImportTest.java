package dev.schemadesigner.importer;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fixture under {@code ddl/<dialect>/} imports cleanly; dialect versions agree with the PostgreSQL one on shape. */
class DdlFixturesImportTest {
    private final SqlDdlImporter importer = new SqlDdlImporter();

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(DdlFixturesImportTest.class.getResource("/ddl").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList().stream();
        }
    }

    private ImportResult load(Path file) throws IOException {
        return importer.importSql(Files.readString(file, StandardCharsets.UTF_8), file.getParent().getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importsWithoutWarnings(Path fixture) throws IOException {
        ImportResult result = load(fixture);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.schema().tables()).isNotEmpty();
    }

    @Test
    void hasEnoughFixturesPerDialect() throws Exception {
        List<Path> all = fixtures().toList();
        assertThat(all).filteredOn(p -> p.getParent().endsWith("postgresql")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).filteredOn(p -> p.getParent().endsWith("sqlite")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all).filteredOn(p -> p.getParent().endsWith("mariadb")).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void dialectVersionsHaveThePostgresTablesColumnsAndKeys(Path fixture) throws IOException {
        Path postgres = fixture.getParent().resolveSibling("postgresql").resolve(fixture.getFileName());
        if (fixture.getParent().endsWith("postgresql")) return;
        assertThat(postgres).exists();

        Schema expected = load(postgres).schema();
        Schema actual = load(fixture).schema();

        assertThat(actual.tables()).extracting(Table::name).containsExactlyElementsOf(expected.tables().stream().map(Table::name).toList());
        for (Table e : expected.tables()) {
            Table a = actual.requireTable(e.name());
            assertThat(a.columns()).as(e.name()).extracting(Column::name).containsExactlyElementsOf(e.columns().stream().map(Column::name).toList());
            assertThat(a.primaryKey()).as(e.name()).isEqualTo(e.primaryKey());
            assertThat(a.foreignKeys()).as(e.name()).hasSameSizeAs(e.foreignKeys());
            assertThat(a.columns().stream().filter(Column::identity).map(Column::name))
                    .as(e.name() + " identity columns")
                    .containsExactlyElementsOf(e.columns().stream().filter(Column::identity).map(Column::name).toList());
        }
    }

    @Test
    void namesUnnamedTwoColumnChecksByPositionAndKeepsAlterTableConstraints() throws Exception {
        Path dir = Path.of(DdlFixturesImportTest.class.getResource("/ddl/postgresql").toURI());

        Table loans = load(dir.resolve("11_library.sql")).schema().requireTable("loans");
        Table invoices = load(dir.resolve("14_billing.sql")).schema().requireTable("invoices");

        assertThat(loans.checks()).extracting(dev.schemadesigner.schema.Check::name).containsExactly("ck_loans_1", "ck_loans_2");
        assertThat(invoices.foreignKeys()).extracting(dev.schemadesigner.schema.ForeignKey::name).containsExactly("fk_invoices_subscription_id");
        assertThat(invoices.checks()).extracting(dev.schemadesigner.schema.Check::name).containsExactly("ck_invoices_amount");
        assertThat(invoices.column("paid_on")).isPresent();
    }
}
