package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;

import java.util.List;

/** One artifact kind: collect what the change needs, build it, render it into files. */
public interface ArtifactGenerator {
    List<Artifact> generate(GenerationContext ctx, ChangeSet changes);
}
