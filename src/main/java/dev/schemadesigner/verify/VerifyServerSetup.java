package dev.schemadesigner.verify;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, once at start, who verification runs as on a configured server. A least-privilege user
 * (the recommended setup) is used as it is. A superuser is refused — a statement that got past the
 * data-migration policy would run with every privilege on that server — unless
 * {@code SD_VERIFY_ALLOW_SUPERUSER=true}; then the service creates (or re-keys) its own
 * least-privilege worker login with a random password kept in memory, and the superuser only
 * creates, grants on and drops throw-away databases.
 */
public final class VerifyServerSetup {
    private VerifyServerSetup() {}

    /** The login the service creates for itself on a superuser-configured server. */
    static final String WORKER = "sd_verify_worker";
    /**
     * One password per process, made at first use: every setup in this process (each server, each
     * restart of the app in tests) re-keys the worker to the same secret, so a second setup never
     * locks out throw-aways the first one is still opening. Another process re-keys it to its own.
     */
    private static final String WORKER_PASSWORD = randomPassword();
    /** {@code GRANT <privileges> ON *.* TO …}: a MariaDB grant that reaches every database. */
    private static final Pattern GLOBAL_GRANT = Pattern.compile("^GRANT (.+?) ON \\*\\.\\* TO ", Pattern.CASE_INSENSITIVE);

    public static VerifyAccounts postgres(String url, boolean allowSuperuser) {
        try (Connection c = VerifyAccounts.asConfigured(url).admin(); Statement s = c.createStatement()) {
            String user = single(s, "SELECT current_user");
            if (!single(s, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user").equals("true")) {
                return VerifyAccounts.asConfigured(url);
            }
            refuseUnlessAllowed("SD_VERIFY_POSTGRES_URL", user + " is a PostgreSQL superuser", allowSuperuser);
            String password = WORKER_PASSWORD;
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + WORKER + "') THEN CREATE ROLE " + WORKER
                    + "; END IF; END $$");
            s.execute("ALTER ROLE " + WORKER + " LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD '"
                    + password + "'");
            return new VerifyAccounts(url, Optional.of(new VerifyAccounts.Worker(VerifyAccounts.withoutCredentials(url), WORKER, password)));
        } catch (SQLException e) {
            throw unreachable("SD_VERIFY_POSTGRES_URL", e);
        }
    }

    public static VerifyAccounts mariadb(String url, boolean allowSuperuser) {
        try (Connection c = VerifyAccounts.asConfigured(url).admin(); Statement s = c.createStatement()) {
            String account = single(s, "SELECT CURRENT_USER()");
            List<String> global = globalPrivileges(s);
            if (global.isEmpty()) return VerifyAccounts.asConfigured(url);
            refuseUnlessAllowed("SD_VERIFY_MARIADB_URL", account + " holds server-wide privileges (" + String.join("; ", global) + ")",
                    allowSuperuser);
            // the worker connects from where this connection comes from, as the server sees it
            String user = single(s, "SELECT USER()");
            String host = user.substring(user.lastIndexOf('@') + 1).replace("'", "");
            String worker = "'" + WORKER + "'@'" + host + "'";
            String password = WORKER_PASSWORD;
            s.execute("CREATE USER IF NOT EXISTS " + worker + " IDENTIFIED BY '" + password + "'");
            s.execute("ALTER USER " + worker + " IDENTIFIED BY '" + password + "'");
            s.execute("GRANT ALL PRIVILEGES ON `sd\\_verify\\_%`.* TO " + worker);
            String workUrl = VerifyAccounts.withoutDatabase(VerifyAccounts.withoutCredentials(url));
            return new VerifyAccounts(url, Optional.of(new VerifyAccounts.Worker(workUrl, WORKER, password)));
        } catch (SQLException e) {
            throw unreachable("SD_VERIFY_MARIADB_URL", e);
        }
    }

    /** The global grants beyond USAGE of the connected account, as SHOW GRANTS states them. */
    static List<String> globalPrivileges(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SHOW GRANTS")) {
            while (r.next()) {
                Matcher m = GLOBAL_GRANT.matcher(r.getString(1));
                if (m.find() && !m.group(1).strip().equalsIgnoreCase("USAGE")) out.add(m.group(1).strip());
            }
        }
        return out;
    }

    private static void refuseUnlessAllowed(String variable, String why, boolean allowSuperuser) {
        if (allowSuperuser) return;
        throw new IllegalStateException(variable + " connects as " + why + ": a statement under verification would run with every "
                + "privilege on that server. Give it a least-privilege user (README, \"Verification databases\"), or set "
                + "SD_VERIFY_ALLOW_SUPERUSER=true to let the service create its own least-privilege login and use the superuser "
                + "only to create and drop throw-away databases.");
    }

    private static IllegalStateException unreachable(String variable, SQLException e) {
        return new IllegalStateException("could not check who " + variable + " connects as: " + e.getMessage(), e);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) throw new SQLException("no answer to " + sql);
            return r.getString(1);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
