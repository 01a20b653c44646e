package dev.schemadesigner.importer.migration;

import java.util.Locale;

/** PostgreSQL's table-level lock modes, weakest first (the names of its documentation, "Explicit Locking"). */
public enum LockMode {
    ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE;

    /** As PostgreSQL spells it: {@code SHARE UPDATE EXCLUSIVE}. */
    public String sql() { return name().replace('_', ' '); }

    /** What the mode keeps waiting while it is held or queued: reads, writes and schema changes, or less. */
    public String blocks() {
        return switch (this) {
            case ACCESS_EXCLUSIVE -> "reads, writes and schema changes";
            case EXCLUSIVE, SHARE_ROW_EXCLUSIVE, SHARE -> "writes and schema changes";
            case SHARE_UPDATE_EXCLUSIVE, ROW_EXCLUSIVE, ROW_SHARE, ACCESS_SHARE -> "schema changes";
        };
    }

    /** {@code IN ROW EXCLUSIVE MODE} read as words: {@code ROW EXCLUSIVE}. */
    public static LockMode ofWords(String words) {
        return valueOf(words.trim().replaceAll("\\s+", "_").toUpperCase(Locale.ROOT));
    }
}
