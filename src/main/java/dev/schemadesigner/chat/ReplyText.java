package dev.schemadesigner.chat;

import dev.schemadesigner.change.Op;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.IndexProof;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.verify.Verification;

import java.util.ArrayList;
import java.util.List;

/** The markdown a person reads: what changed, what the review found, which files were written, what ran where. */
final class ReplyText {
    private ReplyText() {}

    /** A finding's words are text, not markup: placeholders such as idx_<table>_<columns> must not become HTML elements. */
    static String plain(String text) {
        return text.replace("<", "\\<");
    }

    static final String ABOUT = "I design and change relational database schemas: describe what you want to store "
            + "(\"Design database schema for pain point tracking\"), ask for a change (\"add a NOT NULL priority column to tickets\"), "
            + "or paste DDL or SQLAlchemy models to review. Every answer comes with SQLAlchemy models, Alembic migrations, "
            + "tests and SQL that have been executed.";

    static String notAboutSchemas() {
        return "That does not look like a database schema question, so I left the schema as it is.\n\n" + ABOUT;
    }

    static String notApplied() {
        return "> **Not applied:** this change did not verify on every database (see *Executed* below), so the session "
                + "keeps its last verified schema. Adjust the request and try again.\n\n";
    }

    static String question(String question, String assumed) {
        // a failed change with no valid change near it offers nothing to go ahead with
        if (assumed.isBlank()) return "**One question first:** " + question;
        return "**One question first:** " + question + "\n\nIf you just say *go ahead*, I will assume: _" + assumed + "_";
    }

    static String turn(String rationale, List<Op> changes, List<String> autoFixed, List<Finding> findings, List<Artifact> artifacts,
                       List<Verification> verification) {
        StringBuilder md = new StringBuilder();
        if (!rationale.isBlank()) md.append(rationale.strip()).append("\n\n");
        md.append("### Changes\n");
        if (changes.isEmpty()) md.append("No schema changes in this turn.\n");
        changes.forEach(op -> md.append("- ").append(op.describe()).append('\n'));
        if (!autoFixed.isEmpty()) {
            md.append("\nApplied automatically after review:\n");
            autoFixed.forEach(a -> md.append("- ").append(a).append('\n'));
        }
        md.append("\n### Review\n");
        if (findings.isEmpty()) md.append("No findings: the checklist holds.\n");
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) continue;
            md.append("\n**").append(severity.label()).append("** (").append(group.size()).append(")\n");
            for (Finding f : group) {
                md.append("- `").append(f.rule()).append("` ").append(plain(f.object())).append(": ").append(plain(f.message()));
                f.fix().ifPresent(fix -> md.append(" — fix: ").append(plain(fix.summary())));
                md.append('\n');
            }
        }
        md.append("\n### Files\n");
        artifacts.forEach(a -> md.append("- `").append(a.path()).append("` (").append(a.kind()).append(")\n"));
        md.append("\n### Executed\n");
        for (Verification v : verification) {
            md.append("- ").append(v.ok() ? "✅ " : "❌ ").append(v.summary()).append('\n');
            v.step("data").flatMap(Verification.Step::data).ifPresent(d -> md.append("  - data: ").append(d.summary()).append('\n'));
            v.diff().forEach(d -> md.append("  - ").append(d).append('\n'));
            v.steps().stream().filter(s -> s.error().isPresent() && !s.ok())
                    .forEach(s -> md.append("  - ").append(s.name()).append(": ").append(s.error().get()).append('\n'));
        }
        return md.toString();
    }

    /** {@code turnText} with the schema diff just before its list of changes, so the reply says first what changed. */
    static String withSchemaDiff(String turnText, SchemaDelta delta) {
        String diff = schemaDiff(delta);
        int at = turnText.indexOf("### Changes\n");
        return diff.isEmpty() ? turnText : at < 0 ? turnText + "\n" + diff : turnText.substring(0, at) + diff + "\n" + turnText.substring(at);
    }

    /** One line per table (+ added, ~ changed, − removed) and per enum type; empty when the schema did not change. */
    static String schemaDiff(SchemaDelta delta) {
        if (delta.isEmpty()) return "";
        StringBuilder md = new StringBuilder("### Schema diff\n");
        for (SchemaDelta.TableDelta t : delta.tables()) {
            md.append("- `").append(sign(t.change())).append("` **").append(t.table()).append("**");
            switch (t.change()) {
                case ADDED -> {
                    md.append(" (new table): ").append(String.join(", ", t.columns().stream().map(SchemaDelta.Item::name).toList()));
                    if (!t.indexes().isEmpty()) md.append("; indexes ").append(String.join(", ", t.indexes().stream().map(SchemaDelta.Item::name).toList()));
                    List<String> constraints = t.constraints().stream().map(SchemaDelta.Item::name).filter(n -> !n.equals("primary key")).toList();
                    if (!constraints.isEmpty()) md.append("; constraints ").append(String.join(", ", constraints));
                }
                case REMOVED -> md.append(" (dropped)");
                case CHANGED -> {
                    List<String> items = new ArrayList<>();
                    t.columns().forEach(i -> items.add(item("column", i)));
                    t.indexes().forEach(i -> items.add(item("index", i)));
                    t.constraints().forEach(i -> items.add(item("constraint", i)));
                    md.append(": ").append(String.join("; ", items));
                }
            }
            md.append('\n');
        }
        delta.enums().forEach(e -> md.append("- `").append(sign(e.change())).append("` ").append(item("enum", e)).append('\n'));
        return md.toString();
    }

    private static String item(String kind, SchemaDelta.Item i) {
        return sign(i.change()) + " " + (i.name().equals("primary key") ? "" : kind + " ") + i.name() + " (" + i.detail() + ")";
    }

    private static String sign(SchemaDelta.Change change) {
        return switch (change) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case REMOVED -> "−";
        };
    }

    static String nothingToSquash(int revisions) {
        return "Nothing to squash: this session has " + (revisions == 0 ? "no revisions yet" : "one revision") + ", so its migrations stay as they are. "
                + "Squash replaces two or more revisions of a session with one.";
    }

    static String cannotSquash() {
        return "Could not squash: the session's revisions do not lead from its starting schema to its schema now, so one revision "
                + "computed from them would not give the same schema. The revisions stay as they are.";
    }

    static String squashed(int revisions, String title) {
        return "Squashed the session's " + revisions + " revisions into one, _" + title + "_, computed from the difference between the "
                + "session's starting schema and its schema now: nothing in it is created and dropped again. The schema itself is unchanged.\n\n";
    }

    static String titleOf(String message) {
        String oneLine = message.strip().lines().findFirst().orElse("");
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine.isBlank() ? "untitled" : oneLine;
    }

    /**
     * What the query plans said about this turn's indexes: the planned indexes no declared query's plan uses, and the
     * index suggestions left out because no plan used them (their plans are in the reply's JSON).
     */
    static String indexPlans(List<Reply.IndexPlanView> planned, List<Finding> dropped, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        for (String w : warnings) out.append("\n- ").append(w);
        for (Reply.IndexPlanView p : planned) {
            if (!p.proof().used()) out.append("\n- No plan of the declared queries uses index ").append(p.index()).append(" on ").append(p.table())
                    .append(" (").append(p.proof().dialect()).append(String.format(java.util.Locale.ROOT, ", %,d rows a table).", p.proof().rows()));
        }
        for (Finding f : dropped) {
            out.append("\n- Not suggested: ").append(f.message()).append(" — no plan of the declared queries used the index (")
                    .append(f.proof().map(IndexProof::dialect).orElse("")).append(").");
        }
        return out.isEmpty() ? "" : "\n\n**Query plans**" + out + "\n";
    }
}
