package dev.schemadesigner.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The answer to a change that cannot apply: what was understood, which words could not be placed,
 * and the nearest change that does apply — the request with the unplaced words replaced by the
 * nearest names, offered only when it plans. Never an unrelated default.
 */
final class ChangeExplanation {
    private ChangeExplanation() {}

    private static final int LISTED = 12;

    static Plan question(String message, ChangeNotUnderstood failure, Predicate<String> plans) {
        StringBuilder text = new StringBuilder("I read this as: ").append(failure.understood()).append('.');
        if (!failure.unplaced().isEmpty()) {
            text.append(" I could not place ").append(String.join(", ", failure.unplaced().stream().map(w -> "\"" + w + "\"").toList()))
                    .append(failure.unplaced().size() == 1 ? ": it names nothing in the schema" : ": they name nothing in the schema");
            failure.missing().ifPresent(m -> text.append(" (").append(m).append(')'));
            text.append('.');
        } else {
            failure.missing().ifPresent(m -> text.append(" But ").append(m).append('.'));
        }
        Optional<String> suggestion = suggestion(message, failure).filter(plans);
        suggestion.ifPresent(s -> text.append(" The nearest change I can make: \"").append(s).append("\" — say *go ahead* to apply it."));
        if (!failure.candidates().isEmpty()) {
            List<String> shown = failure.candidates().stream().limit(LISTED).toList();
            text.append(suggestion.isPresent() ? " Other names there: " : " Names I know there: ").append(String.join(", ", shown))
                    .append(failure.candidates().size() > LISTED ? ", …" : "").append('.');
        }
        return Plan.asking(new Question(text.toString(), suggestion.orElse("")), "The change could not apply: " + failure.getMessage());
    }

    /** The request with each unplaced word replaced by the nearest name, or the nearest change itself when it is a whole request. */
    static Optional<String> suggestion(String message, ChangeNotUnderstood failure) {
        if (failure.nearest().isEmpty()) return Optional.empty();
        String nearest = failure.nearest().get();
        if (failure.unplaced().isEmpty() || nearest.contains(" ") && !nearest.startsWith("the table ")) return Optional.of(nearest);
        String name = (nearest.startsWith("the table ") ? nearest.substring("the table ".length()) : nearest.substring(nearest.indexOf('.') + 1)).replaceAll("^'|'$", "");
        String out = message;
        for (String word : failure.unplaced()) {
            String replaced = Pattern.compile("(?i)" + Pattern.quote(word).replace(" ", "\\E[\\s_]+\\Q")).matcher(out).replaceFirst(java.util.regex.Matcher.quoteReplacement(name));
            if (replaced.equals(out)) return Optional.empty();
            out = replaced;
        }
        return Optional.of(out);
    }
}
