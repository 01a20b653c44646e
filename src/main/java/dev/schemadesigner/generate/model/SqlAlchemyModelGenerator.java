package dev.schemadesigner.generate.model;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.ArtifactGenerator;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQLAlchemy models for the schema after the change: one module per new or changed model (an
 * existing model that gains a back-reference is re-emitted), base.py, enums.py and __init__.py.
 */
public final class SqlAlchemyModelGenerator implements ArtifactGenerator {

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        Schema after = changes.apply(ctx.existingSchema());
        return generate(ctx, after, ctx.existingSchema());
    }

    /** Models of {@code after}; modules whose text equals what {@code before} renders are left out. */
    public List<Artifact> generate(GenerationContext ctx, Schema after, Schema before) {
        ModelCollector collector = new ModelCollector(ctx);
        ModelRenderer renderer = new ModelRenderer(ctx);
        List<ModelSpec> models = collector.collect(after);
        Map<String, String> previous = collector.collect(before).stream()
                .collect(Collectors.toMap(ModelSpec::module, m -> renderer.render(m, before)));
        String dir = ctx.paths().models() + "/";
        List<Artifact> out = new ArrayList<>();
        Set<Mixin> used = new LinkedHashSet<>();
        models.forEach(m -> used.addAll(m.mixins()));
        PackageRenderer pkg = new PackageRenderer(ctx);
        boolean fresh = ctx.alembicHead().isEmpty();
        if (fresh) out.addAll(packageInits(ctx));
        out.add(Artifact.python(dir + "__init__.py", "model", pkg.init(models, used, !after.enums().isEmpty())));
        out.add(Artifact.python(dir + "base.py", "model", pkg.base(used, after)));
        if (!after.enums().isEmpty()) out.add(Artifact.python(dir + "enums.py", "model", pkg.enums(after)));
        for (ModelSpec m : models) {
            String text = renderer.render(m, after);
            if (!fresh && Objects.equals(previous.get(m.module()), text)) continue;
            out.add(Artifact.python(dir + m.module() + ".py", "model", text));
        }
        return out;
    }

    /** Empty __init__.py files for the packages above the models package (app/, app/domain/). */
    private static List<Artifact> packageInits(GenerationContext ctx) {
        List<Artifact> out = new ArrayList<>();
        String path = ctx.paths().models();
        String[] pkg = ctx.modelsPackage().split("\\.");
        String dir = path;
        for (int i = pkg.length - 1; i > 0; i--) {
            dir = dir.substring(0, dir.lastIndexOf('/'));
            out.add(0, Artifact.python(dir + "/__init__.py", "model", ""));
        }
        return out;
    }
}
