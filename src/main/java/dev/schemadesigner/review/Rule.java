package dev.schemadesigner.review;

import java.util.List;
import java.util.Optional;

/**
 * One deterministic check with one id of RULES.md. An implementation lives in
 * {@code review/rules/<area>/}, is named after what it finds ({@code FkMissingIndexRule} for
 * {@code fk-missing-index}), declares its {@link RuleMeta} as a constant, documents itself in the
 * class comment under the headings of {@link RuleDocs#HEADINGS} (the same text ships as the
 * resource {@code review/docs/<id>.md} for the catalogue), and is listed in {@link Rules#all()}.
 */
public interface Rule {

    RuleMeta meta();

    /** Every finding of this rule for the input; suppression and ordering are the {@link Reviewer}'s business. */
    List<Finding> check(ReviewContext context);

    default String id() { return meta().id(); }

    default Area area() { return meta().area(); }

    default Severity severity() { return meta().severity(); }

    default String summary() { return meta().summary(); }

    default boolean autoFix() { return meta().autoFix(); }

    /** The rule's documentation as markdown under the five fixed headings. */
    default String docs() { return RuleDocs.of(id()); }

    default Finding finding(String object, String message) {
        return new Finding(id(), severity(), object, message, Optional.empty());
    }

    default Finding finding(String object, String message, Fix fix) {
        return new Finding(id(), severity(), object, message, Optional.of(fix));
    }
}
