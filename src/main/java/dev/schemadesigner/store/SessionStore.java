package dev.schemadesigner.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions, turns and projects over JDBC: a SQLite file by default, PostgreSQL when
 * {@code SD_DB_URL} points there. The store's own schema is managed by Flyway
 * ({@code db/migration}). No state lives in memory, so several instances can share one database.
 */
public final class SessionStore implements AutoCloseable {

    private final HikariDataSource pool;

    private SessionStore(HikariDataSource pool) { this.pool = pool; }

    public static SessionStore open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("sd-store");
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        // SQLite has one writer; a small pool with a busy timeout queues writers instead of failing them
        config.setMaximumPoolSize(sqlite ? 2 : 10);
        if (sqlite) {
            config.addDataSourceProperty("busy_timeout", "10000");
            // write-ahead log: readers never wait for the writer, and a commit needs no full sync of the file
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.setConnectionInitSql("PRAGMA foreign_keys = ON");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the store at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        return new SessionStore(pool);
    }

    public StoredProject saveProject(Optional<String> id, String name, String body) {
        Instant now = Instant.now();
        String key = id.orElseGet(SessionStore::newId);
        Optional<StoredProject> existing = project(key);
        if (existing.isPresent()) {
            update("UPDATE sd_project SET name = ?, body = ?, updated_at = ? WHERE id = ?", name, body, now.toString(), key);
            return new StoredProject(key, name, body, existing.get().createdAt(), now);
        }
        insert(() -> project(key).isPresent(), "INSERT INTO sd_project (id, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                key, name, body, now.toString(), now.toString());
        return new StoredProject(key, name, body, now, now);
    }

    public Optional<StoredProject> project(String id) {
        return queryOne("SELECT id, name, body, created_at, updated_at FROM sd_project WHERE id = ?",
                rs -> new StoredProject(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5))), id);
    }

    /** Every project, most recently changed first. */
    public List<StoredProject> projects(int limit) {
        return query("SELECT id, name, body, created_at, updated_at FROM sd_project ORDER BY updated_at DESC, id LIMIT ?",
                rs -> new StoredProject(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5))), limit);
    }

    public StoredSession createSession(String projectId, String title) { return createSession(projectId, title, Optional.empty()); }

    public StoredSession createSession(String projectId, String title, Optional<String> baseSchemaJson) {
        Instant now = Instant.now();
        String id = newId();
        String shortTitle = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        insert(() -> session(id).isPresent(), "INSERT INTO sd_session (id, project_id, title, created_at, updated_at, base_schema_json) VALUES (?, ?, ?, ?, ?, ?)",
                id, projectId, shortTitle, now.toString(), now.toString(), baseSchemaJson.orElse(null));
        return new StoredSession(id, projectId, shortTitle, now, now, baseSchemaJson);
    }

    public Optional<StoredSession> session(String id) {
        return queryOne("SELECT id, project_id, title, created_at, updated_at, base_schema_json FROM sd_session WHERE id = ?", SessionStore::session, id);
    }

    /** The most recently active sessions first. */
    public List<StoredSession> recentSessions(int limit) {
        return query("SELECT id, project_id, title, created_at, updated_at, base_schema_json FROM sd_session ORDER BY updated_at DESC, id LIMIT ?",
                SessionStore::session, limit);
    }

    /** The most recently active sessions of one owner first. */
    public List<StoredSession> recentSessions(String owner, int limit) {
        return query("SELECT id, project_id, title, created_at, updated_at, base_schema_json FROM sd_session WHERE owner = ? ORDER BY updated_at DESC, id LIMIT ?",
                SessionStore::session, owner, limit);
    }

    /** Records who started a session; a session that has an owner keeps it. */
    public void claimSession(String sessionId, String owner) {
        update("UPDATE sd_session SET owner = ? WHERE id = ? AND owner IS NULL", owner, sessionId);
    }

    /**
     * The turn and its session's new activity time, in one transaction: a store that goes away meanwhile keeps
     * either both or neither. When the connection broke and the commit may have reached the store, the turn is
     * looked up before it is written again.
     */
    public void appendTurn(StoredTurn turn) {
        transaction("INSERT", c -> {
            try (PreparedStatement insert = prepare(c, "INSERT INTO sd_turn (session_id, number, message, message_chars, reply, schema_json, "
                            + "changes_json, created_at, revisions_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    turn.sessionId(), turn.number(), turn.message(), turn.messageChars(), turn.reply(), turn.schemaJson(), turn.changesJson(),
                    turn.createdAt().toString(), turn.revisionsJson().orElse(null));
                 PreparedStatement touch = prepare(c, "UPDATE sd_session SET updated_at = ? WHERE id = ?", turn.createdAt().toString(), turn.sessionId())) {
                insert.executeUpdate();
                touch.executeUpdate();
            }
        }, () -> turn(turn.sessionId(), turn.number()).filter(t -> t.createdAt().equals(turn.createdAt()) && t.reply().equals(turn.reply())).isPresent());
    }

    private static final String TURN_COLUMNS = "session_id, number, message, message_chars, reply, schema_json, changes_json, created_at, revisions_json";

    public List<StoredTurn> turns(String sessionId) {
        return query("SELECT " + TURN_COLUMNS + " FROM sd_turn WHERE session_id = ? ORDER BY number", SessionStore::turn, sessionId);
    }

    /** At most {@code limit} turns numbered below {@code before} (all when empty), newest first. */
    public List<StoredTurn> turnsNewestFirst(String sessionId, Optional<Integer> before, int limit) {
        return query("SELECT " + TURN_COLUMNS + " FROM sd_turn WHERE session_id = ? AND number < ? ORDER BY number DESC LIMIT ?",
                SessionStore::turn, sessionId, before.orElse(Integer.MAX_VALUE), limit);
    }

    public Optional<StoredTurn> turn(String sessionId, int number) {
        return queryOne("SELECT " + TURN_COLUMNS + " FROM sd_turn WHERE session_id = ? AND number = ?", SessionStore::turn, sessionId, number);
    }

    public int turnCount(String sessionId) {
        return queryOne("SELECT COUNT(*) FROM sd_turn WHERE session_id = ?", rs -> rs.getInt(1), sessionId).orElse(0);
    }

    public Optional<StoredTurn> latestTurn(String sessionId) {
        return turnsNewestFirst(sessionId, Optional.empty(), 1).stream().findFirst();
    }

    /** Writes down a throw-away on a verify server; written again, the row is replaced. */
    public void addThrowaway(StoredThrowaway t) {
        // one transaction, and as a whole it may run twice
        transaction("INSERT", c -> {
            try (PreparedStatement delete = prepare(c, "DELETE FROM sd_throwaway WHERE name = ?", t.name());
                 PreparedStatement insert = prepare(c, "INSERT INTO sd_throwaway (name, kind, server, instance_id, created_at) VALUES (?, ?, ?, ?, ?)",
                         t.name(), t.kind(), t.server(), t.instanceId(), t.createdAt().toString())) {
                delete.executeUpdate();
                insert.executeUpdate();
            }
        }, () -> false);
    }

    public void removeThrowaway(String name) { update("DELETE FROM sd_throwaway WHERE name = ?", name); }

    public List<StoredThrowaway> throwaways() {
        return query("SELECT name, kind, server, instance_id, created_at FROM sd_throwaway ORDER BY created_at, name",
                rs -> new StoredThrowaway(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5))));
    }

    /** "sqlite" or "postgresql", for /health. */
    public String kind() { return pool.getJdbcUrl().startsWith("jdbc:postgresql") ? "postgresql" : "sqlite"; }

    @Override
    public void close() { pool.close(); }

    private static StoredSession session(ResultSet rs) throws SQLException {
        return new StoredSession(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)));
    }

    private static StoredTurn turn(ResultSet rs) throws SQLException {
        String message = rs.getString(3);
        int chars = rs.getInt(4);
        // turns stored before V6 kept their whole message and no length
        return new StoredTurn(rs.getString(1), rs.getInt(2), message, rs.wasNull() ? message.length() : chars, rs.getString(5), rs.getString(6),
                rs.getString(7), Instant.parse(rs.getString(8)), Optional.ofNullable(rs.getString(9)));
    }

    private static String newId() { return UUID.randomUUID().toString(); }

    private static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Tries a statement on another connection when the one it had was lost. A store restarting ends every pooled
     * connection at once: the first loss evicts them all, and the pool hands out each dead one at most once.
     */
    private int attempts() { return pool.getMaximumPoolSize() + 1; }

    private boolean retryable(SQLException e, int attempt) {
        if (attempt >= attempts() || !connectionLost(e)) return false;
        var bean = pool.getHikariPoolMXBean();
        if (bean != null) bean.softEvictConnections();
        return true;
    }

    /** An UPDATE or DELETE: running it twice does what running it once did. */
    private void update(String sql, Object... args) { insert(() -> false, sql, args); }

    /** An INSERT; {@code stored} says whether the row is there already (a commit whose answer was lost with the connection). */
    private void insert(java.util.function.BooleanSupplier stored, String sql, Object... args) {
        transaction(sql.split(" ")[0], c -> {
            try (PreparedStatement ps = prepare(c, sql, args)) {
                ps.executeUpdate();
            }
        }, stored);
    }

    /** Runs {@code work} and commits; when the connection was lost it runs again on another, unless {@code done} says the commit got through. */
    private void transaction(String what, Work work, java.util.function.BooleanSupplier done) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                work.run(c);
                c.commit();
                return;
            } catch (SQLException e) {
                if (retryable(e, attempt)) {
                    if (done.getAsBoolean()) return;
                    continue;
                }
                throw new StoreException("store update failed (" + what + "): " + e.getMessage(), e);
            }
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection(); PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(row.read(rs));
                return out;
            } catch (SQLException e) {
                if (retryable(e, attempt)) continue;
                throw new StoreException("store query failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The connection broke (SQL state class 08) or the server ended it (57P01 administrator command, 57P02 crash,
     * 57P03 not yet accepting connections): the pool drops such a connection, and the statement may run on another.
     * A connection that could not be had at all (the pool's timeout) is not retried: that wait was long already.
     */
    static boolean connectionLost(SQLException e) {
        if (e instanceof java.sql.SQLTransientConnectionException) return false;
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private <T> Optional<T> queryOne(String sql, Row<T> row, Object... args) {
        return query(sql, row, args).stream().findFirst();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps;
    }
}
