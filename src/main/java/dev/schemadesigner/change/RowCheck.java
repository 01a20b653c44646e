package dev.schemadesigner.change;

import dev.schemadesigner.schema.LogicalType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the rows a table already holds must satisfy before an operation can run on it. A migration
 * checks it first, so over real data it stops naming the offending values instead of failing half-way
 * (a failed CREATE UNIQUE INDEX CONCURRENTLY leaves an INVALID index behind on PostgreSQL) or, worse,
 * succeeding by changing them (PostgreSQL's cast to varchar(n) truncates and to numeric(p,s) rounds;
 * SQLite keeps whatever it is given). Found by {@link RowChecks}; each renderer (SQL per database,
 * Alembic) counts the offending values, takes one as a sample, and fails with {@link #message}.
 */
public sealed interface RowCheck {

    String table();

    /**
     * The failure as {@code lead + count + middle + sample + tail}: every renderer says the same. Values
     * are in double quotes: SQLite's error doubles the single ones.
     */
    Message message();

    record Message(String lead, String middle, String tail) {
        public Message {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(middle, "middle");
            Objects.requireNonNull(tail, "tail");
        }

        public String with(long count, String sample) { return lead + count + middle + sample + tail; }
    }

    /**
     * No two rows share a value of {@code columns} (a row with a NULL in them never clashes), before
     * unique constraint or index {@code name} is added; {@code where} is a partial index's predicate.
     */
    record NoDuplicates(String table, List<String> columns, String name, Optional<String> where) implements RowCheck {
        public NoDuplicates {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) throw new IllegalArgumentException("a duplicate check needs columns");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(where, "where");
        }

        public Message message() {
            return new Message("cannot add unique " + name + ": " + table + " (" + String.join(", ", columns) + ") holds ",
                    " duplicated value(s), e.g. \"", "\"; make them distinct first");
        }
    }

    /** Every value of {@code column} that is not NULL fits {@code limit}, before the column's type becomes {@code to}. */
    record ValuesFit(String table, String column, LogicalType to, Limit limit) implements RowCheck {
        public ValuesFit {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(limit, "limit");
        }

        public Message message() {
            return new Message("cannot change " + table + "." + column + " to " + to.describe() + ": ",
                    " value(s) " + limit.describe() + ", e.g. \"", "\"; change them first");
        }
    }

    /** What a narrower type holds; {@link #describe} says what the offending values are. */
    sealed interface Limit {
        String describe();

        /** At most so many characters. */
        record MaxLength(int characters) implements Limit {
            public String describe() { return "longer than " + characters + " characters"; }
        }

        /** Whole numbers from {@code min} to {@code max}; {@code fractions} when the old type could hold them. */
        record IntegerRange(long min, long max, boolean fractions) implements Limit {
            public String describe() { return (fractions ? "not whole or " : "") + "outside " + min + ".." + max; }
        }

        /** At most {@code precision - scale} digits before the point and {@code scale} after it. */
        record Digits(int precision, int scale) implements Limit {
            public String describe() {
                return "with more than " + (precision - scale) + " digit(s) before the point or " + scale + " after it";
            }
        }

        /** One of the enum's values. */
        record OneOf(List<String> values) implements Limit {
            public OneOf { values = List.copyOf(values); }

            public String describe() {
                String shown = values.stream().limit(8).map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
                return "not among " + shown + (values.size() > 8 ? ", …" : "");
            }
        }
    }
}
