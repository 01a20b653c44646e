package dev.schemadesigner.review;

import java.util.Locale;

/**
 * PostgreSQL's table lock modes, weakest first: each blocks more than the one before it. {@link #blocksWrites()}
 * is SHARE and above (INSERT/UPDATE/DELETE wait), {@link #blocksReads()} only ACCESS EXCLUSIVE (even SELECT waits).
 */
public enum LockMode {
    ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE;

    /** The mode {@code pg_locks.mode} names ({@code AccessExclusiveLock}). */
    public static LockMode ofPgLocks(String mode) {
        String words = mode.replaceFirst("Lock$", "").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return valueOf(words);
    }

    /** As the PostgreSQL documentation writes it: {@code ACCESS EXCLUSIVE}. */
    public String label() { return name().replace('_', ' '); }

    public boolean blocksWrites() { return compareTo(SHARE) >= 0; }

    public boolean blocksReads() { return this == ACCESS_EXCLUSIVE; }

    public LockMode strongest(LockMode other) { return compareTo(other) >= 0 ? this : other; }
}
