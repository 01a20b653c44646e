package dev.schemadesigner.importer.migration;

import dev.schemadesigner.importer.ImportLimits;
import dev.schemadesigner.importer.ImportWarning;
import dev.schemadesigner.importer.NestingTooDeepException;
import dev.schemadesigner.importer.python.PyExpr;
import dev.schemadesigner.importer.python.PyStatement;
import dev.schemadesigner.importer.python.PythonParser;
import dev.schemadesigner.importer.python.PythonSyntaxException;
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
    /** Simple statements with no bearing on the schema, read without a warning. */
    private static final Set<String> IGNORED = Set.of("pass", "global", "nonlocal", "assert", "raise", "del", "break", "continue");
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
        try {
            return read(source, name, before);
        } catch (NestingTooDeepException e) {
            throw e.in("alembic");
        }
    }

    private MigrationImport read(String source, String name, Schema before) {
        List<PyStatement> module = parse(source);
        List<ImportWarning> warnings = new ArrayList<>();
        Optional<String> revision = Optional.empty();
        Optional<String> downRevision = Optional.empty();
        PyStatement.FunctionDef upgrade = null;
        PyStatement.FunctionDef downgrade = null;
        for (PyStatement s : module) {
            if (s instanceof PyStatement.Assign a && assigns(a, "revision")) revision = a.value().flatMap(PyExpr::string);
            else if (s instanceof PyStatement.Assign a && assigns(a, "down_revision")) downRevision = a.value().flatMap(AlembicImporter::revisionText);
            else if (s instanceof PyStatement.FunctionDef f && f.name().equals("upgrade")) upgrade = f;
            else if (s instanceof PyStatement.FunctionDef f && f.name().equals("downgrade")) downgrade = f;
            else if (s instanceof PyStatement.Other o && o.unreadable().isPresent()) skipped(warnings, o);
        }
        if (upgrade == null) warnings.add(new ImportWarning(1, name, "no def upgrade() found; the revision has no upgrade steps"));
        ScriptBuilder up = new ScriptBuilder(before, warnings);
        if (upgrade != null) body(upgrade.body(), up, Optional.empty(), Optional.empty());
        ScriptBuilder down = new ScriptBuilder(up.schema(), warnings);
        if (downgrade != null) body(downgrade.body(), down, Optional.empty(), Optional.empty());
        return new MigrationImport(new MigrationScript(name, up.steps(), down.steps(), revision, downRevision, up.locks()), warnings);
    }

    /** The shared Python reader, its syntax errors worded as this importer's. */
    private static List<PyStatement> parse(String source) {
        try {
            return PythonParser.parse(source);
        } catch (PythonSyntaxException e) {
            throw new MigrationSyntaxException(e);
        }
    }

    private static boolean assigns(PyStatement.Assign a, String name) {
        return a.target() instanceof PyExpr.Name n && n.id().equals(name);
    }

    /** A statement with no bearing on the schema; any other the reader could not place is warned about. */
    private static boolean understood(PyStatement.Other o) {
        return o.unreadable().isEmpty() && IGNORED.contains(o.keyword());
    }

    private static Optional<String> revisionText(PyExpr e) {
        if (AlembicColumns.isListOrTuple(e)) {
            List<String> parts = new ArrayList<>();
            for (PyExpr i : ((PyExpr.Sequence) e).items()) PyExpr.string(i).ifPresent(parts::add);
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(",", parts));
        }
        return PyExpr.string(e);
    }

    private void body(List<PyStatement> statements, ScriptBuilder out, Optional<String> batchAlias, Optional<String> batchTable) {
        for (PyStatement s : statements) {
            if (s instanceof PyStatement.Expression e && e.value() instanceof PyExpr.Call c) {
                call(c, out, batchAlias, batchTable);
            } else if (s instanceof PyStatement.Assign a && a.value().isPresent() && a.value().get() instanceof PyExpr.Call c) {
                if (c.function().equals("execute") || c.calleeText().startsWith("op.") && !c.calleeText().equals("op.get_bind")
                        && !c.calleeText().startsWith("op.get_context")) {
                    call(c, out, batchAlias, batchTable);
                }
            } else if (s instanceof PyStatement.Block b) {
                block(b, out, batchAlias, batchTable);
            } else if (s instanceof PyStatement.FunctionDef f) {
                nested(out, f.line(), "def " + f.name());
            } else if (s instanceof PyStatement.ClassDef c) {
                nested(out, c.line(), "class " + c.name());
            } else if (s instanceof PyStatement.Other o && !understood(o)) {
                out.warn(o.line(), o.text(), "line " + o.line() + " (" + preview(o.text()) + ") is not read by the migration importer; skipped");
            } else if (s instanceof PyStatement.Expression e && !(e.value() instanceof PyExpr.Str)) {
                out.warn(s.line(), "", "line " + s.line() + " is an expression the migration importer does not read; skipped");
            }
        }
    }

    private static void nested(ScriptBuilder out, int line, String what) {
        out.warn(line, what, "nested " + what + " (line " + line + ") is not read; skipped");
    }

    private void block(PyStatement.Block b, ScriptBuilder out, Optional<String> batchAlias, Optional<String> batchTable) {
        switch (b.keyword()) {
            case "with": {
                Optional<PyStatement.WithItem> item = b.items().stream().filter(x -> x.context() instanceof PyExpr.Call).findFirst();
                Optional<PyExpr.Call> context = item.map(x -> (PyExpr.Call) x.context());
                String f = context.map(PyExpr.Call::function).orElse("");
                if (f.equals("batch_alter_table")) {
                    boolean was = out.batchMode();
                    out.batchMode(true);
                    Optional<String> alias = item.flatMap(PyStatement.WithItem::target).flatMap(PyExpr::dotted);
                    body(b.body(), out, alias, context.get().arg(0).or(() -> context.get().keyword("table_name")).flatMap(PyExpr::string));
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
            default:
                body(b.body(), out, batchAlias, batchTable);
        }
    }

    private void call(PyExpr.Call c, ScriptBuilder out, Optional<String> batchAlias, Optional<String> batchTable) {
        String callee = c.calleeText();
        String receiver = callee.contains(".") ? callee.substring(0, callee.lastIndexOf('.')) : "";
        if (batchAlias.isPresent() && receiver.equals(batchAlias.get()) && batchTable.isPresent()) {
            AlembicOps.apply(c, batchTable, out);
        } else if (receiver.equals("op")) {
            AlembicOps.apply(c, Optional.empty(), out);
        } else if (c.function().equals("execute") && (EXECUTORS.contains(receiver) || receiver.endsWith("get_bind()"))) {
            try {
                AlembicOps.execute(c, out);
            } catch (NestingTooDeepException e) {
                throw e; // refuses the whole file, not one call
            } catch (IllegalArgumentException e) {
                out.warn(c.line(), callee, callee + "(…) could not be read (" + e.getMessage() + "); skipped");
            }
        } else {
            out.warn(c.line(), callee, "call " + callee + "(…) at line " + c.line() + " is not read by the migration importer; skipped");
        }
    }

    private static void skipped(List<ImportWarning> warnings, PyStatement.Other o) {
        warnings.add(new ImportWarning(o.line(), o.text(), "line " + o.line() + " (" + preview(o.text()) + ") is not read by the migration importer; skipped"));
    }

    private static String preview(String text) { return text.length() > 40 ? text.substring(0, 39) + "…" : text; }
}
