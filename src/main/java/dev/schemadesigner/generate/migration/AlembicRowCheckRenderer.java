package dev.schemadesigner.generate.migration;

import dev.schemadesigner.change.RowCheck;
import dev.schemadesigner.generate.python.PyText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Render: a {@link RowCheck} as Python lines of a revision. The query is SQLAlchemy Core, so each
 * database gets its own quoting and functions (char_length is length() on SQLite); the revision raises
 * with the check's message, the same words the SQL scripts fail with.
 */
final class AlembicRowCheckRenderer {
    private AlembicRowCheckRenderer() {}

    /** Characters of a sample value kept in the message (as the SQL scripts keep). */
    private static final int SAMPLE_CHARACTERS = 40;

    static List<String> render(RowCheck check) {
        List<String> out = new ArrayList<>();
        out.add(PyText.comment("existing rows of " + check.table() + " are checked first: the revision stops naming the values that do not fit"));
        if (check instanceof RowCheck.NoDuplicates n) {
            out.add("checked = sa.table(" + PyText.str(n.table()) + ", " + n.columns().stream().map(c -> "sa.column(" + PyText.str(c) + ")")
                    .collect(Collectors.joining(", ")) + ")");
            List<String> cols = n.columns().stream().map(c -> "checked.c[" + PyText.str(c) + "]").toList();
            out.add("present = sa.and_(" + cols.stream().map(c -> c + ".isnot(None)").collect(Collectors.joining(", ")) + ")");
            n.where().ifPresent(w -> {
                out.add("if op.get_bind().dialect.name in (\"postgresql\", \"sqlite\"):");
                out.add("    present = sa.and_(present, sa.text(" + PyText.str(w) + "))  # the index is partial there");
            });
            String value = cols.stream().map(c -> "sa.cast(" + c + ", sa.Text)").collect(Collectors.joining(" + \", \" + "));
            out.add("duplicated = (sa.select((" + value + ").label(\"duplicate_value\")).where(present)");
            out.add("              .group_by(" + String.join(", ", cols) + ").having(sa.func.count() > 1).subquery())");
            out.add("offending, sample = op.get_bind().execute(sa.select(sa.func.count(), sa.func.min(duplicated.c.duplicate_value))"
                    + ".select_from(duplicated)).one()");
        } else {
            RowCheck.ValuesFit fit = (RowCheck.ValuesFit) check;
            out.add("checked = sa.table(" + PyText.str(fit.table()) + ", sa.column(" + PyText.str(fit.column()) + "))");
            out.add("value = checked.c[" + PyText.str(fit.column()) + "]");
            out.add("offending, sample = op.get_bind().execute(sa.select(sa.func.count(), sa.func.min(sa.cast(value, sa.Text)))");
            out.add("                                         .where(sa.and_(value.isnot(None), " + offending(fit.limit()) + "))).one()");
        }
        RowCheck.Message m = check.message();
        out.add("if offending:");
        out.add("    raise RuntimeError(" + PyText.str(m.lead()) + " + str(offending) + " + PyText.str(m.middle()) + " + str(sample)[:"
                + SAMPLE_CHARACTERS + "] + " + PyText.str(m.tail()) + ")");
        return out;
    }

    private static String offending(RowCheck.Limit limit) {
        if (limit instanceof RowCheck.Limit.MaxLength m) return "sa.func.char_length(sa.cast(value, sa.Text)) > " + m.characters();
        // DECIMAL(65,30): MariaDB's CAST(x AS DECIMAL) alone is DECIMAL(10,0), and PostgreSQL has no round(double precision, int)
        String exact = "sa.cast(value, sa.Numeric(65, 30))";
        if (limit instanceof RowCheck.Limit.IntegerRange r) {
            return "sa.or_(value < " + r.min() + ", value > " + r.max() + (r.fractions() ? ", " + exact + " != sa.func.round(" + exact + ")" : "") + ")";
        }
        if (limit instanceof RowCheck.Limit.Digits d) {
            return "sa.or_(sa.func.abs(value) >= " + BigDecimal.TEN.pow(d.precision() - d.scale()).toPlainString() + ", " + exact
                    + " != sa.func.round(" + exact + ", " + d.scale() + "))";
        }
        return "~sa.cast(value, sa.Text).in_(" + PyText.list(((RowCheck.Limit.OneOf) limit).values()) + ")";
    }
}
