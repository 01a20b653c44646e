package dev.schemadesigner.generate;

import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import dev.schemadesigner.generate.model.ModelCollector;
import dev.schemadesigner.generate.model.ModelSpec;
import dev.schemadesigner.generate.model.SqlAlchemyModelGenerator;
import dev.schemadesigner.importer.ImportResult;
import dev.schemadesigner.importer.SqlAlchemyImporter;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SchemaDiff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated models, read back by the SQLAlchemy model importer, are the intended schema (both styles). */
class ModelRoundTripTest {

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (Design d : Designs.all()) for (OrmStyle s : OrmStyle.values()) out.add(Arguments.of(d, s));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void importedModelsEqualTheIntendedSchema(Design design, OrmStyle style) {
        GenerationContext ctx = design.ctx().withOrmStyle(style);
        Schema after = design.changes().apply(ctx.existingSchema());
        String source = new SqlAlchemyModelGenerator().generate(ctx, after, Schema.EMPTY).stream()
                .filter(a -> a.path().endsWith(".py")).map(Artifact::content).collect(Collectors.joining("\n\n"));
        ImportResult imported = new SqlAlchemyImporter().importModels(source);
        List<String> diff = SchemaDiff.between(expected(after, style), asStored(imported.schema(), ctx)).differences();
        assertThat(diff).as("warnings: " + imported.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.schemadesigner.generate.Designs#all")
    void importedRelationshipsPairUpWithBackPopulates(Design design) {
        GenerationContext ctx = design.ctx().withOrmStyle(OrmStyle.CLASSIC);
        Schema after = design.changes().apply(ctx.existingSchema());
        String source = new SqlAlchemyModelGenerator().generate(ctx, after, Schema.EMPTY).stream()
                .filter(a -> a.path().endsWith(".py")).map(Artifact::content).collect(Collectors.joining("\n\n"));
        Schema imported = new SqlAlchemyImporter().importModels(source).schema();
        for (ModelSpec m : new ModelCollector(ctx).collect(after)) {
            List<String> expected = m.relationships().stream().map(r -> r.name() + " -> " + r.targetTable() + (r.many() ? "[]" : "")
                    + " back_populates " + r.backPopulates() + r.cascade().map(c -> " cascade " + c).orElse("")).sorted().toList();
            List<String> actual = imported.requireTable(m.table().name()).relationships().stream().map(r -> r.name() + " -> " + r.target()
                    + (r.many() ? "[]" : "") + " back_populates " + r.backPopulates().orElse("?") + r.cascade().map(c -> " cascade " + c).orElse(""))
                    .sorted().toList();
            assertThat(actual).as(m.table().name()).isEqualTo(expected);
        }
    }

    /** Relationships are compared elsewhere (the importer cannot read 2.0 targets given only as annotations). */
    private static Schema expected(Schema after, OrmStyle style) {
        return after.withTables(after.tables().stream().map(t -> t.withRelationships(List.of())).toList());
    }

    /**
     * What SQLAlchemy makes of the imported names: the MetaData's check template prefixes a check's own
     * name (the importer keeps it as written), and a Python enum class no column uses is no database type.
     */
    private static Schema asStored(Schema imported, GenerationContext ctx) {
        Set<String> used = new HashSet<>();
        imported.tables().forEach(t -> t.columns().forEach(c -> { if (c.type() instanceof LogicalType.EnumRef e) used.add(e.enumName()); }));
        return new Schema(imported.tables().stream().map(t -> t.withRelationships(List.of()).withChecks(t.checks().stream()
                .map(c -> ctx.naming().checkPrefix(t.name()).filter(p -> !c.name().startsWith(p))
                        .map(p -> new Check(p + c.name(), c.expression())).orElse(c)).toList())).toList(),
                imported.enums().stream().filter(e -> used.contains(e.name())).toList());
    }
}
