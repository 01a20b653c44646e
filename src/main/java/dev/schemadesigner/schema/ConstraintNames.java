package dev.schemadesigner.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The project's one convention for the names it gives constraints and indexes: {@code <prefix>_<table>_<what>}
 * ({@code idx_tickets_status}, {@code ck_pain_points_severity}, {@code uq_users_email}), cut to 63 bytes
 * (PostgreSQL's limit, the tightest of the dialects) with a short hash of the whole name so that cut names
 * stay distinct. The planner's {@code Naming}, the review's fixes and the dialects' generated checks name
 * through here, so a fix and a plan name the same constraint the same way.
 */
public final class ConstraintNames {
    private ConstraintNames() {}

    public static final int MAX_BYTES = 63;

    /** {@code <prefix>_<table>_<suffix>}, fitted: {@code named("ck", "pain_points", "severity")} is {@code ck_pain_points_severity}. */
    public static String named(String prefix, String table, String suffix) { return fit(prefix + "_" + table + "_" + suffix); }

    /** {@code <prefix>_<table>_<column>_<column>…}, fitted. */
    public static String named(String prefix, String table, List<String> columns) { return named(prefix, table, String.join("_", columns)); }

    /** {@code idx_<table>_<columns>}: the index naming convention. */
    public static String index(String table, List<String> columns) { return named("idx", table, columns); }

    /** The check that keeps an enum column to its values where the database has no enum type: {@code ck_<table>_<column>_enum}. */
    public static String enumCheck(String table, String column) { return named("ck", table, column + "_enum"); }

    /** Cut to {@link #MAX_BYTES}, keeping names distinct with a short hash of the whole name. */
    public static String fit(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) return name;
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        String head = name;
        // cut whole characters until the head and its hash fit in bytes
        while ((head + "_" + hash).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) head = head.substring(0, head.length() - 1);
        return head.replaceAll("_+$", "") + "_" + hash;
    }
}
