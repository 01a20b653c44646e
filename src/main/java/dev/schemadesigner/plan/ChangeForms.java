package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.plan.ChangeRequestParser.Change;
import dev.schemadesigner.plan.ColumnRefs.Ref;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Change requests read as a verb and the object phrases it governs, each phrase resolved against the
 * schema by {@link ColumnRefs} ("t.c", "c on t", "c of t", "c in t", the focus table): NOT NULL with
 * the rule for existing rows, renames (expand/contract when old and new code run side by side), type
 * changes, checks, composite uniques ("one vote per user per poll"), indexes with every column in
 * order, unique and partial. Split, merge and group changes are in {@link TableChangeForms}. A verb
 * whose objects do not resolve throws {@link ChangeNotUnderstood}; a sentence none of the verbs
 * governs is left to the older patterns of {@link ChangeRequestParser}.
 */
final class ChangeForms {

    private static final String NOT_NULL = "(?:not null|non-null|non null|required|mandatory|obligatory|obligatorio|obligatoria|pflicht|not nullable)";
    static final Pattern MAKE_NOT_NULL = Pattern.compile("(?:.*?\\b)?(?:make|set|mark|declare|change|haz|hacer|mach(?:e)?)\\s+(.+?)\\s+(?:to\\s+be\\s+|as\\s+|to\\s+)?" + NOT_NULL + "\\b(.*)"
            + "|(?:.*?\\b)?(.+?)\\s+(?:must|should|has to|needs to|shall)\\s+(?:never be null|not be null|be not null|always be set|be required|be mandatory)\\b(.*)");
    static final Pattern MAKE_NULLABLE = Pattern.compile("(?:.*?\\b)?(?:make|set|mark|allow nulls? (?:in|for))\\s+(.+?)(?:\\s+(?:to\\s+be\\s+|as\\s+)?(?:nullable|optional))?\\s*");
    static final Pattern RENAME = Pattern.compile("(?:.*?\\b)?(?:rename|renombra|renombrar|benenne)\\s+(?:the\\s+|la\\s+|el\\s+|die\\s+)?(column\\s+|field\\s+|table\\s+|columna\\s+|tabla\\s+|spalte\\s+|tabelle\\s+)?(.+?)\\s+(?:to|as|into|a|zu)\\s+['\"]?([a-z_][a-z0-9_]*)['\"]?(?:\\s+(?:um))?(.*)");
    static final Pattern SIDE_BY_SIDE = Pattern.compile(".*\\b(side by side|side-by-side|alongside|at the same time|while (?:the )?old (?:code|version|app)|old and new (?:code|versions?|apps?)|"
            + "both (?:versions|old and new)|without downtime|zero[- ]downtime|no downtime|expand[ /-]+(?:and[ /-]+)?contract|rolling deploy|dual[- ]write)\\b.*");
    static final Pattern CHANGE_TYPE = Pattern.compile("(?:.*?\\b)?(?:change|alter|convert|switch|turn|make|set)\\s+(?:the\\s+)?(?:(?:data\\s+)?type\\s+of\\s+(?:the\\s+)?)?(.+?)\\s+"
            + "(?:to|into|from \\S+ to|to be|a|an|type to|to type)\\s+(?:an?\\s+)?(?:type\\s+)?([a-z]+(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?)\\s*(?:type|column)?\\s*"
            + "|(?:.*?\\b)?(.+?)\\s+(?:should|must)\\s+be\\s+(?:an?\\s+)?([a-z]+(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?)\\s*(?:column|instead)?\\s*");
    static final Pattern CHECK = Pattern.compile("(?:.*?\\b)?(?:add\\s+|create\\s+|put\\s+|need\\s+|want\\s+)?(?:an?\\s+)?check(?:\\s+constraint)?\\s+(?:so\\s+that|that|to\\s+ensure(?:\\s+that)?|ensuring(?:\\s+that)?|making\\s+sure(?:\\s+that)?|to\\s+keep|keeping|on)\\s+(.+)"
            + "|(?:.*?\\b)?(?:make sure|ensure)\\s+(?:that\\s+)?(.+)");
    static final Pattern BOUND = Pattern.compile("(.+?)\\s+(?:always\\s+)?(?:stays?|is|remains?|must be|should be|has to be|be|are|keeps?|lies?|falls?)\\s+(?:always\\s+)?(?:within\\s+|in\\s+the\\s+range\\s+)?"
            + "(between\\s+-?\\d+(?:\\.\\d+)?\\s+and\\s+-?\\d+(?:\\.\\d+)?|from\\s+-?\\d+\\s+to\\s+-?\\d+|positive|non-negative|nonnegative|not negative|at least\\s+-?\\d+(?:\\.\\d+)?|at most\\s+-?\\d+(?:\\.\\d+)?|"
            + "(?:>=|<=|>|<)\\s*-?\\d+(?:\\.\\d+)?|greater than\\s+-?\\d+|less than\\s+-?\\d+|below\\s+-?\\d+|above\\s+-?\\d+)(.*)");
    static final Pattern PER = Pattern.compile("(?:please\\s+|and\\s+|also\\s+)?(?:only\\s+|at most\\s+|just\\s+)?(?:one|a single|1)\\s+([a-z_]+)\\s+(?:per|for each|for every)\\s+([a-z_]+)((?:\\s*(?:,|and)?\\s*(?:per|for each|for every|and)\\s+[a-z_]+)*)\\s*");
    static final Pattern INDEX = Pattern.compile("(?:.*?\\b)?(?:(?:add|create|build|need|want|put|define|make)\\s+.*?\\b(unique\\s+)?(?:composite\\s+|partial\\s+|multi-column\\s+|multicolumn\\s+|compound\\s+)?(?:index|índice|indice)\\b(.*)"
            + "|(unique\\s+)?(?:index|indexes|índice|indice)\\b(.*))");
    static final Pattern PASSIVE_INDEX = Pattern.compile("(?:.*?\\b)?(?:the\\s+)?(.+?)\\s+(?:should|must|needs? to|have to|has to)\\s+be\\s+(unique(?:ly)?\\s+)?indexed\\s+(?:by|on)\\s+(.+)");
    private static final Pattern WHERE = Pattern.compile("(.*?)\\s*,?\\s*(?:(?:but\\s+)?only\\s+(?:for\\s+)?(?:the\\s+)?(?:ones|rows|records|entries)\\s+)?where\\s+(.+)");
    private static final Pattern PARTIAL = Pattern.compile("(.*?)\\s*,?\\s*(?:\\(|-)?\\s*(?:but\\s+)?(?:only|just)\\s+(?:for\\s+|over\\s+|on\\s+)?(?:the\\s+)?(not\\s+|non-|un)?([a-z_]+)\\s*(?:ones|rows|records|entries|[a-z_]+)?\\s*\\)?\\s*"
            + "|(.*?)\\s+where\\s+(.+)");

    private final Schema schema;
    private final Schema original;
    private final Naming naming;
    private final ColumnRefs refs;
    private final TableChangeForms tableForms;

    ChangeForms(Schema schema, Schema original, PlanningContext context, ChangeRequestParser parser) {
        this.schema = schema;
        this.original = original;
        this.naming = context.naming();
        this.refs = new ColumnRefs(new SchemaNames(schema), new TableResolver(schema, context.focusTable()).resolve("", List.of()));
        this.tableForms = new TableChangeForms(schema, original, context, refs, parser::addColumnTo, (table, column, by) -> parser.dropColumnChange(table, column, by));
    }

    static boolean recognizes(String s) {
        return MAKE_NOT_NULL.matcher(s).matches() || RENAME.matcher(s).matches() || CHECK.matcher(s).matches() && BOUND.matcher(checkBody(s)).matches()
                || PER.matcher(s).matches() || INDEX.matcher(s).matches() || PASSIVE_INDEX.matcher(s).matches() || TableChangeForms.recognizes(s) || typeChange(s);
    }

    private static boolean typeChange(String s) {
        Matcher m = CHANGE_TYPE.matcher(s);
        return m.matches() && ColumnInference.parseType((m.group(2) != null ? m.group(2) : m.group(4)).replaceAll("\\s+", "")).isPresent();
    }

    private static String checkBody(String s) {
        Matcher m = CHECK.matcher(s);
        return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    Optional<Change> read(String s) {
        Matcher m;
        Optional<Change> table = tableForms.read(s);
        if (table.isPresent()) return table;
        if ((m = RENAME.matcher(s)).matches()) return Optional.of(rename(m.group(1), m.group(2), m.group(3), m.group(4), SIDE_BY_SIDE.matcher(s).matches()));
        if ((m = MAKE_NOT_NULL.matcher(s)).matches()) {
            return Optional.of(m.group(1) != null ? notNull(m.group(1), m.group(2)) : notNull(m.group(3), m.group(4)));
        }
        if ((m = PER.matcher(s)).matches()) return Optional.of(perUnique(m));
        if ((m = CHECK.matcher(s)).matches()) {
            Matcher b = BOUND.matcher(checkBody(s));
            if (b.matches()) return Optional.of(check(b.group(1), b.group(2), b.group(3)));
        }
        if ((m = PASSIVE_INDEX.matcher(s)).matches()) return Optional.of(index(m.group(2) != null, "on " + m.group(1) + " by " + m.group(3)));
        if ((m = INDEX.matcher(s)).matches() && !s.matches(".*\\b(drop|remove|delete|rename)\\b.*")) {
            return Optional.of(index(m.group(1) != null || m.group(3) != null, m.group(2) != null ? m.group(2) : m.group(4)));
        }
        if ((m = CHANGE_TYPE.matcher(s)).matches()) {
            String phrase = m.group(1) != null ? m.group(1) : m.group(3);
            String typeWords = m.group(2) != null ? m.group(2) : m.group(4);
            Optional<LogicalType> type = ColumnInference.parseType(typeWords.replaceAll("\\s+", ""));
            if (type.isPresent() && !phrase.matches(".*\\b(index|constraint|table)\\b.*")) {
                Optional<Ref> ref = refs.find(phrase, Optional.empty());
                if (ref.isPresent()) return Optional.of(changeType(ref.get(), type.get()));
            }
        }
        return Optional.empty();
    }

    /** NOT NULL; existing rows get the rule the request states, else the column's default. */
    private Change notNull(String phrase, String rest) {
        Ref ref = refs.ref(phrase, tableIn(rest), "make a column NOT NULL");
        Table t = schema.requireTable(ref.table());
        Column c = t.column(ref.column()).orElseThrow();
        String understood = "make " + ref.qualified() + " NOT NULL";
        List<Op> ops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!c.nullable()) return new Change(List.of(), ref.table(), List.of(ref.qualified() + " is already NOT NULL; nothing to change."), List.of());
        Optional<String> rule = BackfillRule.read(rest, schema, t, c, understood);
        if (rule.isEmpty() && c.defaultValue().isPresent() && c.defaultValue().get() instanceof dev.schemadesigner.schema.DefaultValue.Text text) {
            rule = Optional.of("'" + text.value().replace("'", "''") + "'");
        } else if (rule.isEmpty() && c.defaultValue().isPresent() && c.defaultValue().get() instanceof dev.schemadesigner.schema.DefaultValue.Number n) {
            rule = Optional.of(n.value());
        }
        if (rule.isEmpty() && original.hasTable(ref.table())) {
            List<String> allowed = BackfillRule.allowedValues(schema, t, c);
            String example = !allowed.isEmpty() ? "'" + allowed.get(0) + "'" : c.type().isInteger() || c.type() instanceof LogicalType.Decimal || c.type() instanceof LogicalType.Double ? "0"
                    : c.type() instanceof LogicalType.Bool ? "false" : "'unknown'";
            throw new ChangeNotUnderstood(understood, List.of(), Optional.of("make " + ref.qualified() + " NOT NULL, existing rows become " + example), List.of(),
                    Optional.of("existing rows of " + ref.table() + " may hold NULL in " + ref.column() + ", and the request does not say what they become"));
        }
        if (rule.isPresent()) {
            ops.add(DataMigration.portable("backfill " + ref.qualified() + " where it is NULL",
                    "UPDATE " + ref.table() + " SET " + ref.column() + " = " + rule.get() + " WHERE " + ref.column() + " IS NULL", null));
            notes.add("Existing rows with NULL in " + ref.qualified() + " get " + rule.get() + " (a data migration before the constraint).");
        }
        ops.add(AlterColumn.nullability(c, ref.table(), false));
        notes.add(0, "Makes " + ref.qualified() + " NOT NULL.");
        return new Change(ops, ref.table(), notes, List.of());
    }

    private Change rename(String kind, String phrase, String to, String rest, boolean sideBySide) {
        String target = Naming.snake(to);
        boolean tableWord = kind != null && kind.matches("(table|tabla|tabelle)\\s+");
        Optional<String> asTable = refs.names().table(ColumnRefs.bare(phrase));
        if (tableWord || kind == null && asTable.isPresent() && refs.find(phrase, tableIn(rest)).isEmpty()) {
            String from = refs.table(phrase, "rename a table");
            return new Change(List.of(new RenameTable(from, target)), target, List.of("Renames table " + from + " to " + target + "; running code that uses the old name breaks."), List.of());
        }
        Ref ref = refs.ref(phrase, tableIn(rest), "rename a column to " + target);
        if (schema.requireTable(ref.table()).hasColumn(target)) {
            throw new ChangeNotUnderstood("rename " + ref.qualified() + " to " + target, List.of(), Optional.empty(), List.of(),
                    Optional.of(ref.table() + " already has a column " + target));
        }
        if (sideBySide) return expand(ref, target);
        Table t = schema.requireTable(ref.table());
        Pattern word = Pattern.compile("\\b" + Pattern.quote(ref.column()) + "\\b");
        List<Check> mentioning = t.checks().stream().filter(c -> word.matcher(c.expression()).find()).toList();
        List<Op> ops = new ArrayList<>();
        mentioning.forEach(c -> ops.add(new DropConstraint(t.name(), c.name())));
        ops.add(new RenameColumn(t.name(), ref.column(), target));
        mentioning.forEach(c -> ops.add(new AddCheck(t.name(), new Check(c.name().equals(naming.check(t.name(), ref.column())) ? naming.check(t.name(), target) : c.name(),
                word.matcher(c.expression()).replaceAll(target)))));
        return new Change(ops, t.name(), List.of("Renames " + ref.qualified() + " to " + target + "; running code that uses the old name breaks "
                + "(say that old and new code run side by side for expand/contract)."), List.of());
    }

    /** Expand: the new column beside the old one, filled from it; the old column stays until a later turn drops it (contract). */
    private Change expand(Ref ref, String target) {
        Column old = schema.requireTable(ref.table()).column(ref.column()).orElseThrow();
        Column fresh = old.withName(target).withNullable(true).withDefault(old.defaultValue());
        List<Op> ops = List.of(new AddColumn(ref.table(), new Column(fresh.name(), fresh.type(), true, fresh.defaultValue(), false, Optional.empty())),
                DataMigration.portable("copy " + ref.qualified() + " into " + target, "UPDATE " + ref.table() + " SET " + target + " = " + ref.column()
                        + " WHERE " + target + " IS NULL", null));
        return new Change(ops, ref.table(), List.of("Expand step of renaming " + ref.qualified() + " to " + target + ": adds " + target + " beside "
                + ref.column() + " and copies the values, so old code (reading " + ref.column() + ") and new code (reading " + target + ") run side by side. "
                + "Write both columns until every instance runs the new code, then ask to drop " + ref.qualified() + " (contract)."), List.of());
    }

    private Change changeType(Ref ref, LogicalType type) {
        Column c = schema.requireTable(ref.table()).column(ref.column()).orElseThrow();
        if (c.type().equals(type)) return new Change(List.of(), ref.table(), List.of(ref.qualified() + " is already " + type.describe() + "; nothing to change."), List.of());
        return new Change(List.of(new AlterColumn(ref.table(), ref.column(), type, c.nullable(), c.defaultValue())), ref.table(),
                List.of("Changes " + ref.qualified() + " from " + c.type().describe() + " to " + type.describe()
                        + "; this rewrites the table, and narrowing can fail on existing values."), List.of());
    }

    private Change check(String phrase, String bound, String rest) {
        Ref ref = refs.ref(phrase, tableIn(rest), "add a CHECK");
        String c = ref.column();
        LogicalType type = schema.requireTable(ref.table()).column(c).orElseThrow().type();
        if (!type.isInteger() && !(type instanceof LogicalType.Decimal) && !(type instanceof LogicalType.Double)) {
            throw new ChangeNotUnderstood("add a CHECK on " + ref.qualified() + " (" + bound.strip() + ")", List.of(), Optional.of("change " + ref.qualified() + " to integer"),
                    List.of(), Optional.of(ref.qualified() + " is " + type.describe() + ", and a numeric bound needs a number column; change its type first"));
        }
        String b = bound.strip();
        String expr;
        Matcher between = Pattern.compile("(?:between|from)\\s+(-?[\\d.]+)\\s+(?:and|to)\\s+(-?[\\d.]+)").matcher(b);
        if (between.matches()) {
            double lo = Double.parseDouble(between.group(1)), hi = Double.parseDouble(between.group(2));
            expr = c + " BETWEEN " + (lo <= hi ? between.group(1) : between.group(2)) + " AND " + (lo <= hi ? between.group(2) : between.group(1));
        } else if (b.equals("positive")) expr = c + " > 0";
        else if (b.matches("non-negative|nonnegative|not negative")) expr = c + " >= 0";
        else if (b.startsWith("at least")) expr = c + " >= " + b.substring(8).strip();
        else if (b.startsWith("at most")) expr = c + " <= " + b.substring(7).strip();
        else if (b.matches("(greater than|above).*")) expr = c + " > " + b.replaceAll("\\D*(-?\\d+)$", "$1");
        else if (b.matches("(less than|below).*")) expr = c + " < " + b.replaceAll("\\D*(-?\\d+)$", "$1");
        else expr = c + " " + b.replaceAll("\\s+", " ");
        String name = naming.check(ref.table(), c);
        List<Op> ops = new ArrayList<>();
        Optional<Check> old = schema.requireTable(ref.table()).check(name);
        old.ifPresent(x -> ops.add(new DropConstraint(ref.table(), name)));
        ops.add(new AddCheck(ref.table(), new Check(name, expr), original.hasTable(ref.table())));
        return new Change(ops, ref.table(), List.of((old.isPresent() ? "Replaces check " + name + " (" + old.get().expression() + ") with (" : "Adds check " + name + " (")
                + expr + "); existing rows must satisfy it."), List.of());
    }

    /** "one vote per user per poll": votes (user_id, poll_id) unique together. */
    private Change perUnique(Matcher m) {
        String understood = "one " + m.group(1) + " per " + m.group(2) + ": a composite unique constraint";
        String table = refs.table(m.group(1), understood);
        Table t = schema.requireTable(table);
        List<String> words = new ArrayList<>(List.of(m.group(2)));
        for (String w : m.group(3).split("\\s*(?:,|\\band\\b|\\bper\\b|\\bfor each\\b|\\bfor every\\b)\\s*")) if (!w.isBlank()) words.add(w.strip());
        List<String> columns = new ArrayList<>();
        for (String w : words) columns.add(refs.ref(w, Optional.of(table), understood).column());
        return unique(t, columns);
    }

    Change unique(Table t, List<String> columns) {
        Optional<Unique> already = t.uniques().stream().filter(u -> u.columns().equals(columns)).findFirst();
        if (already.isPresent()) return new Change(List.of(), t.name(), List.of(t.name() + " (" + String.join(", ", columns) + ") is already unique; nothing to change."), List.of());
        String name = naming.unique(t.name(), columns);
        return new Change(List.of(new AddUnique(t.name(), new Unique(name, columns))), t.name(), List.of("Adds unique constraint " + name + " on " + t.name()
                + " (" + String.join(", ", columns) + "); existing duplicates must be resolved first."), List.of());
    }

    /** "index tracks by composer", "an index on tickets (category, severity)", "index by category and severity, only open ones". */
    private Change index(boolean unique, String rest) {
        String body = rest == null ? "" : rest.strip();
        Optional<String> where = Optional.empty();
        String partialWords = null;
        Matcher explicitWhere = WHERE.matcher(body);
        Matcher p = PARTIAL.matcher(body);
        if (explicitWhere.matches()) {
            body = explicitWhere.group(1);
            partialWords = explicitWhere.group(2);
        } else if (p.matches()) {
            body = p.group(1) != null ? p.group(1) : p.group(4);
            partialWords = p.group(1) != null ? (p.group(2) == null ? "" : "not ") + p.group(3) : p.group(5);
        }
        String understood = "add " + (unique ? "a unique " : "an ") + "index";
        body = body.replaceAll("^(?:for|to)\\s+(?:looking up|look up|lookups? of|finding|searching|querying|filtering|fetching|sorting|listing)\\s+", "on ")
                .replaceAll("\\b(?:looking up|look up|lookups?|finding|searching|queries|querying|filtering|sorting|listing|that|which|we|i)\\b", " ").replaceAll("\\s+", " ").strip();
        Optional<String> table = Optional.empty();
        String columns = body;
        Matcher parens = Pattern.compile("(?:(?:on|for|over)\\s+)?(?:the\\s+)?([a-z_][a-z0-9_ ]*?)?\\s*\\(([^)]*)\\)").matcher(body);
        Matcher onBy = Pattern.compile("(?:on|for|over|of|in|en|de|sobre|auf)?\\s*(?:the\\s+|la\\s+|el\\s+|los\\s+|las\\s+|die\\s+)?([a-z_][a-z0-9_ ]*?)(?:\\s+table)?\\s+(?:by|on|using|over|with|for|por|nach)\\s+(.+)").matcher(body);
        Matcher byOnly = Pattern.compile("(?:on|by|for|over|using|por|nach|sobre|auf)\\s+(.+?)(?:\\s+(?:on|in|of|for|de|en)\\s+(?:the\\s+)?([a-z_][a-z0-9_ ]*?)(?:\\s+table)?)?").matcher(body);
        if (parens.matches()) {
            if (parens.group(1) != null && !parens.group(1).isBlank()) table = Optional.of(refs.table(parens.group(1), understood));
            columns = parens.group(2);
        } else if (onBy.matches() && refs.names().table(ColumnRefs.bare(onBy.group(1))).isPresent()) {
            table = refs.names().table(ColumnRefs.bare(onBy.group(1)));
            columns = onBy.group(2);
        } else if (byOnly.matches()) {
            columns = byOnly.group(1);
            if (byOnly.group(2) != null) table = Optional.of(refs.table(byOnly.group(2), understood));
        }
        List<Ref> cols = new ArrayList<>();
        for (String item : Words.items(columns.replaceAll("\\s+then\\s+", ", "))) {
            if (item.isBlank()) continue;
            Ref ref = refs.ref(item, table.or(() -> cols.isEmpty() ? Optional.empty() : Optional.of(cols.get(0).table())), understood);
            if (!cols.isEmpty() && !ref.table().equals(cols.get(0).table())) {
                throw new ChangeNotUnderstood(understood, List.of(item), Optional.empty(), List.of(), Optional.of("an index covers one table, and " + item + " is on " + ref.table()));
            }
            cols.add(ref);
        }
        if (cols.isEmpty()) {
            String t = table.or(refs::focus).orElse("");
            throw new ChangeNotUnderstood(understood, List.of(body), Optional.empty(), t.isEmpty() ? List.of() : schema.requireTable(t).columns().stream().map(c -> t + "." + c.name()).toList(),
                    Optional.of("the request names no column to index"));
        }
        Table t = schema.requireTable(cols.get(0).table());
        List<String> names = cols.stream().map(Ref::column).toList();
        if (partialWords != null) where = Optional.of(PartialPredicate.read(partialWords, schema, t, understood));
        List<String> nameParts = new ArrayList<>(names);
        where.ifPresent(w -> nameParts.add(PartialPredicate.nameWord(w)));
        String name = unique ? naming.unique(t.name(), nameParts) : naming.index(t.name(), nameParts);
        List<String> wanted = names;
        Optional<String> whereFinal = where;
        Optional<Index> serving = t.indexes().stream().filter(i -> i.columnNames().equals(wanted) && i.unique() == unique && i.where().equals(whereFinal)).findFirst();
        if (serving.isPresent()) return new Change(List.of(), t.name(), List.of("Index " + serving.get().name() + " already covers " + t.name() + " (" + String.join(", ", names) + "); nothing to change."), List.of());
        Index index = Index.on(name, names.toArray(String[]::new)).withUnique(unique).withWhere(where);
        return new Change(List.of(new CreateIndex(t.name(), index, original.hasTable(t.name()))), t.name(),
                List.of("Adds " + (unique ? "unique " : "") + "index " + name + " on " + t.name() + " (" + String.join(", ", names) + ")"
                        + where.map(w -> " WHERE " + w).orElse("") + (original.hasTable(t.name()) ? ", built concurrently on PostgreSQL." : ".")), List.of());
    }

    /** A table the tail of a sentence names ("… in tickets", "… on the orders table"). */
    private Optional<String> tableIn(String rest) {
        if (rest == null) return Optional.empty();
        Matcher m = Pattern.compile("^\\s*(?:in|on|of|for|from|de|en)\\s+(?:the\\s+)?([a-z_][a-z0-9_ ]*?)(?:\\s+table)?\\s*(?:[,;(].*|\\s+(?:with|where|so|and|existing|but|while|because).*)?$").matcher(rest);
        return m.matches() ? refs.names().table(ColumnRefs.bare(m.group(1))) : Optional.empty();
    }
}
