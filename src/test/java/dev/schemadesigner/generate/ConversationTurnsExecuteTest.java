package dev.schemadesigner.generate;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.Source;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.Verifier;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue K's acceptance: conversations over six projects — the bundled one, three imported from DDL and
 * two imported from SQLAlchemy models (the sources are beside this test, under
 * {@code src/test/resources/generate/conversation/}) — whose turns use every change form people write
 * (see {@link ConversationScenarios}). Each turn's plan is asserted (operations, names, order), each change
 * verifies, and each session's revision chain runs for real: alembic upgrade head over the imported
 * baseline (over seeded rows for the bundled project), the generated pytest, downgrade base, upgrade head
 * again and the database compared with the session's schema, on SQLite and PostgreSQL.
 */
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class ConversationTurnsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();
    private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static Conversation conversation;
    private static SessionStore store;

    /** A session's replies and the files of its last verified turn. */
    record Outcome(List<Reply> replies, List<Artifact> files, Reply last) {}

    private static synchronized Conversation conversation() throws IOException {
        if (conversation == null) {
            Path file = Files.createTempFile("sd-conversation-", ".db");
            file.toFile().deleteOnExit();
            store = SessionStore.open("jdbc:sqlite:" + file);
            conversation = new Conversation(store, IntentDetector.withDefaultSkills(), new RulePlanner(), new Reviewer(),
                    Verifier.of(Optional.of(TestDatabases.postgresUrl()), Optional.empty()));
        }
        return conversation;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConversationTurnsExecuteTest.class.getResourceAsStream("/generate/conversation/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Optional<String> project(Conversation c, ConversationScenarios.Scenario s) throws IOException {
        if (s.source().isEmpty()) return Optional.of(ProjectContext.BUNDLED_ID);
        String file = s.source().get();
        String format = file.endsWith(".py") ? "sqlalchemy" : "sql";
        // classic models: the machine's Python has SQLAlchemy 1.4
        return Optional.of(c.saveProject(Optional.empty(), new ProjectRequest(Optional.empty(), s.name(), Optional.empty(), Optional.of("classic"),
                Optional.empty(), Optional.of(new Source(format, resource(file), Optional.empty())))).id());
    }

    static synchronized Outcome outcome(ConversationScenarios.Scenario s) throws Exception {
        Outcome cached = OUTCOMES.get(s.name());
        if (cached != null) return cached;
        Conversation c = conversation();
        Optional<String> project = project(c, s);
        Optional<String> session = Optional.empty();
        List<Reply> replies = new ArrayList<>();
        Reply last = null;
        for (ConversationScenarios.Turn turn : s.turns()) {
            Reply reply = c.chat(session, session.isEmpty() ? project : Optional.empty(), turn.message(), StageListener.NONE);
            session = Optional.of(reply.sessionId());
            replies.add(reply);
            if (!reply.plan().changes().isEmpty() && reply.verified()) last = reply;
        }
        Outcome out = new Outcome(replies, c.projectFiles(session.orElseThrow()), last);
        OUTCOMES.put(s.name(), out);
        return out;
    }

    static Stream<ConversationScenarios.Scenario> scenarios() { return ConversationScenarios.ALL.stream(); }

    @Test
    void sixProjectsAndAtLeastSixtyTurns() {
        assertThat(ConversationScenarios.ALL).hasSize(6);
        assertThat(ConversationScenarios.ALL.stream().filter(s -> s.source().isEmpty())).hasSize(1);
        assertThat(ConversationScenarios.ALL.stream().filter(s -> s.source().map(f -> f.endsWith(".sql")).orElse(false))).hasSize(3);
        assertThat(ConversationScenarios.ALL.stream().filter(s -> s.source().map(f -> f.endsWith(".py")).orElse(false))).hasSize(2);
        int turns = ConversationScenarios.ALL.stream().mapToInt(s -> s.turns().size()).sum();
        System.out.println("conversation turns: " + turns + " over " + ConversationScenarios.ALL.size() + " projects");
        assertThat(turns).isGreaterThanOrEqualTo(60);
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}: every turn plans what it says")
    @MethodSource("scenarios")
    void everyTurnPlansWhatItSays(ConversationScenarios.Scenario s) throws Exception {
        Outcome o = outcome(s);
        for (int i = 0; i < s.turns().size(); i++) {
            ConversationScenarios.Turn turn = s.turns().get(i);
            Reply reply = o.replies().get(i);
            String as = s.name() + " turn " + (i + 1) + " \"" + turn.message() + "\":\n" + reply.text();
            assertThat(reply.plan().changes()).extracting(Op::describe).as(as).containsExactlyElementsOf(turn.ops());
            if (turn.asks().isPresent()) {
                assertThat(reply.plan().question()).as(as).hasValueSatisfying(q -> assertThat(q).contains(turn.asks().get()));
                assertThat(reply.plan().proposal()).as(as).isEqualTo(turn.offers());
            } else {
                assertThat(reply.plan().question()).as(as).isEmpty();
                assertThat(reply.verified()).as(as).isTrue();
            }
        }
    }

    static Stream<Arguments> runs() {
        List<String> dialects = List.of(System.getProperty("dialects", "sqlite,postgresql").split(","));
        List<Arguments> out = new ArrayList<>();
        for (ConversationScenarios.Scenario s : ConversationScenarios.ALL) {
            for (PythonStack stack : PythonStack.available()) for (String d : dialects) out.add(Arguments.of(s, stack, d));
        }
        return out.stream();
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} chain on {1}, {2}")
    @MethodSource("runs")
    void theSessionsRevisionChainRuns(ConversationScenarios.Scenario s, PythonStack stack, String dialect) throws Exception {
        Outcome o = outcome(s);
        long revisions = o.files().stream().filter(a -> a.path().contains("/versions/") && a.path().endsWith(".py")).count();
        assertThat(revisions).as("revisions of " + s.name()).isGreaterThanOrEqualTo(s.changingTurns());
        try (GeneratedProject project = new GeneratedProject(o.files(), stack);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, s.source().isEmpty());
            ProjectRun.modelsMatchDatabase(project, db, stack);
            ProjectRun.pytestPasses(project, testDb, dialect, s.name() + " conversation", stack, TALLY);
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, o.last().schema(), "the session's schema");
            TALLY.executed(stack, dialect);
        }
    }

    @AfterAll
    static void summary() {
        TALLY.print("conversation chains");
        if (store != null) store.close();
    }
}
