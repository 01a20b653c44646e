package dev.schemadesigner.review;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import java.util.Locale;
import java.util.Objects;

/**
 * How many rows a table is taken to hold and where that came from: the project context's {@code row_counts}
 * ({@code project}), a comment in the reviewed source such as {@code -- ~18M rows} ({@code comment, line 3}),
 * or a live database's statistics ({@code database statistics}).
 */
public record TableSize(long rows, String source) {
    public TableSize {
        if (rows < 0) throw new UserFacingException(ErrorCode.INVALID_SETTING, "rows must not be negative: " + rows);
        Objects.requireNonNull(source, "source");
    }

    /** {@code 18,000,000 rows (comment, line 3)}. */
    public String describe() { return String.format(Locale.ROOT, "%,d rows (%s)", rows, source); }
}
