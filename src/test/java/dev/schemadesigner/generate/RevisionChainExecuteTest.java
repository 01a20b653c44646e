package dev.schemadesigner.generate;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ConversationException;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.SchemaDelta;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One Alembic revision per turn: a conversation of three schema-changing turns downloads a chain of
 * three revisions, each on top of the one before (the bundled project's on top of its head), each
 * titled by what it does; the chain runs for real (alembic upgrade head, the generated pytest,
 * downgrade base, upgrade head) on SQLite and PostgreSQL. "squash" then leaves one revision with the
 * same end schema, run the same way. The chain survives reloading the session from its store.
 */
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class RevisionChainExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    /** A conversation and the revision titles its turns must produce, in order. */
    record Scenario(String name, boolean bundled, List<String> messages, List<String> titles, String squashedTitle) {
        @Override
        public String toString() { return name; }
    }

    static final Scenario VENDORS = new Scenario("vendors", false, List.of(
            "Create a vendors table with name and email. Create a contracts table with vendor_id, starts_on and amount",
            "add a priority column to contracts",
            "add an index on contracts (starts_on, amount)"),
            List.of("create vendors, contracts", "add priority to contracts", "index contracts (starts_on, amount)"),
            "create vendors, contracts");

    static final Scenario PAIN_POINTS = new Scenario("pain-points", true, List.of(
            "Design database schema for pain point tracking",
            "add an index on pain_points (category, created_at)",
            "add a resolution_note column to pain_points"),
            List.of("create pain_points", "index pain_points (category, created_at)", "add resolution_note to pain_points"),
            "create pain_points");

    /** An index created in one turn and dropped in a later one: the squashed revision has neither. */
    static final Scenario INDEX_DROPPED_LATER = new Scenario("index-dropped-later", false, List.of(
            "Create a vendors table with name and email. Create a contracts table with vendor_id, starts_on and amount",
            "add an index on contracts (starts_on, amount)",
            "drop index idx_contracts_starts_on_amount",
            "add a priority column to contracts"),
            List.of("create vendors, contracts", "index contracts (starts_on, amount)", "drop index idx_contracts_starts_on_amount",
                    "add priority to contracts"),
            "create vendors, contracts");

    /** What a scenario produced: each turn's reply, the chain's files before and after the squash. */
    record Outcome(List<Reply> turns, List<Artifact> chainFiles, Reply squash, List<Artifact> squashedFiles) {}

    private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static Conversation conversation;
    private static SessionStore store;
    private static Path storeFile;

    private static synchronized Conversation conversation() throws Exception {
        if (conversation == null) {
            storeFile = Files.createTempFile("sd-chain-", ".db");
            storeFile.toFile().deleteOnExit();
            store = SessionStore.open("jdbc:sqlite:" + storeFile);
            conversation = newConversation(store);
        }
        return conversation;
    }

    private static Conversation newConversation(SessionStore store) {
        return new Conversation(store, IntentDetector.withDefaultSkills(), new RulePlanner(), new Reviewer(),
                Verifier.of(Optional.of(TestDatabases.postgresUrl()), Optional.empty()));
    }

    private static Optional<String> project(Conversation c, Scenario s) {
        // classic models: the machine's Python has SQLAlchemy 1.4
        return s.bundled() ? Optional.of(ProjectContext.BUNDLED_ID) : Optional.of(c.saveProject(Optional.empty(), new ProjectRequest(Optional.empty(),
                s.name(), Optional.empty(), Optional.of("classic"), Optional.empty(), Optional.empty())).id());
    }

    static synchronized Outcome outcome(Scenario s) throws Exception {
        Outcome cached = OUTCOMES.get(s.name());
        if (cached != null) return cached;
        Conversation c = conversation();
        Optional<String> project = project(c, s);
        Optional<String> session = Optional.empty();
        List<Reply> turns = new ArrayList<>();
        for (String message : s.messages()) {
            Reply reply = c.chat(session, project, message, StageListener.NONE);
            assertThat(reply.plan().changes()).as(message + ": no changes planned:\n" + reply.text()).isNotEmpty();
            assertThat(reply.verified()).as(message + ": not verified:\n" + reply.text()).isTrue();
            session = Optional.of(reply.sessionId());
            turns.add(reply);
        }
        List<Artifact> chain = c.projectFiles(session.get());
        Reply squash = c.chat(session, Optional.empty(), "squash the migrations", StageListener.NONE);
        assertThat(squash.verified()).as("squash not verified:\n" + squash.text()).isTrue();
        Outcome out = new Outcome(turns, chain, squash, c.projectFiles(session.get()));
        OUTCOMES.put(s.name(), out);
        return out;
    }

    static Stream<Arguments> runs() {
        List<String> dialects = List.of(System.getProperty("dialects", "sqlite,postgresql").split(","));
        List<Arguments> out = new ArrayList<>();
        // classic models, on every stack: Debian's SQLAlchemy 1.4 and, when present, 2.0
        for (Scenario s : List.of(VENDORS, PAIN_POINTS, INDEX_DROPPED_LATER)) {
            for (PythonStack stack : PythonStack.available()) for (String d : dialects) out.add(Arguments.of(s, stack, d));
        }
        return out.stream();
    }

    /** A revision file of the session (not the bundled project's own), as Alembic reads it. */
    record RevisionFile(String id, Optional<String> downRevision, String title) {}

    private static final Pattern DOWN = Pattern.compile("(?m)^down_revision = (None|\"(\\w+)\")$");
    private static final Pattern ID = Pattern.compile("(?m)^revision = \"(\\w+)\"$");

    /** The session's revisions in chain order, starting from {@code root} (the project's head, or none). */
    static List<RevisionFile> chain(List<Artifact> files, Optional<String> root) {
        List<RevisionFile> all = new ArrayList<>();
        for (Artifact a : files) {
            if (!a.path().contains("/versions/") || !a.path().endsWith(".py")) continue;
            Matcher id = ID.matcher(a.content());
            Matcher down = DOWN.matcher(a.content());
            assertThat(id.find() && down.find()).as(a.path()).isTrue();
            String title = a.content().substring(3, a.content().indexOf('\n'));
            all.add(new RevisionFile(id.group(1), Optional.ofNullable(down.group(2)), title));
        }
        List<RevisionFile> ordered = new ArrayList<>();
        Optional<String> parent = root;
        while (true) {
            Optional<String> p = parent;
            List<RevisionFile> next = all.stream().filter(r -> r.downRevision().equals(p)).toList();
            assertThat(next.size()).as("one revision revises " + p.orElse("base")).isLessThanOrEqualTo(1);
            if (next.isEmpty()) break;
            ordered.add(next.get(0));
            parent = Optional.of(next.get(0).id());
        }
        List<String> bundled = BundledProjects.customerFeedbackFiles().stream().filter(a -> a.path().contains("/versions/")).map(Artifact::path).toList();
        long sessionFiles = files.stream().filter(a -> a.path().contains("/versions/") && a.path().endsWith(".py") && !bundled.contains(a.path())).count();
        assertThat(ordered).as("every revision is on the chain").hasSize((int) sessionFiles);
        return ordered;
    }

    private static Optional<String> root(Scenario s) { return s.bundled() ? Optional.of(BundledProjects.CUSTOMER_FEEDBACK_HEAD) : Optional.empty(); }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}: each turn is one revision, titled by what it does")
    @MethodSource("scenarios")
    void eachTurnIsOneRevisionOnTheOneBeforeTitledByItsContent(Scenario s) throws Exception {
        Outcome o = outcome(s);
        List<RevisionFile> chain = chain(o.chainFiles(), root(s));
        assertThat(chain).extracting(RevisionFile::title).containsExactlyElementsOf(s.titles().stream().map(RevisionChainExecuteTest::capitalized).toList());
        assertThat(chain.get(0).downRevision()).isEqualTo(root(s));
    }

    static Stream<Scenario> scenarios() { return Stream.of(VENDORS, PAIN_POINTS, INDEX_DROPPED_LATER); }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}: the squash leaves one revision with the same schema")
    @MethodSource("scenarios")
    void squashLeavesOneRevisionWithTheSameSchema(Scenario s) throws Exception {
        Outcome o = outcome(s);
        List<RevisionFile> chain = chain(o.squashedFiles(), root(s));
        assertThat(chain).extracting(RevisionFile::title).containsExactly(capitalized(s.squashedTitle()));
        assertThat(o.squash().schema()).isEqualTo(o.turns().get(o.turns().size() - 1).schema());
        assertThat(o.squash().text()).contains("Squashed the session's " + s.messages().size() + " revisions into one");
    }

    @Test
    void anIndexCreatedThenDroppedByLaterTurnsIsNotInTheSquashedRevision() throws Exception {
        Outcome o = outcome(INDEX_DROPPED_LATER);
        assertThat(o.chainFiles()).filteredOn(a -> a.path().contains("/versions/")).anyMatch(a -> a.content().contains("idx_contracts_starts_on_amount"));
        assertThat(o.squashedFiles()).filteredOn(a -> a.path().contains("/versions/")).noneMatch(a -> a.content().contains("idx_contracts_starts_on_amount"));
        assertThat(o.squash().plan().changes()).noneMatch(op -> op.describe().contains("idx_contracts_starts_on_amount"));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}: each reply shows its turn's change as a schema diff")
    @MethodSource("scenarios")
    void eachReplyShowsItsTurnsChangeAsASchemaDiff(Scenario s) throws Exception {
        Outcome o = outcome(s);
        String table = s.bundled() ? "pain_points" : "contracts";
        SchemaDelta first = o.turns().get(0).schemaDiff();
        assertThat(first.tables()).anySatisfy(t -> {
            assertThat(t.table()).isEqualTo(table);
            assertThat(t.change()).isEqualTo(SchemaDelta.Change.ADDED);
        });
        SchemaDelta third = o.turns().get(2).schemaDiff();
        assertThat(third.tables()).allSatisfy(t -> assertThat(t.change()).isEqualTo(SchemaDelta.Change.CHANGED));
        assertThat(third.tables()).extracting(SchemaDelta.TableDelta::table).containsExactly(table);
        assertThat(o.turns().get(2).text()).contains("### Schema diff", "`~` **" + table + "**");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} chain on {1}, {2}")
    @MethodSource("runs")
    void theChainRuns(Scenario s, PythonStack stack, String dialect) throws Exception {
        Outcome o = outcome(s);
        run(s, stack, dialect, o.chainFiles(), o.turns().get(o.turns().size() - 1), "chain");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} squashed on {1}, {2}")
    @MethodSource("runs")
    void theSquashedRevisionRuns(Scenario s, PythonStack stack, String dialect) throws Exception {
        Outcome o = outcome(s);
        run(s, stack, dialect, o.squashedFiles(), o.squash(), "squashed");
    }

    private static void run(Scenario s, PythonStack stack, String dialect, List<Artifact> files, Reply reply, String what) throws Exception {
        try (GeneratedProject project = new GeneratedProject(files, stack);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, s.bundled());
            ProjectRun.modelsMatchDatabase(project, db, stack);
            ProjectRun.requirementsNameTheStack(project);
            ProjectRun.pytestPasses(project, testDb, dialect, s.name() + " " + what, stack, TALLY);
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, reply.schema(), "reply schema");
            TALLY.executed(stack, dialect);
        }
    }

    @Test
    void aReloadedSessionKeepsItsChainAndAddsTheNextRevisionOnTop() throws Exception {
        // given: a session with two revisions, then the store opened afresh by another instance
        Conversation c = conversation();
        Optional<String> project = project(c, new Scenario("reload", false, List.of(), List.of(), ""));
        Reply first = c.chat(Optional.empty(), project, "Create a vendors table with name and email", StageListener.NONE);
        c.chat(Optional.of(first.sessionId()), Optional.empty(), "add a phone column to vendors", StageListener.NONE);
        try (SessionStore reopened = SessionStore.open("jdbc:sqlite:" + storeFile)) {
            Conversation other = newConversation(reopened);
            List<RevisionFile> before = chain(other.projectFiles(first.sessionId()), Optional.empty());
            assertThat(before).extracting(RevisionFile::title).containsExactly("Create vendors", "Add phone to vendors");

            // when
            Reply third = other.chat(Optional.of(first.sessionId()), Optional.empty(), "add a website column to vendors", StageListener.NONE);

            // then
            assertThat(third.verified()).as(third.text()).isTrue();
            List<RevisionFile> after = chain(other.projectFiles(first.sessionId()), Optional.empty());
            assertThat(after).extracting(RevisionFile::title).containsExactly("Create vendors", "Add phone to vendors", "Add website to vendors");
            // a database upgraded to the earlier head can take the new download: the earlier revisions keep their ids
            assertThat(after.subList(0, 2)).isEqualTo(before);
            assertThat(other.session(first.sessionId()).revisions()).containsExactly("create vendors", "add phone to vendors", "add website to vendors");
        }
    }

    @Test
    void squashNeedsTwoRevisionsAndAnExistingSession() throws Exception {
        Conversation c = conversation();
        Optional<String> project = project(c, new Scenario("one-revision", false, List.of(), List.of(), ""));
        Reply only = c.chat(Optional.empty(), project, "Create a vendors table with name and email", StageListener.NONE);

        assertThatThrownBy(() -> c.squash(only.sessionId(), StageListener.NONE, c.newTurn()))
                .isInstanceOfSatisfying(ConversationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConversationException.Reason.CONFLICT);
                    assertThat(e.getMessage()).contains("nothing to squash", "1 revision");
                });
        assertThatThrownBy(() -> c.squash("no-such-session", StageListener.NONE, c.newTurn()))
                .isInstanceOfSatisfying(ConversationException.class, e -> assertThat(e.reason()).isEqualTo(ConversationException.Reason.NOT_FOUND));
        Reply asked = c.chat(Optional.of(only.sessionId()), Optional.empty(), "squash", StageListener.NONE);
        assertThat(asked.text()).startsWith("Nothing to squash");
        assertThat(chain(c.projectFiles(only.sessionId()), Optional.empty())).extracting(RevisionFile::title).containsExactly("Create vendors");
    }

    private static String capitalized(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    @AfterAll
    static void summary() {
        TALLY.print("revision chains and squashed revisions");
        if (store != null) store.close();
    }
}
