package dev.schemadesigner.schema;

import java.util.Optional;

/**
 * An SQL expression of the model (a CHECK, a default, an index key or predicate) that is not
 * one of the constructs {@link ExpressionReader} allows. The message names the construct, e.g.
 * {@code function pg_read_file is not allowed in a default expression}; {@link #field()} says
 * where it was found when the reader knows ({@code column c default}, {@code check ck_x}).
 */
public final class ExpressionRefusedException extends dev.schemadesigner.error.UserFacingException {
    private final String reason;
    private final Optional<String> field;

    public ExpressionRefusedException(String reason) { this(reason, Optional.empty()); }

    private ExpressionRefusedException(String reason, Optional<String> field) {
        super(dev.schemadesigner.error.ErrorCode.EXPRESSION_REFUSED, field.map(f -> f + ": ").orElse("") + reason);
        this.reason = reason;
        this.field = field;
    }

    /** The same refusal, placed: {@code at("check ck_x")}, then {@code at("table t")} gives "table t, check ck_x: …". */
    public ExpressionRefusedException at(String where) {
        return new ExpressionRefusedException(reason, Optional.of(field.map(f -> where + ", " + f).orElse(where)));
    }

    /** What was refused, without the place. */
    public String reason() { return reason; }

    public Optional<String> field() { return field; }
}
