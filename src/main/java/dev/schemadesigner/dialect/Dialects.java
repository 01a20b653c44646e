package dev.schemadesigner.dialect;

import java.util.List;
import java.util.Locale;

/** The dialects this service knows, by name. */
public final class Dialects {
    private Dialects() {}

    public static List<Dialect> all() {
        return List.of(new PostgresDialect(), new SqliteDialect(), new MariaDbDialect());
    }

    /** Accepts the API names and the usual aliases (postgres, pg, mysql). */
    public static Dialect byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "postgresql", "postgres", "pg" -> new PostgresDialect();
            case "sqlite", "sqlite3" -> new SqliteDialect();
            case "mariadb", "mysql" -> new MariaDbDialect();
            default -> throw new UnknownDialectException(name);
        };
    }

    public static final class UnknownDialectException extends IllegalArgumentException {
        public UnknownDialectException(String name) {
            super("unknown dialect '" + name + "': expected one of postgresql, sqlite, mariadb (mysql)");
        }
    }
}
