package dev.schemadesigner.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The functions a client- or model-supplied SQL expression (a CHECK, a default, an index key or
 * predicate, a data migration) may call, per database. Everything else is refused by name: what
 * is not listed may read files, run programs, reach other databases or change session state
 * ({@code pg_read_file}, {@code set_config}, {@code load_file}, {@code dblink}, …).
 * The keys are the dialect names {@code postgresql}, {@code sqlite} and {@code mariadb}.
 */
public final class AllowedFunctions {
    private AllowedFunctions() {}

    /** Pure functions on values that all three databases know under the same name. */
    private static final Set<String> COMMON = Set.of(
            "lower", "upper", "coalesce", "nullif", "length", "abs", "round", "trim", "ltrim", "rtrim", "replace",
            "substr", "current_timestamp", "current_date", "current_time", "max", "min", "count", "sum", "avg");

    private static final Map<String, Set<String>> BY_DIALECT = Map.of(
            "postgresql", Set.of("now", "gen_random_uuid", "char_length", "character_length", "octet_length", "substring",
                    "concat", "greatest", "least", "floor", "ceil", "ceiling", "mod", "position", "btrim", "left", "right",
                    "date_trunc", "extract", "date_part", "to_char", "md5", "array_length", "cardinality", "jsonb_typeof",
                    "json_typeof", "localtimestamp", "clock_timestamp", "statement_timestamp", "transaction_timestamp",
                    "uuid_generate_v4", "timezone", "sign", "trunc", "regexp_replace", "starts_with"),
            "sqlite", Set.of("datetime", "date", "time", "julianday", "strftime", "unixepoch", "instr", "ifnull", "typeof",
                    "hex", "randomblob", "printf", "json_valid", "json_type", "json_extract", "glob", "like", "sign",
                    "max", "min"),
            "mariadb", Set.of("now", "uuid", "char_length", "character_length", "octet_length", "substring", "concat",
                    "concat_ws", "greatest", "least", "floor", "ceil", "ceiling", "mod", "left", "right", "date_format",
                    "curdate", "curtime", "utc_timestamp", "ifnull", "if", "json_valid", "json_type", "json_extract",
                    "regexp_like", "char", "sign", "truncate", "locate", "instr", "year", "month", "day", "date"));

    /** Functions one database names differently: written under its own name there (PostgreSQL's char_length is SQLite's length). */
    private static final Map<String, Map<String, String>> RENAMED = Map.of(
            "sqlite", Map.of("char_length", "length", "character_length", "length"),
            "mariadb", Map.of("gen_random_uuid", "uuid", "uuid_generate_v4", "uuid"));

    /**
     * A function without arguments that one database lacks but can stand in for with an expression
     * of its own: SQLite has no UUID generator, so an imported {@code DEFAULT gen_random_uuid()} is
     * written there as random text in the UUID's 8-4-4-4-12 shape (version digit 4).
     */
    private static final String SQLITE_UUID = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
            + " || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";
    private static final Map<String, Map<String, String>> EQUIVALENTS = Map.of(
            "sqlite", Map.of("gen_random_uuid", SQLITE_UUID, "uuid_generate_v4", SQLITE_UUID));

    /** Whether {@code function} may be called in an expression that will run on {@code dialect}. */
    public static boolean allowed(String dialect, String function) {
        String f = spelling(dialect, function);
        return COMMON.contains(f) || BY_DIALECT.getOrDefault(dialect, Set.of()).contains(f);
    }

    /**
     * Whether an expression that calls {@code function} can be written for {@code dialect}: the
     * function is allowed there, or the database has an {@link #equivalent} for it. (Raw SQL such as a
     * data migration is not rewritten, so it asks {@link #allowed}.)
     */
    public static boolean writable(String dialect, String function) {
        return allowed(dialect, function) || equivalent(dialect, function).isPresent();
    }

    /** The expression {@code dialect} writes for the argument-less {@code function} it lacks, if it has one. */
    public static java.util.Optional<String> equivalent(String dialect, String function) {
        return java.util.Optional.ofNullable(EQUIVALENTS.getOrDefault(dialect, Map.of()).get(function.toLowerCase(Locale.ROOT)));
    }

    /** The name {@code function} has on {@code dialect}, lower case. */
    public static String spelling(String dialect, String function) {
        String f = function.toLowerCase(Locale.ROOT);
        return RENAMED.getOrDefault(dialect, Map.of()).getOrDefault(f, f);
    }

    /** Whether some database allows {@code function}: the test for a dialect-neutral model expression. */
    public static boolean allowedAnywhere(String function) {
        String f = function.toLowerCase(Locale.ROOT);
        return COMMON.contains(f) || BY_DIALECT.values().stream().anyMatch(s -> s.contains(f));
    }
}
