package dev.schemadesigner.verify;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of throw-away schemas and databases: {@code sd_verify_<instance>_<created>_<random>}, where
 * {@code instance} is eight hex digits drawn once per process, {@code created} the creation time in
 * epoch seconds, base 36, and {@code random} twelve hex digits. The name alone says who made a
 * throw-away and when, so a sweep can tell a leftover (old enough that no turn can still use it) from a
 * live one of another process without asking anyone (audit H4, 5.6–5.8). Lower case and at most 40
 * characters: within PostgreSQL's 63 and MariaDB's 64, and never quoted differently by either.
 */
public final class ThrowawayNames {
    private ThrowawayNames() {}

    public static final String PREFIX = "sd_verify_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** This process; every throw-away it creates carries it. */
    public static final String INSTANCE = hex(4);
    private static final Pattern STAMPED = Pattern.compile("sd_verify_([0-9a-f]{8})_([0-9a-z]{1,13})_([0-9a-f]{12})");
    /** Everything a sweep may put into a DROP statement: the prefix, then lower-case letters, digits and underscores. */
    private static final Pattern SAFE = Pattern.compile("sd_verify_[0-9a-z_]{1,53}");

    /** A fresh name for this process, created now. */
    public static String next() { return of(INSTANCE, Instant.now()); }

    /** The name a throw-away of {@code instance} created at {@code created} gets (a sweep test builds a dead instance's name with it). */
    public static String of(String instance, Instant created) {
        if (!instance.matches("[0-9a-f]{8}")) throw new IllegalArgumentException("an instance id is eight lower-case hex digits: " + instance);
        return PREFIX + instance + "_" + Long.toString(created.getEpochSecond(), 36) + "_" + hex(6);
    }

    /** A name this service may drop: the throw-away prefix and nothing that needs quoting. */
    public static boolean isThrowaway(String name) { return SAFE.matcher(name).matches(); }

    /** When a stamped name was created; empty for the names before instance and time were part of them. */
    public static Optional<Instant> createdAt(String name) {
        Matcher m = STAMPED.matcher(name);
        return m.matches() ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(2), 36))) : Optional.empty();
    }

    /** The process that created a stamped name. */
    public static Optional<String> instanceOf(String name) {
        Matcher m = STAMPED.matcher(name);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
