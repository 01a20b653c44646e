package dev.schemadesigner.plan;

import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.EntitySpec.Fk;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table the user names in one sentence without listing its columns — "add a new table for customer notes
 * linked to feedback_analysis", "create a customer_notes table that references feedback_analysis" — read as a
 * new table with the user's name (never a catalogue table that shares one of its words: customer notes are not
 * customers) and, when the sentence links it to a table that exists, a required key to that table. The catalogue
 * still answers when it knows the whole phrase; a list of columns is left to the request reader.
 */
final class NewTablePhrase {
    private NewTablePhrase() {}

    private static final String ASK = "\\b(?:add|adds|adding|create|creates|make|need|needs|want|wants|new)\\b";
    private static final String NAME = "([a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*){0,3}?)";
    private static final String END = "(?=\\s+(?:linked|connected|tied|attached|related|that|which|to track|for each|per)\\b|\\s*[,.;!]|\\s*$)";
    private static final Pattern TABLE_FOR = Pattern.compile(ASK + "[^.;:]*?\\btable (?:for|of) (?:the |our |all |each |every )?" + NAME + END);
    private static final Pattern NAMED_TABLE = Pattern.compile(ASK + " (?:(?:a|an|the|new|one|another) )*(?!(?:a|an|the|new|one|another|separate|extra|simple|small|single)\\b)([a-z][a-z0-9_]*) table\\b" + END.replace("(?=", "(?=\\s*$|"));
    /** "customer_notes references feedback_analysis": a table named by an identifier the user wrote, as the subject of a link. */
    private static final Pattern SUBJECT = Pattern.compile("^(?:the |a |an |each |every |new )?([a-z][a-z0-9]*_[a-z0-9_]+)(?: table)? "
            + "(?:(?:is |are )?(?:linked|connected|tied|attached|related) to|references?|points? to|belongs? to)\\b");
    private static final Pattern LINK = Pattern.compile("\\b(?:(?:linked|connected|tied|attached|related) to|references?|referencing|points? to|belongs? to|belonging to)"
            + " (?:an? |the |each |its |one )?(?:row (?:of|in) )?([a-z][a-z0-9_]*)");
    private static final Pattern LISTS_COLUMNS = Pattern.compile("\\bwith\\b|\\bhaving\\b|[:(]|\\bcolumns?\\b|\\bfields?\\b");
    /** Words for a table of written remarks: its content column is text. */
    private static final Set<String> WRITTEN = Set.of("note", "notes", "comment", "comments", "remark", "remarks", "memo", "memos",
            "annotation", "annotations", "message", "messages", "reply", "replies");

    /**
     * The table {@link #named} found in the sentence, as a spec when the sentence says enough to build it — a link to a table that
     * exists, or a table of written remarks (notes, comments) whose content is text; else empty (see {@link #named}).
     */
    static Optional<EntitySpec> read(String sentence, String table, Schema current) {
        String s = Words.normalize(sentence).strip();
        List<Col> columns = new ArrayList<>();
        Matcher link = LINK.matcher(s);
        if (link.find()) {
            Optional<Table> parent = DraftTables.resolve(link.group(1), current.tables().stream().map(Table::name).toList()).flatMap(current::table);
            if (parent.isEmpty()) return Optional.empty();
            columns.add(Col.of(Naming.singular(parent.get().name()) + "_id", keyType(parent.get()), false)
                    .withFk(new Fk(parent.get().name(), FkAction.CASCADE, Optional.empty())));
        }
        String last = table.substring(table.lastIndexOf('_') + 1);
        if (WRITTEN.contains(last)) {
            columns.add(Col.of("body", LogicalType.TEXT, false));
            return Optional.of(EntitySpec.of(table, columns).withNotes(table + " holds what the request names: "
                    + (columns.size() > 1 ? "a key to its parent and " : "") + "the text (body); say which other columns it needs."));
        }
        if (columns.isEmpty()) return Optional.empty();
        EntitySpec starter = EntitySpec.starter(table);
        columns.addAll(starter.columns());
        return Optional.of(starter.withColumns(columns));
    }

    /** The new table the sentence names in the user's words, when the catalogue does not know the whole phrase. */
    static Optional<String> named(String sentence, Schema current, EntityCatalogue catalogue) {
        String s = Words.normalize(sentence).strip();
        if (LISTS_COLUMNS.matcher(s).find()) return Optional.empty();
        Optional<String> words = first(TABLE_FOR, s).or(() -> first(NAMED_TABLE, s)).or(() -> first(SUBJECT, s));
        if (words.isEmpty() || catalogue.tableFor(words.get()).isPresent()) return Optional.empty();
        String table = tableName(words.get());
        return current.hasTable(table) || table.equals("x") ? Optional.empty() : Optional.of(table);
    }

    private static Optional<String> first(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The user's words in snake_case, the last one plural: "customer notes" → customer_notes, "audit entry" → audit_entries. */
    private static String tableName(String words) {
        String snake = Naming.snake(words);
        int cut = snake.lastIndexOf('_') + 1;
        return snake.substring(0, cut) + Naming.plural(snake.substring(cut));
    }

    private static LogicalType keyType(Table parent) {
        return parent.primaryKey().filter(pk -> pk.columns().size() == 1).flatMap(pk -> parent.column(pk.columns().get(0)))
                .map(c -> c.type()).orElse(LogicalType.BIGINT);
    }
}
