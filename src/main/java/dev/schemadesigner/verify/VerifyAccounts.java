package dev.schemadesigner.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Who does what with the throw-away databases on one server. {@code url} creates and drops them;
 * the worker, when there is one, runs everything inside them — the statements under verification,
 * the introspection. Without a worker the url's own user does both: the recommended setup, where
 * that user is itself a least-privilege one (see {@link VerifyServerCheck}).
 */
public record VerifyAccounts(String url, Optional<Worker> worker) {

    /**
     * A login the service created for itself, connecting to {@code url} (the configured one without its
     * credentials); its password lives only in this process's memory.
     */
    public record Worker(String url, String user, String password) {
        public Worker {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() { return "Worker[url=" + url + ", user=" + user + ", password=…]"; }
    }

    /** Credentials written into a JDBC URL as query parameters; removed before the worker's own are given. */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)(?<=[?&])(user|password)=[^&]*(&|$)");
    /** The database in a JDBC URL's path ({@code //host:port/test?…}). */
    private static final Pattern URL_DATABASE = Pattern.compile("^(jdbc:[a-z]+://[^/?]*)/[^?]*");

    public VerifyAccounts {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(worker, "worker");
    }

    /** The url's own user does everything (it must be a least-privilege one in the service; tests may use any). */
    public static VerifyAccounts asConfigured(String url) { return new VerifyAccounts(url, Optional.empty()); }

    /** The URL's server with no database chosen: a MariaDB login granted only on throw-aways may not enter another. */
    static String withoutDatabase(String url) { return URL_DATABASE.matcher(url).replaceFirst("$1/"); }

    /** The connection that creates, grants on and drops throw-away databases. */
    Connection admin() throws SQLException { return DriverManager.getConnection(url); }

    /** The connection statements under verification run on. */
    Connection work() throws SQLException {
        if (worker.isEmpty()) return DriverManager.getConnection(url);
        Properties login = new Properties();
        login.setProperty("user", worker.get().user());
        login.setProperty("password", worker.get().password());
        return DriverManager.getConnection(worker.get().url(), login);
    }

    /** Drivers let a URL's {@code user=}/{@code password=} win over the given properties, so those parameters go. */
    static String withoutCredentials(String url) {
        String stripped = URL_CREDENTIALS.matcher(url).replaceAll("");
        return stripped.endsWith("?") || stripped.endsWith("&") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
