package dev.schemadesigner.generate.ddl;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.dialect.ChangeScript;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.ArtifactGenerator;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.python.PyText;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL per dialect, rendered by the {@link Dialect} (quoting, types, what each database can
 * ALTER): the whole schema after the change ({@code db/<dialect>/schema.sql}) and the change
 * itself as an up and a down script. What a database cannot do is a comment naming why.
 */
public final class SqlDdlGenerator implements ArtifactGenerator {
    private final List<Dialect> dialects;

    public SqlDdlGenerator(List<Dialect> dialects) { this.dialects = List.copyOf(dialects); }

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        Schema before = ctx.existingSchema();
        Schema after = changes.apply(before);
        String slug = PyText.slug(changes.ops().isEmpty() ? "change" : changes.ops().get(0).describe(), 48);
        List<Artifact> out = new ArrayList<>();
        for (Dialect d : dialects) {
            String dir = "db/" + d.name() + "/";
            out.add(new Artifact(dir + "schema.sql", "sql", "ddl", header(d, "the whole schema after the change") + script(safe(d, () -> d.createSchema(after)))));
            out.add(new Artifact(dir + "changes/" + slug + ".up.sql", "sql", "ddl", header(d, "upgrade") + render(d, () -> ChangeScript.upgradeScript(d, before, changes))));
            out.add(new Artifact(dir + "changes/" + slug + ".down.sql", "sql", "ddl", header(d, "downgrade: restores the previous schema; "
                    + "dropped tables and columns come back empty") + render(d, () -> ChangeScript.downgradeScript(d, before, changes))));
        }
        return out;
    }

    /** The upgrade statements for one dialect, in order (what the .up.sql script holds). */
    public static List<String> upStatements(Dialect d, ChangeSet changes, Schema before) {
        return ChangeScript.statements(ChangeScript.upgrade(d, before, changes));
    }

    /** The downgrade statements for one dialect, in order (what the .down.sql script holds). */
    public static List<String> downStatements(Dialect d, ChangeSet changes, Schema before) {
        return ChangeScript.statements(ChangeScript.downgrade(d, before, changes));
    }

    /** Each part under its comment line; a script the database cannot run at all is one comment saying why. */
    private static String render(Dialect d, java.util.function.Supplier<List<ChangeScript.Part>> parts) {
        List<ChangeScript.Part> rendered;
        try {
            rendered = parts.get();
        } catch (UserFacingException e) {
            return script(List.of("-- not possible on " + d.displayName() + ": " + e.getMessage())) + '\n';
        }
        StringBuilder out = new StringBuilder();
        for (ChangeScript.Part p : rendered) out.append("-- ").append(p.comment()).append('\n').append(script(p.statements())).append('\n');
        return out.toString();
    }

    private interface Statements { List<String> get(); }

    private static List<String> safe(Dialect d, Statements statements) {
        try {
            return statements.get();
        } catch (UserFacingException e) {
            return List.of("-- not possible on " + d.displayName() + ": " + e.getMessage());
        }
    }

    private static String script(List<String> statements) {
        StringBuilder out = new StringBuilder();
        for (String s : statements) {
            String trimmed = s.strip();
            out.append(trimmed);
            if (!trimmed.startsWith("--") && !trimmed.endsWith(";")) out.append(';');
            out.append('\n');
        }
        return out.toString();
    }

    private static String header(Dialect d, String what) { return "-- " + d.displayName() + ": " + what + "\n"; }
}
