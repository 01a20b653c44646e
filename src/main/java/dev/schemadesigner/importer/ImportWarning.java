package dev.schemadesigner.importer;

import java.util.Objects;

/**
 * Something in the input that the schema model does not hold: a skipped statement, an unknown type
 * mapped to the closest one, a dropped clause. {@code line} is 1-based in the whole input;
 * {@code statement} is the start of the statement (at most {@value #STATEMENT_PREVIEW} characters).
 */
public record ImportWarning(int line, String statement, String message) {
    public static final int STATEMENT_PREVIEW = 80;

    public ImportWarning {
        if (line < 1) throw new IllegalArgumentException("line must be 1 or more, was " + line);
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(message, "message");
        if (statement.length() > STATEMENT_PREVIEW) statement = statement.substring(0, STATEMENT_PREVIEW - 1) + "…";
    }
}
