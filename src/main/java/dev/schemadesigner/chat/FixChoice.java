package dev.schemadesigner.chat;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.review.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "apply fix 2", "apply the fix for create-index-not-concurrently": a message that accepts the fix
 * of a finding the previous reply listed, by its number there (1-based, in the reply's order) or by
 * its rule id (every finding of that rule with a fix). The chosen fixes become the turn's plan.
 */
record FixChoice(Optional<Integer> number, Optional<String> rule) {

    private static final Pattern CHOICE = Pattern.compile("(?iu)^\\W*(please\\s+|bitte\\s+|por\\s+favor\\s+)?"
            + "(apply|wende|aplica|aplique|applique|appliquez)\\s+(the\\s+|den\\s+|el\\s+|la\\s+|le\\s+|a\\s+|o\\s+)?"
            + "(fix(es)?|korrektur|fehlerbehebung|arreglo|correcci[oó]n|correctif|correction|corre[çc][ãa]o)\\s+"
            + "(n(o|r|º|°)?\\.?\\s*|#|number\\s+|nummer\\s+|n[úu]mero\\s+|num[ée]ro\\s+)?(?<number>\\d+)?"
            + "((for|of|für|zu|para|de|du|pour|do|da)\\s+(the\\s+|rule\\s+|regel\\s+|la\\s+|el\\s+|a\\s+|o\\s+)*`?(?<rule>[a-z0-9]+(-[a-z0-9]+)+)`?)?"
            + "(\\s+an)?\\W*$");

    /** The choice a message makes, if it is one. */
    static Optional<FixChoice> read(String message) {
        Matcher m = CHOICE.matcher(message.strip());
        if (!m.matches()) return Optional.empty();
        Optional<Integer> number = Optional.ofNullable(m.group("number")).map(Integer::parseInt);
        Optional<String> rule = Optional.ofNullable(m.group("rule"));
        if (number.isEmpty() && rule.isEmpty()) return Optional.empty();
        return Optional.of(new FixChoice(number, rule));
    }

    /** The chosen fixes of {@code findings} as one change set; a choice that names no fix is bad input naming what there is. */
    ChangeSet changes(List<Finding> findings) {
        List<Finding> chosen = new ArrayList<>();
        if (number.isPresent()) {
            int n = number.get();
            if (n < 1 || n > findings.size()) {
                throw ConversationException.badInput("message", "there is no finding " + n + " to fix: the previous reply listed "
                        + findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
            }
            chosen.add(findings.get(n - 1));
        } else {
            findings.stream().filter(f -> f.rule().equals(rule.get())).forEach(chosen::add);
            if (chosen.isEmpty()) {
                throw ConversationException.badInput("message", "the previous reply has no " + rule.get() + " finding; it listed "
                        + findings.stream().map(Finding::rule).distinct().toList());
            }
        }
        List<Op> ops = new ArrayList<>();
        for (Finding f : chosen) f.fix().ifPresent(fix -> ops.addAll(fix.changes().ops()));
        if (ops.isEmpty()) {
            throw ConversationException.badInput("message", chosen.get(0).rule() + " on " + chosen.get(0).object() + " has no fix to apply");
        }
        return new ChangeSet(ops);
    }
}
