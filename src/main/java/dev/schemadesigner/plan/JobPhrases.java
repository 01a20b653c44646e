package dev.schemadesigner.plan;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Table;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job over the rows still to do, said without "whose … has passed": "a worker polls messages that are not sent yet,
 * oldest first", "a job sends reminders for appointments starting in the next 24 hours that are still booked", "a nightly
 * process picks invoices overdue that are not paid". The rows' time column comes from the words (starting, due, overdue,
 * a column's own name) or the table's own time; the state ("not sent", "still booked") becomes the partial index's WHERE.
 */
final class JobPhrases {
    private JobPhrases() {}

    private static final Pattern JOB = Pattern.compile("(?:.*?\\b)?(?:picks?|picks up|selects?|fetch(?:es)?|process(?:es)?|polls?|scans?|sends?|runs?|retries|retry|claims?|takes?|handles?)"
            + "\\s+(?:up )?(?:(?:all|the|any|reminders|emails|notifications|messages) (?:for |about |of )?)?(?:the )?([a-z_]+(?: [a-z_]+)?)\\s+(.*?)\\b(?:that|which|who)\\s+(?:are|is)\\s+(not|still)\\s+(?:yet |been )?([a-z_]+)(.*)$");

    static boolean looksLikeJob(String sentence) { return JOB.matcher(sentence.trim()).matches(); }

    static Optional<QueryPhrases.Query> parse(String sentence, Function<String, Optional<Table>> tables, List<Table> all) {
        Matcher m = JOB.matcher(sentence.trim());
        if (!m.matches()) return Optional.empty();
        Optional<Table> table = tables.apply(m.group(1));
        String between = m.group(2);
        if (table.isEmpty() && m.group(1).contains(" ")) {
            // "facturas vencidas": the table, then a word about its rows
            String[] words = m.group(1).split(" ");
            table = tables.apply(words[0]);
            between = words[1] + " " + between;
        }
        if (table.isEmpty()) table = endingIn(all, m.group(1));
        if (table.isEmpty()) return Optional.empty();
        Table t = table.get();
        Optional<Column> when = timeOf(t, between + " " + m.group(5));
        if (when.isEmpty()) return Optional.empty();
        Optional<String> where = m.group(3).equals("not") ? QueryPhrases.pending(t, m.group(4)) : still(t, m.group(4));
        if (where.isEmpty()) return Optional.empty();
        String sql = "SELECT * FROM " + t.name() + " WHERE " + where.get() + " ORDER BY " + when.get().name();
        return Optional.of(new QueryPhrases.Query(t.name(), sql, List.of(when.get().name()), where));
    }

    /** The time the job goes by: a column named in the words, "starting" → a start, "due/overdue/expiring" → a due column, else the row's own time. */
    private static Optional<Column> timeOf(Table table, String words) {
        for (String w : words.split("[^a-z_]+")) {
            if (w.length() < 3) continue;
            Optional<Column> named = table.column(w).filter(JobPhrases::isTime);
            if (named.isPresent()) return named;
            String stem = w.replaceAll("(ing|ed|s)$", "");
            String kind = w.matches("overdue|due|expired|expiring|vencidas?|vencidos?|vencid[ao]s?|abgelaufen|echues?|échues?") ? "(due|venc|vence|expir|deadline|faellig|echeance)"
                    : stem.length() >= 4 ? stem : null;
            if (kind == null) continue;
            for (Column c : table.columns()) if (isTime(c) && c.name().matches(".*" + kind + ".*")) return Optional.of(c);
        }
        // "oldest first", or no time at all: the time the row came in
        for (String own : List.of("created_at", "queued_at", "enqueued_at", "received_at")) if (table.hasColumn(own)) return table.column(own);
        return Optional.empty();
    }

    /** "messages" for outbox_messages: the one table whose name ends in the words. */
    private static Optional<Table> endingIn(List<Table> all, String words) {
        String plural = Naming.plural(Naming.snake(words.split(" ")[0]));
        List<Table> hits = all.stream().filter(t -> t.name().endsWith("_" + plural)).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private static boolean isTime(Column c) { return c.type() instanceof LogicalType.Timestamp || c.type() instanceof LogicalType.Date; }

    /** "still booked": a status with that value, or a true flag. */
    private static Optional<String> still(Table table, String word) {
        for (Column c : table.columns()) {
            if (c.type() instanceof LogicalType.Bool && (c.name().equals(word) || c.name().equals("is_" + word))) return Optional.of(c.name() + " = true");
        }
        for (Column c : table.columns()) {
            if (c.name().equals("status") || c.name().equals("state") || c.name().endsWith("_status")) return Optional.of(c.name() + " = '" + word.replace("'", "''") + "'");
        }
        return Optional.empty();
    }
}
