package dev.schemadesigner.importer.migration;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Alembic revision file (Python, never executed) into a {@link MigrationScript}:
 * {@code revision}, {@code down_revision}, and the {@code op.*} calls of {@code upgrade()} and
 * {@code downgrade()}, including those inside {@code with op.batch_alter_table(...) as batch_op:}
 * (batch mode), {@code with op.get_context().autocommit_block():} (outside the transaction) and
 * loops (a data statement in a loop counts as batched). SQL passed to {@code op.execute} or
 * {@code connection.execute} is read as SQL migration statements.
 *
 * <p>Bad Python (unbalanced brackets, bad indentation, an unterminated string) is a
 * {@link MigrationSyntaxException} with line and column; binary input and input over
 * {@link ImportLimits#MAX_SQL_CHARS} characters are refused. A call or statement the importer
 * does not read is skipped with a warning naming it; the rest is still imported.
 */
public final class AlembicImporter {
    private static final Set<String> EXECUTORS = Set.of("connection", "conn", "bind", "session", "op.get_bind()");

    /** Imports against an empty before-schema. */
    public MigrationImport importRevision(String source, String name) { return importRevision(source, name, Schema.EMPTY); }

    /**
     * Imports a revision; {@code before} is the schema the upgrade starts from, used to complete
     * partial ALTERs ({@code op.alter_column(..., nullable=False)} keeps the column's type).
     */
    public MigrationImport importRevision(String source, String name, Schema before) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        ImportLimits.requireWithinLimit(source);
        ImportLimits.requireText(source, "Python source");
        List<PyStmt> module = PyParser.parse(source);
        List<ImportWarning> warnings = new ArrayList<>();
        Optional<String> revision = Optional.empty();
        Optional<String> downRevision = Optional.empty();
        PyStmt.Block upgrade = null;
        PyStmt.Block downgrade = null;
        for (PyStmt s : module) {
            if (s instanceof PyStmt.Assign a && a.target().equals("revision")) revision = a.value().string();
            else if (s instanceof PyStmt.Assign a && a.target().equals("down_revision")) downRevision = revisionText(a.value());
            else if (s instanceof PyStmt.Block b && b.keyword().equals("def") && b.name().equals("upgrade")) upgrade = b;
            else if (s instanceof PyStmt.Block b && b.keyword().equals("def") && b.name().equals("downgrade")) downgrade = b;
            else if (s instanceof PyStmt.Other o && !o.understood()) skipped(warnings, o);
        }
        if (upgrade == null) warnings.add(new ImportWarning(1, name, "no def upgrade() found; the revision has no upgrade steps"));
        ScriptBuilder up = new ScriptBuilder(before, warnings);
        if (upgrade != null) body(upgrade.body(), up, Optional.empty(), Optional.empty());
        ScriptBuilder down = new ScriptBuilder(up.schema(), warnings);
        if (downgrade != null) body(downgrade.body(), down, Optional.empty(), Optional.empty());
        return new MigrationImport(new MigrationScript(name, up.steps(), down.steps(), revision, downRevision), warnings);
    }

    private static Optional<String> revisionText(PyExpr e) {
        if (e instanceof PyExpr.Seq s) {
            List<String> parts = new ArrayList<>();
            for (PyExpr i : s.items()) i.string().ifPresent(parts::add);
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(",", parts));
        }
        return e.string();
    }

    private void body(List<PyStmt> statements, ScriptBuilder out, Optional<String> batchAlias, Optional<String> batchTable) {
        for (PyStmt s : statements) {
            if (s instanceof PyStmt.Expr e && e.expr() instanceof PyExpr.Call c) {
                call(c, out, batchAlias, batchTable);
            } else if (s instanceof PyStmt.Assign a && a.value() instanceof PyExpr.Call c) {
                if (c.function().equals("execute") || c.callee().startsWith("op.") && !c.callee().equals("op.get_bind")
                        && !c.callee().startsWith("op.get_context")) {
                    call(c, out, batchAlias, batchTable);
                }
            } else if (s instanceof PyStmt.Block b) {
                block(b, out, batchAlias, batchTable);
            } else if (s instanceof PyStmt.Other o && !o.understood()) {
                out.warn(o.line(), o.text(), "line " + o.line() + " (" + preview(o.text()) + ") is not read by the migration importer; skipped");
            } else if (s instanceof PyStmt.Expr e && !(e.expr() instanceof PyExpr.Str)) {
                out.warn(s.line(), "", "line " + s.line() + " is an expression the migration importer does not read; skipped");
            }
        }
    }

    private void block(PyStmt.Block b, ScriptBuilder out, Optional<String> batchAlias, Optional<String> batchTable) {
        switch (b.keyword()) {
            case "with": {
                Optional<PyExpr.Call> context = b.contexts().stream().filter(x -> x instanceof PyExpr.Call).map(x -> (PyExpr.Call) x).findFirst();
                String f = context.map(PyExpr.Call::function).orElse("");
                if (f.equals("batch_alter_table")) {
                    boolean was = out.batchMode();
                    out.batchMode(true);
                    body(b.body(), out, b.alias(), context.get().arg(0).or(() -> context.get().kw("table_name")).flatMap(PyExpr::string));
                    out.batchMode(was);
                } else if (f.equals("autocommit_block")) {
                    boolean was = out.inTransaction();
                    out.inTransaction(false);
                    body(b.body(), out, batchAlias, batchTable);
                    out.inTransaction(was);
                } else {
                    body(b.body(), out, batchAlias, batchTable);
                }
                break;
            }
            case "for": case "while": {
                boolean was = out.inLoop();
                out.inLoop(true);
                body(b.body(), out, batchAlias, batchTable);
                out.inLoop(was);
                break;
            }
            case "def": case "class":
                out.warn(b.line(), b.keyword() + " " + b.name(), "nested " + b.keyword() + " " + b.name() + " (line " + b.line() + ") is not read; skipped");
                break;
            default:
                body(b.body(), out, batchAlias, batchTable);
        }
    }

    private void call(PyExpr.Call c, ScriptBuilder out, Optional<String> batchAlias, Optional<String> batchTable) {
        String callee = c.callee();
        String receiver = callee.contains(".") ? callee.substring(0, callee.lastIndexOf('.')) : "";
        if (batchAlias.isPresent() && receiver.equals(batchAlias.get()) && batchTable.isPresent()) {
            AlembicOps.apply(c, batchTable, out);
        } else if (receiver.equals("op")) {
            AlembicOps.apply(c, Optional.empty(), out);
        } else if (c.function().equals("execute") && (EXECUTORS.contains(receiver) || receiver.endsWith("get_bind()"))) {
            try {
                AlembicOps.execute(c, out);
            } catch (IllegalArgumentException e) {
                out.warn(c.line(), callee, callee + "(…) could not be read (" + e.getMessage() + "); skipped");
            }
        } else {
            out.warn(c.line(), callee, "call " + callee + "(…) at line " + c.line() + " is not read by the migration importer; skipped");
        }
    }

    private static void skipped(List<ImportWarning> warnings, PyStmt.Other o) {
        warnings.add(new ImportWarning(o.line(), o.text(), "line " + o.line() + " (" + preview(o.text()) + ") is not read by the migration importer; skipped"));
    }

    private static String preview(String text) { return text.length() > 40 ? text.substring(0, 39) + "…" : text; }
}
