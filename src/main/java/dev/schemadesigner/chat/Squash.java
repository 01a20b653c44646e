package dev.schemadesigner.chat;

import java.util.regex.Pattern;

/**
 * A message asking to squash the session's migrations: "squash", "squash the migrations", "please
 * combine all revisions into one". Other verbs need the migrations named, so "merge tables a and b"
 * stays a change request.
 */
final class Squash {
    private Squash() {}

    /** The message a squash asked for over the API is stored as. */
    static final String MESSAGE = "squash the migrations";

    private static final String OBJECT = "(?:all\\s+)?(?:(?:the|my|these|our|this\\s+session'?s|the\\s+session'?s)\\s+)?(?:alembic\\s+)?"
            + "(?:migrations?|revisions?)(?:\\s+of\\s+this\\s+session)?";
    private static final String TAIL = "(?:\\s+(?:in)?to\\s+(?:one|a\\s+single)(?:\\s+(?:migration|revision))?)?(?:\\s+please)?[.!]*";
    private static final Pattern REQUEST = Pattern.compile("(?i)\\s*(?:please\\s+)?(?:"
            + "squash(?:\\s+" + OBJECT + ")?"
            + "|(?:collapse|combine|merge|flatten)\\s+" + OBJECT + ")" + TAIL + "\\s*");

    static boolean isRequest(String message) { return REQUEST.matcher(message).matches(); }
}
