package dev.schemadesigner.plan;

import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.DataMigration;
import dev.schemadesigner.change.DropTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.plan.ChangeRequestParser.Change;
import dev.schemadesigner.plan.ColumnRefs.Ref;
import dev.schemadesigner.schema.Check;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.PrimaryKey;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;
import dev.schemadesigner.schema.Unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes over more than one column's table: split columns out into a new one-to-one table, merge a
 * table back into the one it references, add a column to every table of a group (tables named with
 * the group's prefix, or all of them), and drop a column named in any of the ways {@link ColumnRefs}
 * reads. Data moves with the columns as data migrations in both directions.
 */
final class TableChangeForms {

    private static final String NAME = "([a-z_][a-z0-9_]*)";
    static final Pattern SPLIT = Pattern.compile("(?:.*?\\b)?(?:split|move|extract|pull)\\s+(?:the\\s+)?(.+?)\\s+(?:columns?\\s+|fields?\\s+)?(?:out\\s+)?(?:of|from)\\s+(?:the\\s+)?"
            + "([a-z_][a-z0-9_ ]*?)(?:\\s+table)?\\s+(?:into|to|in)\\s+(?:an?\\s+)?(?:new\\s+|separate\\s+|own\\s+|its own\\s+)*(?:table\\s+)?(?:called\\s+|named\\s+)?" + NAME + "(?:\\s+table)?\\s*");
    static final Pattern MERGE = Pattern.compile("(?:.*?\\b)?(?:merge|fold|combine|fuse)\\s+(?:the\\s+)?" + NAME + "(?:\\s+table)?\\s+(?:back\\s+)?(?:into|with|in)\\s+(?:the\\s+)?" + NAME + "(?:\\s+table)?\\s*");
    static final Pattern GROUP = Pattern.compile("(?:.*?\\b)?(?:add|put|give)\\s+(?:an?\\s+)?(.+?)\\s+(?:columns?\\s+|fields?\\s+)?(?:to|on|in|for)\\s+(?:every|each|all(?:\\s+of)?(?:\\s+the)?)\\s+"
            + "(?:([a-z_]+)\\s+)?tables?(?:\\s+(?:in|of|under|from|for)\\s+(?:the\\s+)?([a-z_]+)(?:\\s+(?:group|module|schema|area|domain|section|part))?)?\\s*");
    static final Pattern DROP = Pattern.compile("(?:.*?\\b)?(?:drop|remove|delete|get rid of|elimina|borra|quita|entferne|lösche)\\s+(?:the\\s+|la\\s+|el\\s+|die\\s+|das\\s+)?(column\\s+|field\\s+|columna\\s+|campo\\s+|spalte\\s+|feld\\s+)?(.+?)\\s*");

    private static final Pattern REPLACED_BY = Pattern.compile("(.+?)\\s*,?\\s*(?:now\\s+)?(?:replaced by|in favou?r of|superseded by|now that we have|since we have)\\s+(?:the\\s+)?([a-z_][a-z0-9_]*)(?:\\s+column)?");

    private final Schema schema;
    private final Schema original;
    private final Naming naming;
    private final ColumnRefs refs;
    private final PlanningContext context;
    private final BiFunction<String, String, Optional<Change>> addColumn;
    private final DropColumn dropColumn;

    /** How the parser drops a column: with what uses it, refilled on downgrade from a replacing column. */
    interface DropColumn { Change drop(String table, String column, Optional<String> replacedBy); }

    TableChangeForms(Schema schema, Schema original, PlanningContext context, ColumnRefs refs,
                     BiFunction<String, String, Optional<Change>> addColumn, DropColumn dropColumn) {
        this.schema = schema;
        this.original = original;
        this.naming = context.naming();
        this.context = context;
        this.refs = refs;
        this.addColumn = addColumn;
        this.dropColumn = dropColumn;
    }

    static boolean recognizes(String s) {
        return SPLIT.matcher(s).matches() || MERGE.matcher(s).matches() || GROUP.matcher(s).matches()
                || DROP.matcher(s).matches() && !s.matches(".*\\b(?:tables?|index|constraint|database|schema)\\b.*");
    }

    Optional<Change> read(String s) {
        Matcher m;
        if ((m = SPLIT.matcher(s)).matches()) return Optional.of(split(m.group(1), m.group(2), Naming.snake(m.group(3))));
        if ((m = MERGE.matcher(s)).matches()) return Optional.of(merge(m.group(1), m.group(2)));
        if ((m = GROUP.matcher(s)).matches()) return Optional.of(group(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
        if ((m = DROP.matcher(s)).matches() && !m.group(2).matches(".*\\b(index|constraint|table|tabla|tabelle|check|unique)\\b.*")) {
            boolean columnWord = m.group(1) != null;
            Matcher replaced = REPLACED_BY.matcher(m.group(2));
            String phrase = replaced.matches() ? replaced.group(1) : m.group(2);
            Optional<String> by = replaced.matches() ? Optional.of(Naming.snake(replaced.group(2))) : Optional.empty();
            Optional<Ref> ref = refs.find(phrase, Optional.empty());
            if (ref.isPresent()) return Optional.of(dropColumn.drop(ref.get().table(), ref.get().column(), by));
            if (columnWord || phrase.matches(".*\\b(from|of|on|in|de|aus|von)\\b.*")) {
                Ref named = refs.ref(phrase, Optional.empty(), "drop a column");
                return Optional.of(dropColumn.drop(named.table(), named.column(), by));
            }
        }
        return Optional.empty();
    }

    /** New table {@code target}: its own key, a unique reference to {@code source}, and the moved columns with their data. */
    private Change split(String columnWords, String sourceWords, String target) {
        String understood = "move columns of a table into a new table " + target;
        String source = refs.table(sourceWords, understood);
        if (schema.hasTable(target)) throw new ChangeNotUnderstood(understood, List.of(), Optional.empty(), List.of(), Optional.of("a table " + target + " already exists"));
        Table from = schema.requireTable(source);
        List<String> moved = new ArrayList<>();
        for (String item : Words.items(columnWords)) moved.add(refs.ref(item, Optional.of(source), understood).column());
        Column parentKey = from.primaryKey().map(pk -> from.column(pk.columns().get(0)).orElseThrow())
                .orElseThrow(() -> new ChangeNotUnderstood(understood, List.of(), Optional.empty(), List.of(), Optional.of(source + " has no primary key to reference")));
        String key = Naming.singular(source) + "_id";
        List<Column> base = context.baseColumns();
        List<Column> columns = new ArrayList<>();
        columns.add(base.get(0));
        columns.add(Column.required(key, parentKey.type()));
        for (String c : moved) columns.add(from.column(c).orElseThrow());
        base.stream().skip(1).filter(b -> !moved.contains(b.name())).forEach(columns::add);
        Table created = Table.of(target, columns, PrimaryKey.of(base.get(0).name()))
                .withForeignKey(ForeignKey.of(naming.foreignKey(target, key), key, source, parentKey.name(), FkAction.CASCADE))
                .withUnique(new Unique(naming.unique(target, List.of(key)), List.of(key)));
        for (Check ck : from.checks()) {
            if (moved.stream().anyMatch(c -> ck.expression().matches("(?s).*\\b" + Pattern.quote(c) + "\\b.*")) && moved.containsAll(columnsIn(ck.expression(), from))) {
                created = created.withCheck(new Check(ck.name().replaceFirst(Pattern.quote(source), target), ck.expression()));
            }
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new CreateTable(created));
        String list = String.join(", ", moved);
        List<String> stamped = stamped(created, moved);
        String stampColumns = stamped.stream().map(x -> ", " + x).reduce("", String::concat);
        String stampValues = stamped.stream().map(x -> ", CURRENT_TIMESTAMP").reduce("", String::concat);
        ops.add(DataMigration.portable("copy " + list + " from " + source + " into " + target,
                "INSERT INTO " + target + " (" + key + ", " + list + stampColumns + ") SELECT " + parentKey.name() + ", " + list + stampValues + " FROM " + source,
                "UPDATE " + source + " SET " + String.join(", ", moved.stream().map(c -> c + " = (SELECT " + target + "." + c + " FROM " + target + " WHERE "
                        + target + "." + key + " = " + source + "." + parentKey.name() + ")").toList())));
        Schema after = new ChangeSet(ops).apply(schema);
        List<String> notes = new ArrayList<>();
        for (String c : moved) {
            Change drop = new ChangeRequestParser(after, original, context.withFocusTable(source)).dropColumnChange(source, c);
            ops.addAll(drop.ops());
            after = new ChangeSet(drop.ops()).apply(after);
        }
        notes.add("Splits " + list + " out of " + source + " into the new table " + target + " (one row per " + Naming.singular(source) + ", " + target + "." + key
                + " unique, ON DELETE CASCADE); the values are copied over before the columns are dropped, and copied back on downgrade.");
        return new Change(ops, target, notes, List.of());
    }

    /** Base-model timestamps the ORM fills (no server default): a data migration fills them the way the ORM would. */
    private static List<String> stamped(Table t, List<String> copied) {
        return t.columns().stream().filter(x -> !x.nullable() && x.defaultValue().isEmpty() && !x.identity()
                && x.type() instanceof dev.schemadesigner.schema.LogicalType.Timestamp && !copied.contains(x.name())).map(Column::name).toList();
    }

    private static List<String> columnsIn(String expression, Table t) {
        return t.columns().stream().map(Column::name).filter(c -> expression.matches("(?s).*\\b" + Pattern.quote(c) + "\\b.*")).toList();
    }

    /** {@code child}'s own columns move into {@code parent}, filled from the row that references it; then {@code child} is dropped. */
    private Change merge(String childWords, String parentWords) {
        String understood = "merge one table into another";
        String child = refs.table(childWords, understood);
        String parent = refs.table(parentWords, understood);
        Table c = schema.requireTable(child);
        Table p = schema.requireTable(parent);
        ForeignKey link = c.foreignKeys().stream().filter(f -> f.referencedTable().equals(parent) && f.columns().size() == 1).findFirst()
                .orElseThrow(() -> new ChangeNotUnderstood(understood, List.of(), Optional.of("merge " + parent + " into " + child).filter(x -> p.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(child))),
                        List.of(), Optional.of(child + " has no foreign key to " + parent + ", so its rows cannot be matched to " + parent + " rows")));
        String key = link.columns().get(0);
        String parentKey = link.referencedColumns().get(0);
        List<String> baseNames = context.baseColumns().stream().map(Column::name).toList();
        List<String> pk = c.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        List<Column> moving = c.columns().stream().filter(x -> !x.name().equals(key) && !pk.contains(x.name()) && !baseNames.contains(x.name())).toList();
        for (Column x : moving) {
            if (p.hasColumn(x.name())) throw new ChangeNotUnderstood(understood, List.of(), Optional.empty(), List.of(), Optional.of(parent + " already has a column " + x.name()));
        }
        if (!schema.referencing(child).isEmpty()) {
            throw new ChangeNotUnderstood(understood, List.of(), Optional.empty(), List.of(), Optional.of(child + " is referenced by "
                    + schema.referencing(child).stream().map(Table::name).toList() + "; those keys must go first"));
        }
        List<Op> ops = new ArrayList<>();
        for (Column x : moving) ops.add(new AddColumn(parent, new Column(x.name(), x.type(), true, x.defaultValue(), false, Optional.empty())));
        List<String> names = moving.stream().map(Column::name).toList();
        String list = String.join(", ", names);
        ops.add(DataMigration.portable("copy " + list + " from " + child + " into " + parent,
                "UPDATE " + parent + " SET " + String.join(", ", names.stream().map(n -> n + " = (SELECT " + child + "." + n + " FROM " + child + " WHERE " + child + "." + key
                        + " = " + parent + "." + parentKey + " ORDER BY " + child + "." + (pk.isEmpty() ? key : pk.get(0)) + " LIMIT 1)").toList()),
                "INSERT INTO " + child + " (" + key + ", " + list + stamped(c, names).stream().map(x -> ", " + x).reduce("", String::concat) + ") SELECT " + parentKey + ", " + list
                        + stamped(c, names).stream().map(x -> ", CURRENT_TIMESTAMP").reduce("", String::concat) + " FROM " + parent + " WHERE "
                        + String.join(" OR ", names.stream().map(n -> n + " IS NOT NULL").toList())));
        ops.add(new DropTable(child));
        return new Change(ops, parent, List.of("Merges " + child + " into " + parent + ": adds " + list + " to " + parent + " (nullable), copies each "
                + Naming.singular(parent) + "'s values over (the first " + Naming.singular(child) + " row when there are several), then drops " + child
                + "; the downgrade recreates " + child + " and copies the values back."), List.of());
    }

    /** The same column on every table of a group: tables whose names start with the group's word, or all tables. */
    private Change group(String columnPhrase, String groupWord) {
        String understood = "add a column to every table" + (groupWord == null ? "" : " in " + groupWord);
        List<String> members = schema.tables().stream().map(Table::name).filter(t -> groupWord == null || inGroup(t, groupWord)).toList();
        if (members.isEmpty()) {
            List<String> prefixes = schema.tables().stream().map(Table::name).filter(t -> t.contains("_")).map(t -> t.substring(0, t.indexOf('_'))).distinct()
                    .filter(pre -> schema.tables().stream().filter(t -> t.name().startsWith(pre + "_")).count() >= 2).toList();
            throw new ChangeNotUnderstood(understood, List.of(groupWord), prefixes.stream().min(java.util.Comparator.comparingInt(x -> SchemaNames.distance(x, groupWord))),
                    prefixes, Optional.of("no table belongs to a group \"" + groupWord + "\" (no table name starts with " + groupWord + "_)"));
        }
        List<Op> ops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Schema at = schema;
        for (String t : members) {
            Change one = addColumn.apply(t, columnPhrase).orElseThrow(() -> new ChangeNotUnderstood(understood, List.of(columnPhrase), Optional.empty(), List.of(),
                    Optional.of("\"" + columnPhrase + "\" does not read as a column")));
            ops.addAll(one.ops());
            notes.addAll(one.notes());
            at = new ChangeSet(one.ops()).apply(at);
        }
        return new Change(ops, members.get(members.size() - 1), notes, List.of());
    }

    private static boolean inGroup(String table, String group) {
        String g = Naming.singular(group);
        return table.startsWith(group + "_") || table.startsWith(g + "_") || table.equals(group);
    }
}
