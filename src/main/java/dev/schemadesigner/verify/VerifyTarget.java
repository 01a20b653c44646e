package dev.schemadesigner.verify;

import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.MariaDbDialect;
import dev.schemadesigner.dialect.PostgresDialect;
import dev.schemadesigner.dialect.SqliteDialect;

import java.sql.SQLException;
import java.util.Objects;

/** A database to verify on: its dialect and how to get a throw-away database there. */
public record VerifyTarget(Dialect dialect, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        ThrowawayDatabase open() throws SQLException;
    }

    public VerifyTarget {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(opener, "opener");
    }

    public static VerifyTarget sqlite() { return new VerifyTarget(new SqliteDialect(), ThrowawayDatabase::sqlite); }

    /** PostgreSQL at {@code jdbcUrl}, its user doing everything (tests; the service checks the user first: {@link VerifyServerSetup}). */
    public static VerifyTarget postgres(String jdbcUrl) { return postgres(VerifyAccounts.asConfigured(jdbcUrl)); }

    public static VerifyTarget postgres(VerifyAccounts accounts) {
        return new VerifyTarget(new PostgresDialect(), () -> ThrowawayDatabase.postgres(accounts));
    }

    public static VerifyTarget mariadb(String jdbcUrl) { return mariadb(VerifyAccounts.asConfigured(jdbcUrl)); }

    public static VerifyTarget mariadb(VerifyAccounts accounts) {
        return new VerifyTarget(new MariaDbDialect(), () -> ThrowawayDatabase.mariadb(accounts));
    }
}
