package dev.schemadesigner.review.rules.schema;

import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Fix;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * An index whose name follows no naming convention — ours (`idx_<table>_<columns>`, `uq_…` for
 * unique indexes), SQLAlchemy's `naming_convention` (`ix_…`) or PostgreSQL's default
 * (`<table>_<columns>_idx`) — or does not mention each of its columns (a partial index may name
 * its condition instead); a foreign key not named `fk_…`, a CHECK not named `ck_…`, a UNIQUE
 * constraint not named `uq_…`.
 *
 * ## Why it matters
 * Names appear in error messages, migrations and `\d` output. With one convention
 * (`idx_<table>_<columns>`) a reader knows what an index covers without looking it up, and
 * generated migrations can find the objects they drop.
 *
 * ## Example
 * `CREATE INDEX customer_ts ON customer_timeline (customer_id, occurred_at)`.
 *
 * ## Fix
 * For an index on plain columns: create it again as `idx_<table>_<columns>` and drop the old one.
 * Constraints are reported without a change.
 *
 * ## Limits
 * Names a tool generates pass as they are: MySQL's (an index named after its first column or
 * after the foreign key it serves, `<table>_ibfk_<n>`), Laravel's (`<table>_<columns>_unique`,
 * `_foreign`), PostgreSQL's (`<table>_<columns>_fkey`, `_check`, `_key`), Rails'
 * (`index_<table>_on_<columns>`, `fk_rails_<hex>`), Django's (`<table>_<column>_<hash>`) and
 * Hibernate's (`FK<hash>`). The table may be abbreviated (`idx_pain_category` passes). Names of 63 characters or more are
 * taken as cut to the limit and only their prefix is checked. Any of the three conventions passes,
 * even mixed in one schema. The project's own convention passes too: a shape of name (table and
 * leading column in fixed places, `IFK_<Table><Column>`, `<table>_<column>_idx`) that the indexes of
 * two or more tables share.
 */
public final class IndexNamingRule implements Rule {
    private static final Pattern DJANGO = Pattern.compile(".*_[0-9a-f]{8}(_like|_uniq|_fk_.+)?");
    private static final Pattern HIBERNATE = Pattern.compile("(fk|uk|idx|uc)[0-9a-z]{20,}");
    private static final RuleMeta META = RuleMeta.of("index-naming", Area.SCHEMA, Severity.INFO,
            "an index or constraint name that breaks the convention idx_<table>_<columns> (or the project's own)");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        Set<String> projectShapes = projectShapes(context);
        for (Table t : context.tables()) {
            for (Index ix : t.indexes()) {
                if (conventional(t, ix) || shape(t, ix).map(projectShapes::contains).orElse(false)) continue;
                String message = "index " + ix.name() + " on " + t.name() + " does not follow idx_<table>_<columns>";
                if (ix.hasExpressions()) {
                    out.add(finding(ix.name(), message));
                    continue;
                }
                String name = SchemaFacts.indexName(t.name(), ix.columnNames());
                out.add(finding(ix.name(), message, Fix.of("rename " + ix.name() + " to " + name,
                        new CreateIndex(t.name(), ix.withName(name), context.concurrentIndexes()),
                        new DropIndex(t.name(), ix.name(), context.concurrentIndexes()))));
            }
            t.foreignKeys().forEach(f -> prefixed(t, f.name(), "fk_", Set.of("fkey", "fk", "foreign"), "foreign key",
                    SchemaFacts.constraintName("fk", t.name(), String.join("_", f.columns())), out));
            t.checks().forEach(c -> prefixed(t, c.name(), "ck_", Set.of("check", "chk", "ck"), "check constraint",
                    "ck_" + t.name() + "_<what it checks>", out));
            t.uniques().forEach(u -> prefixed(t, u.name(), "uq_", Set.of("key", "uq", "uniq", "unique"), "unique constraint",
                    SchemaFacts.constraintName("uq", t.name(), String.join("_", u.columns())), out));
        }
        return out;
    }

    /**
     * True when the name is one a naming convention produces: ours ({@code idx_…}, {@code uq_…} for
     * unique), SQLAlchemy's {@code naming_convention} ({@code ix_…}), Rails' and Room's
     * ({@code index_<table>_on_<columns>}) or PostgreSQL's default ({@code <table>_<columns>_idx},
     * {@code …_key} for unique), mentioning each key column; a partial index may name its condition
     * instead ({@code idx_payments_pending … WHERE status = 'pending'}). Names a database or ORM gives
     * on its own pass too: MySQL's (the first key column, {@code email_2}), Django's and Hibernate's.
     */
    private static boolean conventional(Table t, Index ix) {
        String n = ix.name().toLowerCase(Locale.ROOT);
        String table = t.name().toLowerCase(Locale.ROOT);
        if (generated(table, n) || mysqlDefault(ix, n) || t.foreignKeys().stream().anyMatch(f -> f.name().equalsIgnoreCase(n))) return true;
        boolean prefixed = n.startsWith("idx_") || n.startsWith("ix_") || n.startsWith("index_") || ix.unique() && n.startsWith("uq_");
        boolean suffixed = n.startsWith(table + "_") && (n.endsWith("_idx") || n.endsWith("_index")
                || ix.unique() && (n.endsWith("_key") || n.endsWith("_unique") || n.endsWith("_uniq")));
        if (!prefixed && !suffixed) return false;
        if (n.length() >= 63 || ix.columnNames().stream().allMatch(c -> n.contains(c.toLowerCase(Locale.ROOT)))) return true;
        return ix.where().map(w -> SchemaFacts.tokens(w.replaceAll("[^A-Za-z0-9_]+", "_")).stream()
                .anyMatch(word -> word.length() > 2 && SchemaFacts.tokens(n).contains(word))).orElse(false);
    }

    /**
     * The project's own conventions: the shapes ({@link #shape}) that the index names of two or more tables share, such as
     * Chinook's {@code IFK_<Table><Column>} or sqlc's {@code <table>_<column>_idx}.
     */
    private static Set<String> projectShapes(ReviewContext context) {
        java.util.Map<String, Set<String>> tablesByShape = new java.util.HashMap<>();
        for (Table t : context.tables()) {
            for (Index ix : t.indexes()) shape(t, ix).ifPresent(s -> tablesByShape.computeIfAbsent(s, k -> new java.util.HashSet<>()).add(t.name()));
        }
        Set<String> out = new java.util.HashSet<>();
        tablesByShape.forEach((shape, tables) -> { if (tables.size() >= 2) out.add(shape); });
        return out;
    }

    /**
     * An index name with its table's words replaced by {@code <t>} and its key columns' words by {@code <c>}
     * ({@code IFK_TrackAlbumId} → {@code ifk_<t>_<c>}), present when the name mentions both the table and its leading column.
     */
    private static Optional<String> shape(Table t, Index ix) {
        if (ix.columnNames().isEmpty()) return Optional.empty();
        List<String> words = new ArrayList<>(SchemaFacts.tokens(ix.name()));
        List<String> table = SchemaFacts.tokens(t.name());
        int at = java.util.Collections.indexOfSubList(words, table);
        if (at < 0) {
            table = SchemaFacts.tokens(SchemaFacts.singular(t.name().toLowerCase(Locale.ROOT)));
            at = java.util.Collections.indexOfSubList(words, table);
        }
        if (at < 0 || table.isEmpty()) return Optional.empty();
        List<String> out = new ArrayList<>(words.subList(0, at));
        out.add("<t>");
        List<String> rest = words.subList(at + table.size(), words.size());
        Set<String> columnWords = new java.util.HashSet<>();
        ix.columnNames().forEach(c -> columnWords.addAll(SchemaFacts.tokens(c)));
        List<String> leading = SchemaFacts.tokens(ix.columnNames().get(0));
        if (java.util.Collections.indexOfSubList(rest, leading) < 0) return Optional.empty();
        for (String w : rest) {
            if (!columnWords.contains(w)) out.add(w);
            else if (!out.get(out.size() - 1).equals("<c>")) out.add("<c>");
        }
        return Optional.of(String.join("_", out));
    }

    /** MySQL names an unnamed index after its first column ({@code customer_id}, then {@code customer_id_2}); mysqldump writes that name. */
    private static boolean mysqlDefault(Index ix, String n) {
        if (ix.columnNames().isEmpty()) return false;
        String first = ix.columnNames().get(0).toLowerCase(Locale.ROOT);
        return n.equals(first) || n.matches(Pattern.quote(first) + "_\\d+");
    }

    /**
     * Names an ORM or database makes up when none is given: Django ({@code <table>_<column>_<8 hex>}, with
     * {@code _like}, {@code _uniq} or {@code _fk_<target>_<column>} after it), Hibernate ({@code FK}/{@code UK}/{@code IDX}
     * and a hash), MySQL's foreign keys ({@code <table>_ibfk_<n>}) and Rails' ({@code fk_rails_<hex>}).
     */
    private static boolean generated(String table, String n) {
        if (n.startsWith(table + "_") && DJANGO.matcher(n.substring(table.length() + 1)).matches()) return true;
        return HIBERNATE.matcher(n).matches() || n.matches(Pattern.quote(table) + "_ibfk_\\d+") || n.matches("fk_rails_[0-9a-f]{10}");
    }

    /**
     * A constraint name with our prefix ({@code fk_}, {@code ck_}, {@code uq_}), or PostgreSQL's default spelling
     * ({@code <table>_<columns>_fkey}, {@code _check}, {@code _key}) or a suffix convention of the same shape
     * ({@code <table>_<columns>_fk}), or one an ORM or database generated.
     */
    private static boolean conventionalConstraint(Table t, String name, String prefix, Set<String> suffixes) {
        String n = name.toLowerCase(Locale.ROOT);
        String table = t.name().toLowerCase(Locale.ROOT);
        if (n.startsWith(prefix) || generated(table, n)) return true;
        return n.startsWith(table + "_") && suffixes.stream().anyMatch(s -> n.endsWith("_" + s));
    }

    private void prefixed(Table t, String name, String prefix, Set<String> suffixes, String what, String conventional, List<Finding> out) {
        if (!conventionalConstraint(t, name, prefix, suffixes)) {
            out.add(finding(name, what + " " + name + " on " + t.name() + " follows no naming convention (it does not start with " + prefix
                    + "), so errors and migrations that name it do not say what it constrains; rename it " + conventional));
        }
    }
}
