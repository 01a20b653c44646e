package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.ArtifactGenerator;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Alembic revisions for a change set, or for a session's chain of them, chained onto the project's
 * head. Revision ids are the first 12 hex digits of a SHA-256 over the parent id and the revision
 * text, so the same change always gives the same files (a chain's earlier revisions keep their ids). A project without migration history also gets its Alembic environment.
 */
public final class AlembicRevisionGenerator implements ArtifactGenerator {

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        return generate(ctx, changes, RevisionTitle.of(changes));
    }

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes, String title) {
        return generate(ctx, List.of(new RevisionChanges(title, changes)));
    }

    /**
     * A session's chain: each link's revisions chained onto the ones before it (the first onto the
     * project's head), each planned against the schema the links before it leave.
     */
    @Override
    public List<Artifact> generate(GenerationContext ctx, List<RevisionChanges> chain) {
        List<Artifact> out = new ArrayList<>();
        if (ctx.alembicHead().isEmpty()) out.addAll(new AlembicEnvironment().generate(ctx));
        List<Revision> revisions = new ArrayList<>();
        if (ctx.alembicHead().isEmpty() && !ctx.existingSchema().tables().isEmpty()) revisions.add(baseline(ctx));
        Schema schema = ctx.existingSchema();
        for (RevisionChanges link : chain) {
            if (link.changes().isEmpty()) continue;
            revisions.addAll(new RevisionPlanner(ctx).plan(schema, link.changes(), link.title()));
            schema = link.changes().apply(schema);
        }
        Optional<String> parent = ctx.alembicHead();
        for (Revision r : revisions) {
            String body = body(r, ctx);
            String id = revisionId(parent, r.title(), body);
            out.add(new Artifact(ctx.paths().migrations() + "/" + id + "_" + PyText.slug(r.title(), 48) + ".py", "python", "migration",
                    render(r, id, parent, body)));
            parent = Optional.of(id);
        }
        return out;
    }

    /** The revision id of the last revision these changes produce (the project's next head). */
    public static Optional<String> head(List<Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.kind().equals("migration") && a.path().contains("/versions/")).reduce((a, b) -> b)
                .map(a -> a.path().substring(a.path().lastIndexOf('/') + 1, a.path().lastIndexOf('/') + 13));
    }

    /**
     * A project with tables but no migration history starts from a baseline revision that creates
     * them, so the revisions run on an empty database; a database that has them is stamped instead.
     */
    private static Revision baseline(GenerationContext ctx) {
        List<Op> ops = new ArrayList<>();
        ctx.existingSchema().enums().forEach(e -> ops.add(new CreateEnum(e)));
        dependencyOrder(ctx.existingSchema()).forEach(t -> ops.add(new CreateTable(t)));
        GenerationContext empty = ctx.withExisting(Schema.EMPTY, Optional.empty()).withPopulated(false);
        Revision plain = new RevisionPlanner(empty).plan(new ChangeSet(ops), "baseline").get(0);
        return new Revision("baseline: the existing schema", List.of("The tables that existed before this project had migrations. "
                + "On a database that already holds them run `alembic stamp` with this revision id instead of upgrading through it."),
                plain.upgrade(), plain.downgrade());
    }

    /** Tables after the tables their foreign keys reference (self-references aside); a cycle keeps the given order. */
    private static List<Table> dependencyOrder(Schema schema) {
        List<Table> out = new ArrayList<>();
        List<Table> left = new ArrayList<>(schema.tables());
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> t.foreignKeys().stream().allMatch(f -> f.referencedTable().equals(t.name())
                    || out.stream().anyMatch(o -> o.name().equals(f.referencedTable())))).findFirst().orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }

    private static String body(Revision r, GenerationContext ctx) {
        String pk = ctx.naming().pk();
        List<String> prelude = LockingOps.locksPopulatedTable(r, ctx) ? LockingOps.LOCK_TIMEOUT : List.of();
        return "def upgrade():\n" + block(new AlembicOpRenderer(pk, false), r.upgrade(), prelude)
                + "\n\ndef downgrade():\n" + block(new AlembicOpRenderer(pk, true), r.downgrade(), prelude);
    }

    private static String block(AlembicOpRenderer renderer, List<Step> steps, List<String> prelude) {
        List<String> lines = new ArrayList<>(prelude);
        for (Step s : steps) lines.addAll(renderer.render(s));
        if (lines.stream().allMatch(l -> l.startsWith("#"))) lines.add("pass");
        return lines.stream().map(l -> "    " + l).collect(Collectors.joining("\n")) + "\n";
    }

    private static String render(Revision r, String id, Optional<String> parent, String body) {
        StringBuilder doc = new StringBuilder(capitalize(r.title())).append("\n\n");
        for (String note : r.notes()) doc.append(wrap(note)).append("\n\n");
        doc.append("Revision ID: ").append(id).append('\n');
        doc.append("Revises: ").append(parent.orElse("")).append('\n');
        StringBuilder out = new StringBuilder(PyText.docstring(doc.toString())).append('\n');
        out.append("from alembic import op\nimport sqlalchemy as sa\n");
        if (body.contains("postgresql.")) out.append("from sqlalchemy.dialects import postgresql\n");
        out.append("\n# revision identifiers, used by Alembic.\n");
        out.append("revision = ").append(PyText.str(id)).append('\n');
        out.append("down_revision = ").append(parent.map(PyText::str).orElse("None")).append('\n');
        out.append("branch_labels = None\ndepends_on = None\n");
        if (body.contains("BATCH_SIZE")) out.append("\nBATCH_SIZE = 1000\n");
        out.append("\n\n").append(body);
        return out.toString();
    }

    static String revisionId(Optional<String> parent, String title, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((parent.orElse("") + "\n" + title + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String capitalize(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + word.length() + 1 > 96) { out.append('\n'); col = 0; }
            else if (col > 0) { out.append(' '); col++; }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
