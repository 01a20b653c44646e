package dev.schemadesigner.importer;

import java.util.List;
import java.util.Locale;

/** How one database spells DDL, as far as reading it is concerned. */
enum DdlDialect {
    POSTGRESQL("postgresql", true, false, false, true),
    SQLITE("sqlite", false, true, false, false),
    MARIADB("mariadb", false, false, true, false);

    private final String apiName;
    /** PostgreSQL folds unquoted identifiers to lower case; the others keep them as written. */
    final boolean foldsUnquotedToLower;
    /** SQLite accepts {@code [name]} as a quoted identifier. */
    final boolean bracketIdentifiers;
    /** MariaDB: backslash escapes in strings, {@code #} comments, double-quoted strings. */
    final boolean mysqlLexical;
    /** PostgreSQL: {@code /* … *}{@code /} comments nest; the others end at the first {@code *}{@code /}. */
    final boolean nestsComments;

    DdlDialect(String apiName, boolean foldsUnquotedToLower, boolean bracketIdentifiers, boolean mysqlLexical, boolean nestsComments) {
        this.apiName = apiName;
        this.foldsUnquotedToLower = foldsUnquotedToLower;
        this.bracketIdentifiers = bracketIdentifiers;
        this.mysqlLexical = mysqlLexical;
        this.nestsComments = nestsComments;
    }

    String apiName() { return apiName; }

    static final List<String> KNOWN = List.of("postgresql", "sqlite", "mariadb", "mysql");

    static DdlDialect parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "postgresql": case "postgres": return POSTGRESQL;
            case "sqlite": return SQLITE;
            case "mariadb": case "mysql": return MARIADB;
            default:
                throw new ImportException(ImportException.Code.UNKNOWN_DIALECT,
                        "unknown SQL dialect '" + name + "'; known dialects: " + String.join(", ", KNOWN));
        }
    }

    @Override public String toString() { return apiName; }
}
