package dev.schemadesigner.generate;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.generate.migration.RevisionChanges;

import java.util.List;

/** One artifact kind: collect what the change needs, build it, render it into files. */
public interface ArtifactGenerator {
    List<Artifact> generate(GenerationContext ctx, ChangeSet changes);

    /**
     * The artifacts of a session's chain of revisions; a kind that does not keep revisions apart
     * (models, tests, SQL) sees the chain's changes as one.
     */
    default List<Artifact> generate(GenerationContext ctx, List<RevisionChanges> chain) {
        return generate(ctx, RevisionChanges.concatenated(chain));
    }
}
