package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddCheck;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.AddForeignKey;
import dev.schemadesigner.change.AddUnique;
import dev.schemadesigner.change.AlterColumn;
import dev.schemadesigner.change.CreateEnum;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.DropColumn;
import dev.schemadesigner.change.DropConstraint;
import dev.schemadesigner.change.DropForeignKey;
import dev.schemadesigner.change.DropIndex;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.InvalidChange;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.change.RenameColumn;
import dev.schemadesigner.change.RenameTable;
import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.EntitySpec.EnumStyle;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.DefaultValue;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.SqlExpressions;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Change sentences against the current schema → operations: add / drop / rename a column, make a
 * column unique or (not) null, change its type, add an index, a foreign key or a check, drop an
 * index or a table, rename a table. A request that names nothing resolvable is not a change
 * ({@code Optional.empty()}); one that is a change but cannot apply throws {@link InvalidChange}.
 */
final class ChangeRequestParser {

    /** The operations for one sentence, the table they are about, and what to tell the user. */
    record Change(List<Op> ops, String table, List<String> notes, List<BackReference> backReferences) {}

    private static final String ID = "([a-z_][a-z0-9_]*)";
    private static final String TABLE_TAIL = "(?:\\s+(?:to|on|in|into|from|of|for)\\s+(?:the\\s+)?([a-z_][a-z0-9_ ]*?)(?:\\s+table)?)?";
    private static final Pattern ADD_INDEX = Pattern.compile(".*\\b(?:add|create|build|need|want)\\b.*?\\b(unique\\s+)?(?:composite\\s+|partial\\s+)?index\\b\\s*(?:on|for|over)?\\s*(.*)");
    private static final Pattern ADD_COLUMN = Pattern.compile(".*?\\b(?:add|create|include|introduce|put)\\s+(?:(?:a|an|the|new|another|one)\\s+)*(.+?)\\s+(?:column|field|attribute)"
            + TABLE_TAIL + "(?:\\s+(?:as|of type|with type|typed)\\s+(.+))?");
    private static final Pattern ADD_COLUMN_NAMED = Pattern.compile(".*?\\b(?:add|create)\\s+(?:(?:a|an|the|new)\\s+)*(?:column|field)\\s+" + ID + "(.*?)" + TABLE_TAIL);
    private static final Pattern ADD_QUALIFIED = Pattern.compile(".*?\\b(?:add|create)\\s+(?:(?:a|an|the|new)\\s+)*(?:column\\s+|field\\s+)?" + ID + "\\." + ID + "(.*)");
    private static final Pattern DROP_TABLE = Pattern.compile(".*?\\b(?:drop|remove|delete)\\s+(?:the\\s+)?(?:table\\s+" + ID + "|" + ID + "\\s+table)");
    private static final Pattern DROP_INDEX = Pattern.compile(".*?\\b(?:drop|remove|delete)\\s+(?:the\\s+)?index\\s+" + ID + ".*");
    private static final Pattern DROP_COLUMN = Pattern.compile(".*?\\b(?:drop|remove|delete)\\s+(?:the\\s+)?(?:column\\s+|field\\s+)?" + ID + "(?:\\s+(?:column|field))?" + TABLE_TAIL);
    private static final Pattern RENAME = Pattern.compile(".*?\\brename\\s+(?:the\\s+)?(?:(column|field|table)\\s+)?" + ID + "(?:\\s+(column|field|table))?"
            + "(?:\\s+(?:in|on|of)\\s+(?:the\\s+)?" + ID + "(?:\\s+table)?)?\\s+(?:to|as|into)\\s+" + ID + TABLE_TAIL);
    private static final Pattern UNIQUE = Pattern.compile(".*?\\b(?:make|set|mark)\\s+(?:the\\s+)?(.+?)\\s+(?:columns?\\s+)?unique" + TABLE_TAIL
            + "|.*?\\b(?:add|create)\\s+(?:an?\\s+)?unique(?:\\s+constraint)?\\s+(?:on|for|over)\\s+(.+)|(.+?)\\s+(?:must|should)\\s+be\\s+unique" + TABLE_TAIL);
    private static final String TABLE_IN = "(?:\\s+(?:in|on|of)\\s+(?:the\\s+)?([a-z_][a-z0-9_]*)(?:\\s+table)?)?";
    private static final Pattern NULLABILITY = Pattern.compile(".*?\\b(?:make|set|mark)\\s+(?:the\\s+)?" + ID + "(?:\\s+column)?" + TABLE_IN
            + "(?:\\s+(?:to|as|is|to be))?\\s+(not null|non-null|required|mandatory|nullable|optional|null)" + TABLE_IN);
    private static final Pattern ADD_BARE = Pattern.compile("(?:\\w+\\s+){0,3}?(?:add|include)\\s+(?:an?\\s+|the\\s+)?" + ID + "\\s+(?:to|on|in)\\s+(?:the\\s+)?" + ID + "(?:\\s+table)?");
    private static final Pattern FOREIGN_KEY = Pattern.compile(".*?\\b(?:foreign key|fk|reference|relation|link)\\b(?:\\s+constraint)?\\s+from\\s+(?:the\\s+)?" + ID + "\\." + ID
            + "\\s+to\\s+(?:the\\s+)?" + ID + "(?:\\." + ID + ")?(.*)|.*?\\b" + ID + "\\." + ID + "\\s+(?:should\\s+)?references?\\s+" + ID + "(?:\\." + ID + ")?(.*)");
    private static final Pattern CHANGE_TYPE = Pattern.compile(".*?\\b(?:change|alter|convert|make|set)\\s+(?:the\\s+)?(?:type\\s+of\\s+(?:the\\s+)?)?" + ID + "(?:\\s+column)?"
            + "(?:\\s+(?:in|on|of)\\s+(?:the\\s+)?" + ID + ")?\\s+(?:to|into|type to|to type|an?)\\s+(?:an?\\s+)?(.+)");
    private static final Pattern CHECK = Pattern.compile(".*?\\b" + ID + "\\s+(?:must|should|has to)\\s+(?:always\\s+)?be\\s+(?:between\\s+)?(-?\\d+)\\s*(?:and|to|-)\\s*(-?\\d+)(.*)"
            + "|.*?\\b" + ID + "\\s+(?:must|should|has to)\\s+(?:always\\s+)?be\\s+(positive|non-negative|nonnegative|at least zero|>= ?0|> ?0)(.*)");

    private final Schema original;
    private final TableResolver tables;
    private final PlanningContext context;
    private final Naming naming;

    ChangeRequestParser(Schema schema, Schema original, PlanningContext context) {
        this.original = original;
        this.tables = new TableResolver(schema, context.focusTable());
        this.context = context;
        this.naming = context.naming();
    }

    /** Whether the sentence has the shape of a change request, whatever it names. */
    /** Longer sentences are not read as one change: the patterns backtrack, and no change request is this long. */
    static final int MAX_CHANGE_SENTENCE_CHARS = 600;

    static boolean recognizes(String sentence) {
        if (sentence.length() > MAX_CHANGE_SENTENCE_CHARS) return false;
        return ChangeForms.recognizes(ChangeGloss.english(sentence.trim())) || recognizesAmongDesigns(sentence);
    }

    /**
     * The change shapes that stay changes inside a message that also designs tables; the wider forms of
     * {@link ChangeForms} ("one X per Y", "index … by …") are read as changes only in a message of changes alone.
     */
    static boolean recognizesAmongDesigns(String sentence) {
        if (sentence.length() > MAX_CHANGE_SENTENCE_CHARS) return false;
        String s = ChangeGloss.english(sentence.trim());
        for (Pattern p : List.of(FOREIGN_KEY, RENAME, DROP_INDEX, DROP_TABLE, DROP_COLUMN, ADD_INDEX, UNIQUE, NULLABILITY, CHECK, ADD_QUALIFIED, ADD_COLUMN_NAMED, ADD_COLUMN, ADD_BARE)) {
            if (p.matcher(s).matches()) return true;
        }
        Matcher m = CHANGE_TYPE.matcher(s);
        return m.matches() && ColumnInference.parseType(m.group(3).trim().split("\\s+")[0]).isPresent();
    }

    Optional<Change> parse(String sentence) {
        if (sentence.length() > MAX_CHANGE_SENTENCE_CHARS) return Optional.empty();
        String s = ChangeGloss.english(sentence.trim());
        Optional<Change> read = new ChangeForms(tables.schema(), original, context, this).read(s);
        if (read.isPresent()) return read;
        Matcher m;
        if ((m = FOREIGN_KEY.matcher(s)).matches()) return Optional.of(foreignKey(m));
        if ((m = RENAME.matcher(s)).matches()) return Optional.of(rename(m));
        if ((m = DROP_INDEX.matcher(s)).matches()) return dropIndex(m.group(1));
        if ((m = DROP_TABLE.matcher(s)).matches() && !s.contains(" column")) return dropTable(m.group(1) != null ? m.group(1) : m.group(2));
        if ((m = DROP_COLUMN.matcher(s)).matches() && !s.matches(".*\\b(index|constraint)\\b.*")) return dropColumn(s, m.group(1), m.group(2));
        if ((m = ADD_INDEX.matcher(s)).matches()) return addIndex(s, m.group(1) != null, m.group(2));
        if ((m = UNIQUE.matcher(s)).matches()) {
            String cols = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            return makeUnique(s, cols);
        }
        if ((m = NULLABILITY.matcher(s)).matches()) {
            return nullability(s, m.group(1), m.group(2) != null ? m.group(2) : m.group(4), !m.group(3).matches("nullable|optional|null"));
        }
        if ((m = CHECK.matcher(s)).matches()) return check(s, m);
        if ((m = ADD_QUALIFIED.matcher(s)).matches()) return addColumn(s, m.group(2) + " " + m.group(3), m.group(1), Optional.empty());
        if ((m = ADD_COLUMN_NAMED.matcher(s)).matches()) return addColumn(s, m.group(1) + " " + m.group(2), m.group(3), Optional.empty());
        if ((m = ADD_COLUMN.matcher(s)).matches()) return addColumn(s, m.group(1), m.group(2), Optional.ofNullable(m.group(3)));
        if ((m = ADD_BARE.matcher(s)).matches() && !m.group(1).matches("tables?|index|indexes|constraint")) return addColumn(s, m.group(1), m.group(2), Optional.empty());
        if ((m = CHANGE_TYPE.matcher(s)).matches()) {
            Optional<LogicalType> type = ColumnInference.parseType(m.group(3).trim().split("\\s+")[0]);
            if (type.isPresent()) return changeType(s, m.group(1), type.get());
        }
        return Optional.empty();
    }

    private Optional<Change> addColumn(String s, String phrase, String tableWords, Optional<String> type) {
        Optional<String> table = tableWords != null ? tables.named(tableWords) : tables.resolve(s, List.of());
        if (table.isEmpty()) return Optional.empty();
        Optional<Col> parsed = ColumnInference.fromPhrase(phrase + type.map(t -> " as " + t).orElse(""), List.of(), context.timestampType());
        if (parsed.isEmpty()) return Optional.empty();
        Col col = parsed.get();
        Table t = table(table.get());
        List<Op> ops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LogicalType columnType = col.type();
        if (col.enumStyle() == EnumStyle.TYPE) {
            List<EnumType> created = new ArrayList<>();
            EnumType enumType = TableAssembler.enumFor(t.name(), col, tables.schema(), created);
            created.forEach(e -> ops.add(new CreateEnum(e)));
            columnType = LogicalType.enumOf(enumType.name());
        }
        boolean existing = original.hasTable(t.name());
        if (existing && !col.nullable() && col.defaultValue().isEmpty()) {
            Optional<DefaultValue> fill = Defaults.safeFill(col, columnType);
            if (fill.isPresent()) {
                col = col.withDefault(fill.get());
                notes.add(t.name() + "." + col.name() + " is NOT NULL, so it gets the default " + fill.get().describe() + " for the rows that exist.");
            } else {
                col = col.withNullable(true);
                notes.add(t.name() + "." + col.name() + " is added as nullable: existing rows have no value. Backfill it, then make it NOT NULL in a later migration.");
            }
        }
        ops.add(new AddColumn(t.name(), new Column(col.name(), columnType, col.nullable(), col.defaultValue(), false, Optional.empty())));
        if (col.enumStyle() == EnumStyle.CHECK) {
            ops.add(new AddCheck(t.name(), new Check(naming.check(t.name(), col.name()), ColumnInference.inCheck(col.name(), col.enumValues())), existing));
        }
        if (col.check().isPresent()) {
            ops.add(new AddCheck(t.name(), new Check(naming.check(t.name(), col.name()), col.check().get()), existing));
        }
        if (col.unique()) ops.add(new AddUnique(t.name(), new Unique(naming.unique(t.name(), List.of(col.name())), List.of(col.name()))));
        List<BackReference> refs = new ArrayList<>();
        if (col.fk().isPresent() && tables.schema().hasTable(col.fk().get().table())) {
            ops.addAll(foreignKeyOps(t, col.name(), col.fk().get().table(), col.fk().get().onDelete(), existing, refs));
        } else if (col.indexed()) {
            ops.add(new CreateIndex(t.name(), Index.on(naming.index(t.name(), List.of(col.name())), col.name()), existing));
        }
        notes.add(0, "Adds " + t.name() + "." + col.name() + " (" + columnType.describe() + (col.nullable() ? ", NULL" : ", NOT NULL") + ").");
        return Optional.of(new Change(ops, t.name(), notes, refs));
    }

    /** A column added to a named table, as "add {@code phrase} to {@code table}" reads. */
    Optional<Change> addColumnTo(String table, String phrase) { return addColumn(phrase, phrase, table, Optional.empty()); }

    private Optional<Change> dropColumn(String s, String column, String tableWords) {
        Optional<String> table = tableWords != null ? tables.named(tableWords) : tables.resolve(s, List.of(column));
        if (table.isEmpty() || !table(table.get()).hasColumn(column)) return Optional.empty();
        return Optional.of(dropColumnChange(table.get(), column));
    }

    Change dropColumnChange(String table, String column) { return dropColumnChange(table, column, Optional.empty()); }

    /**
     * The column dropped with the indexes, keys, uniques and checks that use it. A NOT NULL column of a table
     * with rows is made nullable first, and its downgrade fills it again — from {@code replacedBy} (the column
     * an expand step copied it into) or with a placeholder of its type — before it is NOT NULL again.
     */
    Change dropColumnChange(String table, String column, Optional<String> replacedBy) {
        Table t = table(table);
        Column dropped = t.column(column).orElseThrow();
        List<Op> refill = new ArrayList<>();
        if (!dropped.nullable() && dropped.defaultValue().isEmpty() && original.hasTable(table)) {
            boolean unique = t.uniques().stream().anyMatch(u -> u.columns().contains(column)) || t.indexes().stream().anyMatch(i -> i.unique() && i.columnNames().contains(column));
            Optional<String> key = t.primaryKey().filter(pk -> pk.columns().size() == 1).map(pk -> pk.columns().get(0));
            String placeholder = placeholder(dropped.type());
            java.util.Map<String, String> down = new java.util.LinkedHashMap<>();
            if (unique && key.isPresent() && placeholder.equals("''")) {
                // a unique column's placeholder must differ per row: its name and the row's key
                down.put("mariadb", fill(table, column, replacedBy.filter(t::hasColumn), "CONCAT('" + column + "_', " + key.get() + ")"));
                down.put("any", fill(table, column, replacedBy.filter(t::hasColumn), "'" + column + "_' || " + key.get()));
            } else {
                down.put("any", fill(table, column, replacedBy.filter(t::hasColumn), placeholder));
            }
            refill.add(AlterColumn.nullability(dropped, table, true));
            refill.add(new dev.schemadesigner.change.DataMigration("nothing to move: " + table + "." + column + " is dropped next", java.util.Map.of("any", "SELECT 1"), down));
        }
        Change plain = dropColumnOps(t, column);
        List<Op> ops = new ArrayList<>();
        List<Op> uses = plain.ops().subList(0, plain.ops().size() - 1);
        ops.addAll(uses);
        ops.addAll(refill);
        ops.add(plain.ops().get(plain.ops().size() - 1));
        List<String> notes = new ArrayList<>(plain.notes());
        if (!refill.isEmpty()) notes.add("The downgrade restores " + table + "." + column + " from " + replacedBy.filter(t::hasColumn).orElse("a placeholder value")
                + " before making it NOT NULL again.");
        return new Change(ops, table, notes, List.of());
    }

    private static String fill(String table, String column, Optional<String> from, String placeholder) {
        return "UPDATE " + table + " SET " + column + " = " + from.map(f -> "COALESCE(" + f + ", " + placeholder + ")").orElse(placeholder) + " WHERE " + column + " IS NULL";
    }

    private String placeholder(LogicalType type) {
        if (type instanceof LogicalType.EnumRef e) return tables.schema().enumType(e.enumName()).map(x -> "'" + x.values().get(0) + "'").orElse("NULL");
        if (type.isInteger() || type instanceof LogicalType.Decimal || type instanceof LogicalType.Double) return "0";
        if (type instanceof LogicalType.Bool) return "FALSE";
        if (type instanceof LogicalType.Timestamp) return "CURRENT_TIMESTAMP";
        if (type instanceof LogicalType.Varchar || type instanceof LogicalType.Text) return "''";
        return "NULL";
    }

    private Change dropColumnOps(Table t, String column) {
        List<Op> ops = new ArrayList<>();
        Pattern word = Pattern.compile("\\b" + Pattern.quote(column) + "\\b");
        for (Index ix : t.indexes()) {
            boolean uses = ix.columnNames().contains(column) || ix.include().contains(column) || ix.where().map(w -> word.matcher(SqlExpressions.canonical(w)).find()).orElse(false)
                    || ix.keys().stream().anyMatch(k -> word.matcher(SqlExpressions.canonical(k.describe())).find());
            if (uses) ops.add(new DropIndex(t.name(), ix.name(), original.hasTable(t.name())));
        }
        for (ForeignKey fk : t.foreignKeys()) if (fk.columns().contains(column)) ops.add(new DropForeignKey(t.name(), fk.name()));
        for (Unique u : t.uniques()) if (u.columns().contains(column)) ops.add(new DropConstraint(t.name(), u.name()));
        for (var ck : t.checks()) if (word.matcher(SqlExpressions.canonical(ck.expression())).find()) ops.add(new DropConstraint(t.name(), ck.name()));
        ops.add(new DropColumn(t.name(), column));
        return new Change(ops, t.name(), List.of("Drops " + t.name() + "." + column + " and what uses it; the data in it is lost "
                + "(the downgrade restores the column empty). Stop reading it in the code first."), List.of());
    }

    private Change rename(Matcher m) {
        boolean tableRename = "table".equals(m.group(1)) || "table".equals(m.group(3)) || (m.group(1) == null && m.group(3) == null && tables.schema().hasTable(m.group(2)));
        String to = Naming.snake(m.group(5));
        if (tableRename) {
            String from = tables.named(m.group(2)).orElseThrow(() -> new InvalidChange("there is no table " + m.group(2) + " to rename"));
            return new Change(List.of(new RenameTable(from, to)), to, List.of("Renames table " + from + " to " + to + "; running code that uses the old name breaks."), List.of());
        }
        String tableWords = m.group(4) != null ? m.group(4) : m.group(6);
        String table = (tableWords != null ? tables.named(tableWords) : tables.resolve(m.group(0), List.of(m.group(2))))
                .orElseThrow(() -> new InvalidChange("which table has the column " + m.group(2) + "?"));
        // checks name the column inside SQL text: drop them, rename, and add them back with the new name
        String from = m.group(2);
        Pattern word = Pattern.compile("\\b" + Pattern.quote(from) + "\\b");
        List<Check> mentioning = table(table).checks().stream().filter(c -> word.matcher(c.expression()).find()).toList();
        List<Op> ops = new ArrayList<>();
        mentioning.forEach(c -> ops.add(new DropConstraint(table, c.name())));
        ops.add(new RenameColumn(table, from, to));
        mentioning.forEach(c -> ops.add(new AddCheck(table, new Check(c.name().equals(naming.check(table, from)) ? naming.check(table, to) : c.name(),
                word.matcher(c.expression()).replaceAll(to)))));
        return new Change(ops, table,
                List.of("Renames " + table + "." + from + " to " + to + "; running code that uses the old name breaks (expand-contract avoids that)."), List.of());
    }

    private Optional<Change> dropIndex(String name) {
        for (Table t : tables.schema().tables()) {
            if (t.index(name).isPresent()) {
                return Optional.of(new Change(List.of(new DropIndex(t.name(), name, original.hasTable(t.name()))), t.name(), List.of("Drops index " + name + "."), List.of()));
            }
        }
        throw new InvalidChange("there is no index named " + name);
    }

    private Optional<Change> dropTable(String words) {
        Optional<String> table = tables.named(words);
        if (table.isEmpty()) return Optional.empty();
        return Optional.of(new Change(List.of(new DropTable(table.get())), table.get(),
                List.of("Drops table " + table.get() + " and all its rows; the downgrade recreates it empty."), List.of()));
    }

    private Optional<Change> addIndex(String s, boolean unique, String rest) {
        List<String> columns = columnList(rest);
        Optional<String> table = tables.resolve(s, columns);
        if (table.isEmpty()) return Optional.empty();
        Table t = table(table.get());
        requireListed(t, rest, columns);
        columns = columns.stream().map(c -> c.contains(".") ? c.substring(c.indexOf('.') + 1) : c).filter(t::hasColumn).toList();
        if (columns.isEmpty()) throw new InvalidChange("which columns of " + t.name() + " should the index cover?");
        Index index = Index.on(unique ? naming.unique(t.name(), columns) : naming.index(t.name(), columns), columns.toArray(String[]::new)).withUnique(unique);
        return Optional.of(new Change(List.of(new CreateIndex(t.name(), index, original.hasTable(t.name()))), t.name(),
                List.of("Adds " + (unique ? "unique " : "") + "index " + index.name() + " on " + t.name() + " (" + String.join(", ", columns) + ")"
                        + (original.hasTable(t.name()) ? ", built concurrently on PostgreSQL." : ".")), List.of()));
    }

    private Optional<Change> makeUnique(String s, String phrase) {
        List<String> columns = columnList(phrase);
        Optional<String> table = tables.resolve(s, columns);
        if (table.isEmpty()) return Optional.empty();
        Table t = table(table.get());
        requireListed(t, phrase, columns);
        columns = columns.stream().map(c -> c.contains(".") ? c.substring(c.indexOf('.') + 1) : c).filter(t::hasColumn).toList();
        if (columns.isEmpty()) return Optional.empty();
        String name = naming.unique(t.name(), columns);
        List<String> wanted = columns;
        Optional<Unique> already = t.uniques().stream().filter(u -> u.columns().equals(wanted)).findFirst();
        if (already.isPresent()) {
            return Optional.of(new Change(List.of(), t.name(), List.of(t.name() + " (" + String.join(", ", columns) + ") is already unique ("
                    + already.get().name() + "); nothing to change."), List.of()));
        }
        return Optional.of(new Change(List.of(new AddUnique(t.name(), new Unique(name, columns))), t.name(),
                List.of("Adds unique constraint " + name + " on " + t.name() + " (" + String.join(", ", columns) + "); existing duplicates must be resolved first."), List.of()));
    }

    private Optional<Change> nullability(String s, String column, String tableWords, boolean notNull) {
        Optional<String> table = tableWords != null ? tables.named(tableWords) : tables.resolve(s, List.of(column));
        if (table.isEmpty() || !table(table.get()).hasColumn(column)) return Optional.empty();
        Column c = table(table.get()).column(column).get();
        return Optional.of(new Change(List.of(AlterColumn.nullability(c, table.get(), !notNull)), table.get(),
                List.of(notNull ? "Makes " + table.get() + "." + column + " NOT NULL; rows with NULL must be backfilled first."
                        : "Makes " + table.get() + "." + column + " nullable."), List.of()));
    }

    private Optional<Change> changeType(String s, String column, LogicalType type) {
        Optional<String> table = tables.resolve(s, List.of(column));
        if (table.isEmpty() || !table(table.get()).hasColumn(column)) return Optional.empty();
        Column c = table(table.get()).column(column).get();
        return Optional.of(new Change(List.of(new AlterColumn(table.get(), column, type, c.nullable(), c.defaultValue())), table.get(),
                List.of("Changes " + table.get() + "." + column + " from " + c.type().describe() + " to " + type.describe()
                        + "; this rewrites the table, and narrowing can fail on existing values."), List.of()));
    }

    private Optional<Change> check(String s, Matcher m) {
        boolean range = m.group(1) != null;
        String column = range ? m.group(1) : m.group(5);
        Optional<String> table = tables.resolve(s, List.of(column));
        if (table.isEmpty() || !table(table.get()).hasColumn(column)) return Optional.empty();
        String expr = range ? column + " BETWEEN " + Math.min(Long.parseLong(m.group(2)), Long.parseLong(m.group(3))) + " AND " + Math.max(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)))
                : m.group(6).matches("positive|> ?0") ? column + " > 0" : column + " >= 0";
        String name = naming.check(table.get(), column);
        List<Op> ops = new ArrayList<>();
        Optional<Check> old = table(table.get()).check(name);
        old.ifPresent(c -> ops.add(new DropConstraint(table.get(), name)));
        ops.add(new AddCheck(table.get(), new Check(name, expr), original.hasTable(table.get())));
        return Optional.of(new Change(ops, table.get(), List.of((old.isPresent() ? "Replaces check " + name + " (" + old.get().expression() + ") with (" : "Adds check " + name + " (")
                + expr + ")."), List.of()));
    }

    private Change foreignKey(Matcher m) {
        boolean first = m.group(1) != null;
        String table = first ? m.group(1) : m.group(6);
        String column = first ? m.group(2) : m.group(7);
        String target = first ? m.group(3) : m.group(8);
        String rest = (first ? m.group(5) : m.group(10)) == null ? "" : first ? m.group(5) : m.group(10);
        Table t = tables.schema().table(table).orElseThrow(() -> new InvalidChange("table " + table + " does not exist"));
        String parent = tables.named(target).orElseThrow(() -> new InvalidChange("table " + target + " does not exist"));
        boolean existing = original.hasTable(table);
        FkAction onDelete = rest.contains("cascade") ? FkAction.CASCADE : rest.contains("set null") ? FkAction.SET_NULL : FkAction.RESTRICT;
        List<Op> ops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!t.hasColumn(column)) {
            ops.add(new AddColumn(table, Column.optional(column, table(parent).column(context.primaryKey().name()).map(Column::type).orElse(LogicalType.INTEGER))));
            notes.add("Adds " + table + "." + column + " as nullable; backfill it before making it NOT NULL.");
        }
        List<BackReference> refs = new ArrayList<>();
        ops.addAll(foreignKeyOps(t, column, parent, onDelete, existing, refs));
        notes.add(0, "Adds foreign key " + naming.foreignKey(table, column) + " from " + table + "." + column + " to " + parent + " (ON DELETE " + onDelete.sql() + ")"
                + (existing ? ", added NOT VALID and validated in a second step on PostgreSQL." : "."));
        return new Change(ops, table, notes, refs);
    }

    /** A reference from an existing table to {@code parent} that a relationship sentence asked for: a nullable column, the key, its index. */
    Change addReference(String table, String column, String parent, FkAction onDelete) {
        Table t = table(table);
        List<Op> ops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!t.hasColumn(column)) {
            ops.add(new AddColumn(table, Column.optional(column, table(parent).column(context.primaryKey().name()).map(Column::type).orElse(LogicalType.INTEGER))));
            notes.add("Adds " + table + "." + column + " as nullable because " + table + " already has rows; backfill it, then make it NOT NULL.");
        }
        List<BackReference> refs = new ArrayList<>();
        ops.addAll(foreignKeyOps(t, column, parent, onDelete, original.hasTable(table), refs));
        return new Change(ops, table, notes, refs);
    }

    /** The key, an index that leads with its column, and the ORM relationship on both sides. */
    private List<Op> foreignKeyOps(Table t, String column, String parent, FkAction onDelete, boolean existing, List<BackReference> refs) {
        List<Op> ops = new ArrayList<>();
        ops.add(new AddForeignKey(t.name(), ForeignKey.of(naming.foreignKey(t.name(), column), column, parent, context.primaryKey().name(), onDelete), existing));
        if (t.indexes().stream().noneMatch(i -> i.leadsWith(List.of(column)))) {
            ops.add(new CreateIndex(t.name(), Index.on(naming.index(t.name(), List.of(column)), column), existing));
        }
        String role = Naming.role(column);
        String back = parent.equals(t.name()) ? "children" : t.name();
        refs.add(new BackReference(t.name(), new Relationship(role, parent, false, Optional.of(back), Optional.empty(), Optional.empty())));
        refs.add(new BackReference(parent, new Relationship(back, t.name(), true, Optional.of(role),
                onDelete == FkAction.CASCADE ? Optional.of("all, delete-orphan") : Optional.empty(), Optional.empty())));
        return ops;
    }

    /** "(status, created_at)", "status and created_at", "tickets.email" → column names. */
    /**
     * A column list in parentheses is exact: a column the table lacks is an error, not a column to
     * leave out ("(status, created_at)" on a table without status must not become an index on created_at).
     */
    private static void requireListed(Table t, String phrase, List<String> columns) {
        if (!phrase.matches("(?s).*\\(.*\\).*")) return;
        List<String> missing = columns.stream().map(c -> c.contains(".") ? c.substring(c.indexOf('.') + 1) : c)
                .filter(c -> !t.hasColumn(c)).toList();
        if (!missing.isEmpty()) throw new InvalidChange(t.name() + " has no column " + String.join(", ", missing));
    }

    private static List<String> columnList(String phrase) {
        String p = phrase;
        int open = p.indexOf('(');
        int close = p.indexOf(')', Math.max(open, 0));
        if (open >= 0 && close > open) p = p.substring(open + 1, close);
        else p = p.replaceAll("\\s+(?:to|on|in|of|for)\\s+(?:the\\s+)?[a-z_][a-z0-9_]*(?:\\s+table)?\\s*$", "");
        return Words.items(p.replaceAll("\\b(columns?|the|fields?|combination of|pair)\\b", " ")).stream()
                .map(String::trim).map(w -> w.replaceAll("[^a-z0-9_.]", "")).filter(w -> !w.isEmpty()).toList();
    }

    private Table table(String name) { return tables.schema().requireTable(name); }
}
