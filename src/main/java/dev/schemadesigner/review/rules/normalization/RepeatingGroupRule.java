package dev.schemadesigner.review.rules.normalization;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * First normal form: two or more columns for one fact, told apart by a number wherever it
 * stands in the name — `phone1`, `phone2`; `tag_1`, `tag_2`; `emergency_contact_name_1`;
 * `image_1_url`, `image_2_url`; `option1_name`, `option1_value`, `option2_name`, … (one finding
 * for the set of facts that repeats together). Also one fact told apart by a kind instead of a
 * number: `phone_home`, `phone_work`, `phone_mobile`; `home_email`, `work_email`;
 * `primary_phone_number`, `secondary_phone_number` — a contact channel (phone, email, fax,
 * address) qualified by two or more kinds (home, work, mobile, primary, secondary, …).
 *
 * ## Why it matters
 * The table caps how many values there can be, queries must test every column
 * (`WHERE tag_1 = 'x' OR tag_2 = 'x' …`), and most rows carry empty slots.
 *
 * ## Example
 * `CREATE TABLE customers (…, phone1 varchar(20), phone2 varchar(20), phone3 varchar(20))`.
 *
 * ## Fix
 * A child table with one row per value: `customer_phones (customer_id → customers.id, position,
 * phone)`. Moving data is a migration of its own, so no change is proposed.
 *
 * ## Limits
 * The numbers must include 1 or 2 and stay at most 20, so `ipv4`/`ipv6` or `sha256` are not
 * groups. Lines of one address (`address_line1`, `address_line2`) are one fact written over two
 * lines and are left alone, as are numbered foreign keys and the columns beside them
 * (`player1_id`, `player1_score`): a fixed number of roles in a relationship, not a list. Kinds
 * are read only on contact channels, so `billing_address`/`shipping_address` (two roles an
 * order needs) and `start_date`/`end_date` are not groups, nor is one channel beside another
 * (`phone`, `fax`).
 */
public final class RepeatingGroupRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("repeating-group", Area.NORMALIZATION, Severity.WARNING,
            "1NF: numbered columns for one fact (phone1, phone2, tag_1 …)");
    /** A word ending in a number, or a number on its own, between underscores: stem, number, what follows. */
    private static final Pattern NUMBERED = Pattern.compile("(?:(.*?[a-z])_?)?(\\d{1,2})(?:_(.+))?");
    /** Last words of a stem whose numbered columns are parts of one value, not repeats of it. */
    private static final Set<String> PARTS = Set.of("line", "street");

    /** Facts people keep several of, one per kind. */
    private static final Set<String> CHANNELS = Set.of("phone", "telephone", "tel", "email", "fax", "address");
    /** Words that tell the several apart. */
    private static final Set<String> KINDS = Set.of("home", "work", "mobile", "cell", "office", "business", "personal", "private",
            "primary", "secondary", "alternate", "alternative", "alt", "main", "backup");

    private record Slot(String column, String stem, int number, String suffix) {
        String slot() { return stem + number; }
    }

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            List<Slot> slots = new ArrayList<>();
            for (Column c : t.columns()) {
                Matcher m = NUMBERED.matcher(c.name());
                if (!m.matches() || m.group(1) == null || SchemaFacts.tokens(m.group(1)).stream().anyMatch(PARTS::contains)) continue;
                slots.add(slot(c.name(), m.group(1), Integer.parseInt(m.group(2)), m.group(3) == null ? "" : m.group(3)));
            }
            Set<String> roles = new TreeSet<>();
            for (Slot s : slots) if (SchemaFacts.isForeignKeyColumn(t, s.column())) roles.add(s.slot());
            // stem → the numbers and the facts (suffixes) numbered under it
            Map<String, List<Slot>> byStem = new LinkedHashMap<>();
            for (Slot s : slots) {
                if (roles.contains(s.slot())) continue;
                byStem.computeIfAbsent(s.stem(), k -> new ArrayList<>()).add(s);
            }
            byStem.forEach((stem, members) -> report(t, stem, members, out));
            kinds(t, out);
        }
        return out;
    }

    /** {@code phone_home}, {@code phone_work}: one channel kept once per kind, in columns named by the kind. */
    private void kinds(Table t, List<Finding> out) {
        Map<String, Map<String, String>> byChannel = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            if (SchemaFacts.isForeignKeyColumn(t, c.name())) continue;
            List<String> words = new ArrayList<>(SchemaFacts.tokens(c.name().toLowerCase(java.util.Locale.ROOT)));
            if (words.size() > 2 && Set.of("number", "no", "num").contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
            if (words.size() > 2 && words.get(words.size() - 1).equals("address") && words.get(words.size() - 2).equals("email")) words.remove(words.size() - 1);
            if (words.size() != 2) continue;
            String kind = KINDS.contains(words.get(0)) ? words.get(0) : KINDS.contains(words.get(1)) ? words.get(1) : null;
            String channel = kind == null ? null : words.get(0).equals(kind) ? words.get(1) : words.get(0);
            if (channel == null || !CHANNELS.contains(channel)) continue;
            byChannel.computeIfAbsent(channel, k -> new LinkedHashMap<>()).putIfAbsent(kind, c.name());
        }
        byChannel.forEach((channel, columnsByKind) -> {
            if (columnsByKind.size() < 2) return;
            List<String> columns = List.copyOf(columnsByKind.values());
            String owner = SchemaFacts.singular(t.name());
            out.add(finding(t.name() + "." + String.join(",", columns), "columns " + String.join(", ", columns) + " hold one " + channel
                    + " per kind (" + String.join(", ", columnsByKind.keySet()) + "): " + t.name() + " caps which kinds there can be and every"
                    + " lookup by " + channel + " must test each column; move them into a child table " + owner + "_" + plural(channel)
                    + " (" + owner + "_id, kind, " + channel + "), one row per value"));
        });
    }

    /**
     * A numbered column as stem, number and fact. A number at the end of a longer name numbers what
     * its words before the last name ({@code emergency_contact_name_1}: slot {@code emergency_contact},
     * fact {@code name}), so the name and phone of one contact are read as one set of facts.
     */
    private static Slot slot(String column, String stem, int number, String suffix) {
        List<String> words = SchemaFacts.tokens(stem);
        if (!suffix.isEmpty() || words.size() < 2) return new Slot(column, stem, number, suffix);
        return new Slot(column, String.join("_", words.subList(0, words.size() - 1)), number, words.get(words.size() - 1));
    }

    private void report(Table t, String stem, List<Slot> members, List<Finding> out) {
        Map<String, Set<Integer>> numbersByFact = new LinkedHashMap<>();
        for (Slot s : members) numbersByFact.computeIfAbsent(s.suffix(), k -> new TreeSet<>()).add(s.number());
        List<String> facts = new ArrayList<>();
        numbersByFact.forEach((fact, numbers) -> { if (numbers.size() >= 2 && counted(numbers)) facts.add(fact); });
        if (facts.isEmpty()) return;
        List<String> columns = members.stream().filter(s -> facts.contains(s.suffix())).map(Slot::column).toList();
        String what = String.join(", ", facts.stream().map(f -> f.isEmpty() ? stem : stem + "_" + f).toList());
        String owner = SchemaFacts.singular(t.name());
        String child = owner + "_" + plural(stem);
        String kept = String.join(", ", facts.stream().map(f -> f.isEmpty() ? stem : f).toList());
        out.add(finding(t.name() + "." + String.join(",", columns), "columns " + String.join(", ", columns) + " hold " + what
                + " in numbered slots: " + t.name() + " caps how many there can be and every query must test each slot;"
                + " move them into a child table " + child + " (" + owner + "_id, position, " + kept + "), one row per value"));
    }

    private static boolean counted(Set<Integer> numbers) {
        return numbers.stream().allMatch(n -> n <= 20) && (numbers.contains(1) || numbers.contains(2));
    }

    private static String plural(String stem) {
        String s = stem.replaceAll("_$", "");
        if (s.equals("child") || s.endsWith("_child")) return s + "ren";
        if (s.equals("person") || s.endsWith("_person")) return s.substring(0, s.length() - "person".length()) + "people";
        return s.endsWith("s") ? s : s.endsWith("y") && !s.endsWith("ay") && !s.endsWith("ey") ? s.substring(0, s.length() - 1) + "ies" : s + "s";
    }
}
