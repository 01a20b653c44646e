package dev.schemadesigner.plan;

import java.math.BigDecimal;

/**
 * A number a user wrote as a value ("between 1 and 5", "1-5", "-10..40", "0,5"): one definition of what counts as a
 * standalone number and how it is written into a plan. A digit run inside a code, date, version or phone number
 * ("A-03-2", "2024-01-02", "1.2.3", "B12") is part of that token, never a bound.
 */
final class NumberLiteral {
    /** A signed decimal that no letter, digit, underscore or joining hyphen/dot touches on the left. */
    static final String STANDALONE = "(?<![\\p{L}\\p{N}_.\\-])-?\\d+(?:[.,]\\d+)?";
    /** After the last number of a range: no letter, digit or underscore, and not the start of a further "-2" or ".2" part. */
    static final String END = "(?![\\p{L}\\p{N}_]|[-.,]\\d)";

    private NumberLiteral() {}

    /** The number as a plan writes it: decimal comma read as a point, no leading zeros, no sign on zero ("-03" → "-3", "0,50" → "0.50"). */
    static String canonical(String written) {
        BigDecimal value = new BigDecimal(written.trim().replace(',', '.'));
        if (value.signum() == 0) value = value.abs();
        return value.toPlainString();
    }
}
