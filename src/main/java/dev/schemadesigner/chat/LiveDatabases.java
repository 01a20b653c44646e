package dev.schemadesigner.chat;

import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.review.DatabaseReview;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The live databases a review may read: only the JDBC URLs the operator listed in
 * {@code SD_REVIEW_DATABASE_URLS}, matched exactly. Connections are read-only (the session's
 * transactions are READ ONLY and the JDBC connection is marked read-only), every statement has a
 * timeout, and the one transaction is rolled back before the connection closes.
 */
final class LiveDatabases {
    static final String SETTING = "SD_REVIEW_DATABASE_URLS";
    static final int STATEMENT_TIMEOUT_SECONDS = 15;
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private final List<String> allowed;

    LiveDatabases(List<String> allowed) { this.allowed = List.copyOf(allowed); }

    static LiveDatabases none() { return new LiveDatabases(List.of()); }

    /** Reads the database at {@code url} (one of the allowed URLs): its schema and the dependencies measured on its rows. */
    DatabaseReview.LiveSchema read(String url) {
        String key = url == null ? "" : url.trim();
        if (allowed.isEmpty()) {
            throw ConversationException.badInput("format", "reviewing a live database is not enabled here: the operator lists the JDBC URLs the service may read in " + SETTING);
        }
        if (!allowed.contains(key)) {
            throw ConversationException.badInput("content", "that database is not one the service may read: content must be one of the JDBC URLs listed in " + SETTING);
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:mariadb:") && !lower.startsWith("jdbc:mysql:")) {
            throw ConversationException.badInput("content", "a live database must be PostgreSQL or MariaDB/MySQL (a jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql: URL in " + SETTING + ")");
        }
        try (Connection c = open(key)) {
            try {
                return DatabaseReview.read(c, DatabaseReview.currentSchema(c));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw ConversationException.badInput("content", "could not read the database: " + e.getMessage());
        }
    }

    /** A connection whose session can only read, with a statement timeout, inside one transaction. */
    static Connection open(String url) throws SQLException {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        Connection c = DriverManager.getConnection(url);
        try {
            String product = c.getMetaData().getDatabaseProductName();
            String dialect = Dialects.forProduct(product).name();
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(STATEMENT_TIMEOUT_SECONDS);
                if (dialect.equals("postgresql")) {
                    s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                    s.execute("SET statement_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'");
                } else if (dialect.equals("mariadb") && !Dialects.isMySql(product)) {
                    s.execute("SET SESSION TRANSACTION READ ONLY");
                    s.execute("SET SESSION max_statement_time = " + STATEMENT_TIMEOUT_SECONDS);
                } else {
                    s.execute("SET SESSION TRANSACTION READ ONLY");
                    s.execute("SET SESSION max_execution_time = " + STATEMENT_TIMEOUT_SECONDS * 1000);
                }
            }
            c.setReadOnly(true);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }
}
