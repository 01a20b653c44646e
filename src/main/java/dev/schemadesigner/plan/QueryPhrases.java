package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declared query patterns: "we list pain points by category and severity" → {@code SELECT * FROM
 * pain_points WHERE category = ? ORDER BY severity} and the composite index that serves it. The
 * first column filters; later ones filter too, unless they are ordered values (times, numbers,
 * scores), which sort.
 */
final class QueryPhrases {
    private QueryPhrases() {}

    /** One declared query and the index that serves it: its columns in order and, for a partial index, its predicate. */
    record Query(String table, String sql, List<String> indexColumns, Optional<String> where) {
        Query(String table, String sql, List<String> indexColumns) { this(table, sql, indexColumns, Optional.empty()); }
    }

    private static final Pattern PASSIVE = Pattern.compile("(?:.*?\\b)?(?:the )?(.+?) (?:are|is|get|gets) (?:often |usually |mostly |always |frequently )?(?:looked up|searched|found|filtered|listed|sorted|queried|fetched|retrieved|loaded)"
            + " (?:by|on|per|using)\\s+(.+)");
    private static final Pattern BY_ONLY = Pattern.compile("(?:.*?\\b)?(?:search|searches|look ?up|looks up|lookup|find|finds|filter|filters|query|fetch|get)(?:ing)?\\s+(?:(?:all |the |a |an |their |its )?(.+?)\\s+)?(?:by|using|via)\\s+(?:their |its |the )?(.+)");
    private static final Pattern DUE = Pattern.compile("(?:.*?\\b)?(?:picks?|picks up|selects?|fetch(?:es)?|process(?:es)?|polls?|finds?|scans?|looks? for|sends?|runs?|retries|retry|claims?"
            + "|deletes?|removes?|purges?|archives?|expires?|cleans? up|notif(?:y|ies)|reminds?|emails?|charges?|bills?|closes?|cancels?|marks?|updates?"
            + "|flags?|escalates?|dispatch(?:es)?|delivers?|publish(?:es)?|sync(?:s|es)?|renews?|retries|handles?|collects?|queries|query|reads?|loads?|grabs?|takes?)\\s+(?:up )?(?:all |the |any )?(.+?)\\s+"
            + "(?:whose|where|with|that have|which have)\\s+(?:the |their |its )?([a-z_ ]+?)\\s+(?:has passed|have passed|is in the past|are in the past|is past|is due|are due|has expired|have expired|is before now|<=? ?now|has arrived|is reached|(?:is|are) older than [a-z0-9 ]+?|(?:is|are) more than [a-z0-9 ]+? ago)"
            + "(?:\\s*,?\\s*(?:and|but)\\s+(?:that |which |who )?(?:are|is|were|was|have|has)\\s+not\\s+(?:yet |been )?([a-z_]+))?.*");
    private static final Pattern NEWEST = Pattern.compile("\\b(newest first|latest first|most recent first|recent first|newest to oldest|in reverse chronological order|by date descending|newest|most recent|latest)\\b");

    private static final Pattern POSSESSIVE = Pattern.compile("\\b(?:an?|the|each|one|their|our|its)\\s+([a-z_]+)'s\\s+(?:low |high |open |recent |unread |active )?([a-z_]+(?: (?!(?:newest|latest|most|oldest|recent|by|in|on|ordered|sorted|first|rows|records|entries|items)\\b)[a-z_]+s)?)\\b");
    private static final Pattern FOR_ONE = Pattern.compile("\\b(?:for|of)\\s+(?:one|a|an|each|a given|a single|one given)\\s+([a-z_]+)\\b");
    private static final Pattern RANGE = Pattern.compile("\\s*,?\\s*\\b(?:over|in|within|for)\\s+(?:a |an |the )?(?:time|date|given time|given date)\\s+(?:range|window|period|span)\\b|\\s+between two (?:dates|times)\\b");
    private static final Pattern TOP_PER = Pattern.compile("\\b(?:top|highest|best|most)\\s+([a-z_]+)\\s+(?:per|for each|by)\\s+([a-z_]+)\\b");
    private static final Pattern NOISE = Pattern.compile("\\s+(?:all the time|all day(?: long)?|every (?:morning|day|night|hour|minute|week)|a lot|constantly|frequently|often|regularly|com frequência|com frequencia|frequentemente|muitas vezes|con frecuencia|a menudo|frecuentemente|souvent|fréquemment|häufig|oft)(?![\\p{L}])");
    /** "… and filters by city", "… and a nightly process picks …": a second action, with or without its own subject. */
    private static final Pattern NEXT_ACTION = Pattern.compile("\\s*,?\\s+(?:and|also|then|while|whereas)\\s+(?=(?:(?:an?|the|our|one|some)\\s+)?(?:[a-z_]+\\s+){0,2}"
            + "(?:filters?|sorts?|lists?|looks? up|searches|search|finds?|quer(?:y|ies)|fetch(?:es)?|groups?|picks?|polls?|process(?:es)?|scans?|sends?|counts?|shows?|displays?|sums?|totals?)\\b)");

    /**
     * The access paths a sentence states, in the forms {@link #parseAccess} reads: "we list a user's notifications newest first"
     * → "list notifications by user newest first"; "query measurements for one device over a time range" → "… by device, time";
     * "top points per game" → "find by game, points"; "searches customers by email and filters by city" → two sentences.
     */
    static List<String> clauses(String sentence) {
        String s = NOISE.matcher(sentence).replaceAll("");
        s = TOP_PER.matcher(s).replaceAll("find by $2, $1");
        Matcher possessive = POSSESSIVE.matcher(s);
        if (possessive.find()) {
            String rest = s.substring(possessive.end()).replaceFirst("^\\s+(?:rows|records|entries|items)\\b", "");
            String by = rest.matches("\\s*by\\b.*") ? rest.replaceFirst("^\\s*by\\s+", ", ") : " " + rest.trim();
            s = s.substring(0, possessive.start()) + possessive.group(2) + " by " + possessive.group(1) + (by.isBlank() ? "" : by.startsWith(",") ? by : " " + by.trim());
        }
        s = FOR_ONE.matcher(s).replaceAll("by $1");
        s = RANGE.matcher(s).replaceAll(", time");
        List<String> out = new ArrayList<>();
        for (String part : NEXT_ACTION.split(s)) if (!part.isBlank()) out.add(part.trim());
        return out;
    }

    /** A written access path: "we list X by Y", "X are looked up by Y", "search by email", "a job picks X whose Y has passed". */
    static boolean looksLikeAccessPath(String sentence) {
        return looksLikeQuery(sentence) || PASSIVE.matcher(sentence).matches() || BY_ONLY.matcher(sentence).matches() || DUE.matcher(sentence).matches()
                || JobPhrases.looksLikeJob(sentence);
    }

    /**
     * The query an access-path sentence declares. {@code tables} resolves the words naming a table; {@code all} are the tables
     * a sentence without one ("search by email") is matched against by column, {@code focus} first.
     */
    static Optional<Query> parseAccess(String sentence, Function<String, Optional<Table>> tables, List<Table> all) {
        String s = sentence.trim();
        Matcher due = DUE.matcher(s);
        if (due.matches()) {
            Optional<Table> table = tables.apply(due.group(1));
            if (table.isPresent()) {
                Optional<Column> when = column(table.get(), due.group(2));
                if (when.isPresent()) return Optional.of(dueQuery(table.get(), when.get(), Optional.ofNullable(due.group(3))));
            }
        }
        Optional<Query> job = JobPhrases.parse(s, tables, all);
        if (job.isPresent()) return job;
        Optional<Query> direct = parse(s, tables);
        if (direct.isPresent()) return direct;
        Matcher passive = PASSIVE.matcher(s);
        if (passive.matches()) {
            Optional<Query> q = parse("list " + passive.group(1) + " by " + passive.group(2), tables);
            if (q.isPresent()) return q;
        }
        Matcher by = BY_ONLY.matcher(s);
        if (by.matches()) {
            if (by.group(1) != null) {
                Optional<Query> q = parse("list " + by.group(1) + " by " + by.group(2), tables);
                if (q.isPresent()) return q;
            }
            String first = Words.items(by.group(2)).isEmpty() ? by.group(2) : Words.items(by.group(2)).get(0);
            for (Table t : all) {
                if (column(t, first).filter(c -> c.name().equals(Naming.snake(Words.content(first).isEmpty() ? first : Words.content(first)))).isPresent()) {
                    return parse("list " + t.name() + " by " + by.group(2), name -> name.equals(t.name()) ? Optional.of(t) : Optional.empty());
                }
            }
        }
        return Optional.empty();
    }

    /** "a job picks reminders whose send_at has passed and that are not sent": a partial index on the time, limited to the rows still to do. */
    private static Query dueQuery(Table table, Column when, Optional<String> notWord) {
        Optional<String> where = notWord.flatMap(w -> pending(table, w));
        String sql = "SELECT * FROM " + table.name() + " WHERE " + when.name() + " <= CURRENT_TIMESTAMP" + where.map(w -> " AND " + w).orElse("")
                + " ORDER BY " + when.name();
        return new Query(table.name(), sql, List.of(when.name()), where);
    }

    /** The predicate for rows that are "not done": a status other than the value, a false flag, or an empty {@code done_at}. */
    static Optional<String> pending(Table table, String written) {
        String word = AttributeReader.name(written);
        String w = word.replaceAll("ed$|d$", "");
        // "pagadas" → pagada_at, "concluídos" → concluido: the stem of a participle in any of the five languages
        String stem = word.replaceAll("(as|os|es|a|o|e|s|ed|d)$", "");
        if (stem.length() >= 4) {
            for (Column c : table.columns()) {
                if (!c.name().startsWith(stem)) continue;
                if (c.type() instanceof LogicalType.Bool) return Optional.of(c.name() + " = false");
                if (c.type() instanceof LogicalType.Timestamp || c.type() instanceof LogicalType.Date) return Optional.of(c.name() + " IS NULL");
            }
        }
        for (Column c : table.columns()) {
            if (c.type() instanceof LogicalType.Bool && (c.name().equals(word) || c.name().equals("is_" + word) || c.name().startsWith(w))) {
                return Optional.of(c.name() + " = false");
            }
        }
        for (String at : List.of(word + "_at", w + "ed_at", w + "d_at", word + "_on")) {
            if (table.hasColumn(at)) return Optional.of(at + " IS NULL");
        }
        for (Column c : table.columns()) {
            if (c.name().equals("status") || c.name().equals("state") || c.name().endsWith("_status")) {
                return Optional.of(c.name() + " <> '" + word.replace("'", "''") + "'");
            }
        }
        return Optional.empty();
    }

    private static final Pattern QUERY = Pattern.compile("(?:.*?\\b)?(?:we|i|users?|people|they|you)?\\s*(?:often |usually |mostly |always |will |need to |want to |frequently )*"
            + "(?:list|lists|listing|query|queries|querying|search|searches|filter|filters|find|finds|fetch|fetches|show|shows|look up|looks up|sort|sorts|group|groups|get|gets|load|loads|report on|browse|count|counts|display|displays|sum|sums|total|totals)"
            + "\\s+(?:all |the |our |recent )?(?:latest |newest |most recent |last )?(.+?)\\s+(?:by|per|on|ordered by|sorted by|filtered by)\\s+(.+)");

    static boolean looksLikeQuery(String sentence) { return QUERY.matcher(sentence).matches(); }

    static Optional<Query> parse(String sentence, Function<String, Optional<Table>> tables) {
        Matcher m = QUERY.matcher(sentence.trim());
        if (!m.matches()) return Optional.empty();
        Optional<Table> table = tables.apply(m.group(1));
        if (table.isEmpty()) return Optional.empty();
        List<String> filters = new ArrayList<>();
        List<String> sorts = new ArrayList<>();
        for (String item : Words.items(m.group(2).replaceAll("\\b(?:sorted|ordered) by\\b", ",").replaceAll("\\b(then|newest first|latest first|descending|ascending|desc|asc)\\b", " "))) {
            Optional<Column> column = column(table.get(), item);
            if (column.isEmpty()) continue;
            String name = column.get().name();
            if (filters.contains(name) || sorts.contains(name)) continue;
            if (!filters.isEmpty() && isOrdered(column.get())) sorts.add(name);
            else if (sorts.isEmpty()) filters.add(name);
        }
        if (filters.isEmpty()) return Optional.empty();
        if (sorts.isEmpty() && NEWEST.matcher(sentence).find()) newest(table.get()).ifPresent(sorts::add); // "the latest messages by channel" too
        StringBuilder sql = new StringBuilder("SELECT * FROM " + table.get().name() + " WHERE ");
        sql.append(String.join(" AND ", filters.stream().map(f -> f + " = ?").toList()));
        if (!sorts.isEmpty()) {
            sql.append(" ORDER BY ").append(String.join(", ", sorts.stream()
                    .map(s -> table.get().column(s).get().type() instanceof LogicalType.Timestamp ? s + " DESC" : s).toList()));
        }
        List<String> index = new ArrayList<>(filters);
        index.addAll(sorts);
        return Optional.of(new Query(table.get().name(), sql.toString(), index));
    }

    /** The column "newest first" sorts by: the table's own time of creation. */
    private static Optional<String> newest(Table table) {
        for (String t : List.of("occurred_at", "published_at", "posted_at", "placed_at", "sent_at", "recorded_at", "happened_at")) if (table.hasColumn(t)) return Optional.of(t);
        Optional<String> own = table.columns().stream().map(Column::name)
                .filter(n -> n.endsWith("_at") && !List.of("created_at", "updated_at", "deleted_at").contains(n)
                        && !n.matches(".*(expires|due|ends|closed|cancelled|deleted|revoked|archived|read|paid|done|completed|returned)_at")).findFirst();
        if (own.isPresent()) return own;
        if (table.hasColumn("created_at")) return Optional.of("created_at");
        return table.columns().stream().filter(c -> c.type() instanceof LogicalType.Timestamp).map(Column::name).findFirst();
    }

    private static boolean isOrdered(Column c) {
        LogicalType t = c.type();
        return t instanceof LogicalType.Timestamp || t instanceof LogicalType.Date || t instanceof LogicalType.Decimal
                || t instanceof LogicalType.Double || (t.isInteger() && !c.name().endsWith("_id"));
    }

    /** "category" → category, "customer" → customer_id, "date"/"time" → the table's main timestamp. */
    static Optional<Column> column(Table table, String phrase) {
        String snake = Naming.snake(Words.content(phrase).isEmpty() ? phrase : Words.content(phrase));
        for (String candidate : List.of(snake, snake + "_id", Naming.singular(snake) + "_id", snake + "_at", snake + "_on")) {
            Optional<Column> c = table.column(candidate);
            if (c.isPresent()) return c;
        }
        if (snake.matches("(created_)?(date|time|recency|recent|newest|latest|creation|created|when|day)")) {
            for (String t : List.of("occurred_at", "placed_at", "published_at", "starts_at", "created_at")) {
                if (table.hasColumn(t)) return table.column(t);
            }
        }
        return table.columns().stream().filter(c -> c.name().startsWith(snake + "_") || c.name().endsWith("_" + snake)).findFirst();
    }
}
