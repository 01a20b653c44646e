package dev.schemadesigner.review.rules.normalization;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ## What it flags
 * First normal form: two or more columns for one fact, told apart by a number (`phone1`,
 * `phone2`; `tag_1`, `tag_2`, `tag_3`).
 *
 * ## Why it matters
 * The table caps how many values there can be, queries must test every column
 * (`WHERE tag_1 = 'x' OR tag_2 = 'x' …`), and most rows carry empty slots.
 *
 * ## Example
 * `CREATE TABLE customers (…, phone1 varchar(20), phone2 varchar(20), phone3 varchar(20))`.
 *
 * ## Fix
 * A child table with one row per value: `customer_phones (customer_id → customers.id, phone,
 * position)`. Moving data is a migration of its own, so no change is proposed.
 *
 * ## Limits
 * The numbers must include 1 or 2 and stay at most 20, so `ipv4`/`ipv6` or `sha256` are not
 * groups. Numbered columns that are really different facts (`address_line1`, `address_line2`)
 * are reported too; silence them inline.
 */
public final class RepeatingGroupRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("repeating-group", Area.NORMALIZATION, Severity.WARNING,
            "1NF: numbered columns for one fact (phone1, phone2, tag_1 …)");
    private static final Pattern NUMBERED = Pattern.compile("(.*?[a-z])_?(\\d{1,2})");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Map<String, List<Integer>> numbers = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                Matcher m = NUMBERED.matcher(c.name());
                if (!m.matches()) continue;
                groups.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(c.name());
                numbers.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
            }
            groups.forEach((stem, columns) -> {
                if (columns.size() < 2 || !counted(numbers.get(stem))) return;
                out.add(finding(t.name(), "columns " + String.join(", ", columns) + " repeat one fact;"
                        + " move " + stem + " into a child table with one row per value"));
            });
        }
        return out;
    }

    private static boolean counted(List<Integer> numbers) {
        return numbers.stream().allMatch(n -> n <= 20) && (numbers.contains(1) || numbers.contains(2));
    }
}
