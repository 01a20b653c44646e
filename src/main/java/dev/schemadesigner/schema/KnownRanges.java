package dev.schemadesigner.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value ranges a column's name states by a common meaning — a sentiment polarity is −1…1, a
 * percentage 0…100, a star rating 1…5 — the one definition the planner (new columns) and the review
 * (CHECK fixes) share. A name whose scale is not known (a bare {@code score}, {@code priority}) has
 * no range here: whoever needs bounds for it must ask for them rather than invent them.
 */
public final class KnownRanges {
    private KnownRanges() {}

    /** Inclusive bounds and what they mean; {@code fractional} when values between whole numbers are meant (a confidence of 0.8). */
    public record Range(String low, String high, String meaning, boolean fractional) {
        public String betweenSql(String column) { return column + " BETWEEN " + low + " AND " + high; }

        public String describe() { return low + "…" + high + " (" + meaning + ")"; }
    }

    private static final Map<String, Range> BY_WORD = Map.ofEntries(
            Map.entry("sentiment", new Range("-1", "1", "a sentiment polarity, negative to positive", true)),
            Map.entry("polarity", new Range("-1", "1", "a polarity, negative to positive", true)),
            Map.entry("confidence", new Range("0", "1", "a confidence, as a fraction", true)),
            Map.entry("probability", new Range("0", "1", "a probability", true)),
            Map.entry("percent", new Range("0", "100", "a percentage", false)),
            Map.entry("percentage", new Range("0", "100", "a percentage", false)),
            Map.entry("pct", new Range("0", "100", "a percentage", false)),
            Map.entry("rating", new Range("1", "5", "a star rating", false)),
            Map.entry("stars", new Range("1", "5", "a star rating", false)),
            Map.entry("severity", new Range("1", "10", "a severity, as the skill rates it", false)),
            Map.entry("age", new Range("0", "150", "a person's age in years", false)),
            Map.entry("nps", new Range("0", "10", "a net promoter score answer", false)),
            Map.entry("latitude", new Range("-90", "90", "a latitude in degrees", true)),
            Map.entry("lat", new Range("-90", "90", "a latitude in degrees", true)),
            Map.entry("longitude", new Range("-180", "180", "a longitude in degrees", true)),
            Map.entry("lng", new Range("-180", "180", "a longitude in degrees", true)),
            Map.entry("lon", new Range("-180", "180", "a longitude in degrees", true)));

    /**
     * Last words that name a magnitude or a unit rather than what is measured: {@code sentiment_score} takes its meaning
     * from {@code sentiment}, {@code age_years} from {@code age}.
     */
    private static final Set<String> MAGNITUDES = Set.of("score", "value", "level", "index", "years", "yrs", "deg", "degrees");

    /**
     * The range a column's name states: its last word ({@code confidence}, {@code discount_percent}),
     * or, when that word is a bare magnitude ({@code sentiment_score}), the word before it.
     */
    public static Optional<Range> forColumn(String column) {
        List<String> words = List.of(column.toLowerCase(Locale.ROOT).split("_"));
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (BY_WORD.containsKey(word)) return Optional.of(BY_WORD.get(word));
            if (!MAGNITUDES.contains(word)) return Optional.empty();
        }
        return Optional.empty();
    }
}
