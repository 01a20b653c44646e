package dev.schemadesigner.review.rules.normalization;

import dev.schemadesigner.review.Area;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.FunctionalDependency;
import dev.schemadesigner.review.ReviewContext;
import dev.schemadesigner.review.Rule;
import dev.schemadesigner.review.RuleMeta;
import dev.schemadesigner.review.SchemaFacts;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.review.TableSample;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ## What it flags
 * Third normal form: a column that depends on another non-key column rather than on the key —
 * a descriptive attribute of a referenced entity stored beside its id (`customer_name`,
 * `customer_email` beside `customer_id`, `dept_name` beside a foreign key `dept_no`), or `city`/`state`/`country` beside `zip_code`.
 *
 * ## Why it matters
 * Every row repeats the customer's name; when it changes, some rows keep the old one and the
 * table disagrees with itself and with the customers table.
 *
 * ## Example
 * `orders (id, customer_id, customer_name, customer_email, total)`.
 *
 * ## Fix
 * Keep the attribute in the table the id identifies and join to it. No change is proposed:
 * dropping the column loses data until readers use the join.
 *
 * ## Limits
 * Only descriptive words are matched, as the whole rest of the name or its last word (name,
 * email, phone, address, title, description, city, country, username, …: `seller_shop_name`
 * beside `seller_id`); `customer_id` beside `customer_since` or `customer_type` is left alone.
 * Columns of the primary key are left to `partial-dependency`.
 *
 * When reviewing a live database, dependencies measured on a sample of up to 1,000 rows are
 * reported whatever the names ("measured on N sampled rows"): a column whose values follow
 * another non-key column's values on every sampled row. A determinant needs at least 5 distinct
 * values over at least 20 rows and must not be unique; where the sample could judge the named
 * determinant and the column did not follow it, the name alone is not reported.
 */
public final class TransitiveDependencyRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("transitive-dependency", Area.NORMALIZATION, Severity.WARNING,
            "3NF: a column that depends on another non-key column (customer_name beside customer_id, city beside zip_code)");
    private static final Set<String> DESCRIPTIVE = Set.of("name", "full_name", "first_name", "last_name", "email", "phone",
            "address", "title", "description", "city", "country", "username", "slug");
    private static final Set<String> POSTAL = Set.of("zip_code", "zip", "postal_code", "postcode");
    private static final Set<String> PLACE = Set.of("city", "state", "country", "region");

    @Override public RuleMeta meta() { return META; }

    @Override
    public List<Finding> check(ReviewContext context) {
        List<Finding> out = new ArrayList<>();
        for (Table t : context.tables()) {
            Optional<TableSample> sample = context.sample(t.name());
            String postal = t.columns().stream().map(Column::name).filter(POSTAL::contains).findFirst().orElse(null);
            for (Column c : t.columns()) {
                Optional<FunctionalDependency> measured = sample.flatMap(s -> measured(t, s, c.name()));
                if (measured.isPresent()) {
                    FunctionalDependency fd = measured.get();
                    out.add(finding(t.name() + "." + c.name(), c.name() + " depends on " + fd.determinantText() + " (measured on "
                            + fd.sampledRows() + " sampled rows), not on the key of " + t.name() + "; keep it where " + fd.determinantText() + " is the key"));
                    continue;
                }
                String determinant = determinant(t, c.name(), postal);
                if (determinant == null) continue;
                // the data had enough values of the determinant to judge, and the column does not follow it
                if (sample.map(s -> s.judges(List.of(determinant), c.name())).orElse(false)) continue;
                out.add(finding(t.name() + "." + c.name(), c.name() + " depends on " + determinant
                        + ", not on the key of " + t.name() + "; keep it where " + determinant + " is the key"));
            }
        }
        return out;
    }

    /** The measured dependency of the column on one other non-key column, if the sample showed one. */
    private static Optional<FunctionalDependency> measured(Table t, TableSample sample, String column) {
        if (SchemaFacts.isPrimaryKeyColumn(t, column)) return Optional.empty();
        return sample.dependencies().stream()
                .filter(fd -> fd.dependent().equals(column) && fd.determinant().size() == 1 && !SchemaFacts.isPrimaryKeyColumn(t, fd.determinant().get(0)))
                .findFirst();
    }

    private static String determinant(Table t, String column, String postal) {
        if (postal != null && PLACE.contains(column)) return postal;
        for (Column other : t.columns()) {
            String id = other.name();
            if (SchemaFacts.isPrimaryKeyColumn(t, id)) continue;
            String stem = id.endsWith("_id") ? id.substring(0, id.length() - 3)
                    : SchemaFacts.isForeignKeyColumn(t, id) ? id.replaceFirst("_(no|num|number|code|key|ref|uuid)$", "") : id;
            if (stem.equals(id)) continue;
            if (!column.startsWith(stem + "_")) continue;
            String rest = column.substring(stem.length() + 1);
            if (DESCRIPTIVE.contains(rest) || DESCRIPTIVE.contains(SchemaFacts.lastToken(rest))) return id;
        }
        return null;
    }
}
