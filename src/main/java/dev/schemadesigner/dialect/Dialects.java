package dev.schemadesigner.dialect;

import java.sql.Connection;
import java.sql.SQLException;
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

    /** The dialect of a JDBC connection, from its product name (MySQL is read as MariaDB). */
    public static Dialect of(Connection connection) throws SQLException {
        return forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** By JDBC product name: PostgreSQL, SQLite, MariaDB or MySQL (read as MariaDB); anything else is refused naming the product. */
    public static Dialect forProduct(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) return new PostgresDialect();
        if (product.contains("sqlite")) return new SqliteDialect();
        if (product.contains("mariadb") || isMySql(productName)) return new MariaDbDialect();
        throw new UnsupportedDatabaseException(productName);
    }

    /** MySQL speaks the MariaDB dialect here, but differs in catalog details and session settings. */
    public static boolean isMySql(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("mysql");
    }

    public static final class UnsupportedDatabaseException extends dev.schemadesigner.error.UserFacingException {
        public UnsupportedDatabaseException(String productName) {
            super(dev.schemadesigner.error.ErrorCode.UNSUPPORTED_DATABASE, "cannot work with " + productName + ": supported are PostgreSQL, SQLite, MariaDB and MySQL");
        }
    }

    public static final class UnknownDialectException extends dev.schemadesigner.error.UserFacingException {
        public UnknownDialectException(String name) {
            super(dev.schemadesigner.error.ErrorCode.UNKNOWN_DIALECT, "unknown dialect '" + name + "': expected one of postgresql, sqlite, mariadb (mysql)");
        }
    }
}
