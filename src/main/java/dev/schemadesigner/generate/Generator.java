package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.generate.ddl.SqlDdlGenerator;
import dev.schemadesigner.generate.advice.AdviceGenerator;
import dev.schemadesigner.generate.erd.MermaidErdGenerator;
import dev.schemadesigner.generate.guide.RunGuideGenerator;
import dev.schemadesigner.generate.migration.AlembicRevisionGenerator;
import dev.schemadesigner.generate.migration.RevisionChanges;
import dev.schemadesigner.generate.model.SqlAlchemyModelGenerator;
import dev.schemadesigner.generate.pytest.PytestGenerator;

import java.util.ArrayList;
import java.util.List;

/** Every artifact for a change: models, Alembic revisions, pytest tests, ER diagram, advice, how to run it (and SQL per dialect, given dialects). */
public final class Generator {
    private final List<ArtifactGenerator> generators;

    public Generator() {
        this(List.of(new SqlAlchemyModelGenerator(), new AlembicRevisionGenerator(), new PytestGenerator(),
                new MermaidErdGenerator(), new AdviceGenerator(), new RunGuideGenerator()));
    }

    public Generator(List<ArtifactGenerator> generators) { this.generators = List.copyOf(generators); }

    /** The default generators plus plain SQL for each dialect. */
    public static Generator withDialects(List<Dialect> dialects) {
        List<ArtifactGenerator> all = new ArrayList<>(new Generator().generators);
        all.add(new SqlDdlGenerator(dialects));
        return new Generator(all);
    }

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        List<Artifact> out = new ArrayList<>();
        for (ArtifactGenerator g : generators) out.addAll(g.generate(ctx, changes));
        return List.copyOf(out);
    }

    /** Every artifact for a session's chain of revisions: one Alembic revision (group) per link, the rest for the chain as a whole. */
    public List<Artifact> generate(GenerationContext ctx, List<RevisionChanges> chain) {
        List<Artifact> out = new ArrayList<>();
        for (ArtifactGenerator g : generators) out.addAll(g.generate(ctx, chain));
        return List.copyOf(out);
    }
}
