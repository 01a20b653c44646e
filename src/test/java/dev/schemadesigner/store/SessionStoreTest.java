package dev.schemadesigner.store;

import dev.schemadesigner.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void sessionsAndTurnsSurviveReopeningTheStore(String kind) throws Exception {
        String url = url(kind);
        String sessionId;
        try (SessionStore store = SessionStore.open(url)) {
            StoredProject project = store.saveProject(Optional.empty(), "Shop", "{\"name\":\"Shop\"}");
            StoredSession session = store.createSession(project.id(), "Design database schema for a shop");
            sessionId = session.id();
            store.appendTurn(new StoredTurn(sessionId, 1, "design a shop", "{\"turn\":1}", "{\"tables\":[]}", "{\"ops\":[]}", Instant.now()));
            store.appendTurn(new StoredTurn(sessionId, 2, "now add a priority column", "{\"turn\":2}", "{\"tables\":[1]}", "{\"ops\":[1]}", Instant.now()));
        }
        try (SessionStore reopened = SessionStore.open(url)) {
            assertThat(reopened.session(sessionId)).get().extracting(StoredSession::title).isEqualTo("Design database schema for a shop");
            assertThat(reopened.turns(sessionId)).extracting(StoredTurn::message).containsExactly("design a shop", "now add a priority column");
            assertThat(reopened.latestTurn(sessionId)).get().extracting(StoredTurn::schemaJson).isEqualTo("{\"tables\":[1]}");
            assertThat(reopened.recentSessions(10)).extracting(StoredSession::id).contains(sessionId);
            assertThat(reopened.session("no-such-session")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aTurnKeepsTheSessionsRevisionsAndATurnStoredWithoutThemReadsAsNone(String kind) {
        try (SessionStore store = SessionStore.open(url(kind))) {
            StoredSession session = store.createSession(store.saveProject(Optional.empty(), "Shop", "{}").id(), "shop");
            store.appendTurn(new StoredTurn(session.id(), 1, "design a shop", 13, "{}", "{}", "{\"ops\":[]}", Instant.now()));
            String revisions = "[{\"title\":\"create shops\",\"changes\":{\"ops\":[]}}]";
            store.appendTurn(new StoredTurn(session.id(), 2, "add a shop", 10, "{}", "{}", "{\"ops\":[]}", Instant.now(), Optional.of(revisions)));

            assertThat(store.turn(session.id(), 1)).get().extracting(StoredTurn::revisionsJson).isEqualTo(Optional.empty());
            assertThat(store.turn(session.id(), 2)).get().extracting(StoredTurn::revisionsJson).isEqualTo(Optional.of(revisions));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void turnsAreReadInPagesNewestFirstAndACutMessageKeepsItsLength(String kind) {
        try (SessionStore store = SessionStore.open(url(kind))) {
            StoredSession session = store.createSession(store.saveProject(Optional.empty(), "Shop", "{}").id(), "shop");
            for (int n = 1; n <= 5; n++) {
                store.appendTurn(new StoredTurn(session.id(), n, "message " + n, n == 3 ? 50_000 : 9, "{}", "{}", "{\"ops\":[]}", Instant.now()));
            }

            assertThat(store.turnsNewestFirst(session.id(), Optional.empty(), 2)).extracting(StoredTurn::number).containsExactly(5, 4);
            assertThat(store.turnsNewestFirst(session.id(), Optional.of(4), 2)).extracting(StoredTurn::number).containsExactly(3, 2);
            assertThat(store.turnCount(session.id())).isEqualTo(5);
            assertThat(store.turn(session.id(), 3)).get().satisfies(t -> {
                assertThat(t.messageChars()).isEqualTo(50_000);
                assertThat(t.messageTruncated()).isTrue();
            });
            assertThat(store.turn(session.id(), 2)).get().extracting(StoredTurn::messageTruncated).isEqualTo(false);
            assertThat(store.turn(session.id(), 9)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void savingAProjectTwiceUpdatesIt(String kind) {
        try (SessionStore store = SessionStore.open(url(kind))) {
            StoredProject first = store.saveProject(Optional.empty(), "A", "{}");
            StoredProject second = store.saveProject(Optional.of(first.id()), "B", "{\"x\":1}");

            assertThat(store.project(first.id())).get().extracting(StoredProject::name, StoredProject::body).containsExactly("B", "{\"x\":1}");
            assertThat(second.createdAt()).isEqualTo(first.createdAt());
        }
    }

    /** SQLite in a temp file; PostgreSQL in a fresh schema of the test database, dropped after the test. */
    private String url(String kind) {
        if (kind.equals("sqlite")) return "jdbc:sqlite:" + dir.resolve("store.db");
        String schema = "sd_store_" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        try (var c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (Exception e) {
            throw new AssertionError("PostgreSQL at " + TestDatabases.postgresUrl() + " is not reachable", e);
        }
        dropLater.add(schema);
        return TestDatabases.postgresUrl() + "&currentSchema=" + schema;
    }

    private final java.util.List<String> dropLater = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void dropSchemas() throws Exception {
        try (var c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
            for (String s : dropLater) c.createStatement().execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
        }
    }
}
