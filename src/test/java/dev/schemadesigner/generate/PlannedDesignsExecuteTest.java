package dev.schemadesigner.generate;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.Verifier;
import org.junit.jupiter.api.AfterAll;
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
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's own output executes: each scenario's messages go through {@link Conversation} exactly
 * as the product runs them (intent → {@link RulePlanner} → review ⇄ auto-fix → generate → verify), then
 * the project the session downloads ({@link Conversation#projectFiles}) runs for real on SQLite and on
 * a fresh PostgreSQL database — alembic upgrade head (bundled project: over rows at the bundled head),
 * the generated pytest, downgrade base, upgrade head again — and the database is compared with the
 * reply's schema.
 */
class PlannedDesignsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    /** One conversation: its turns in order, in the bundled project or in a new one. */
    record Scenario(String name, boolean bundled, List<String> messages, Consumer<Schema> expect) {
        @Override
        public String toString() { return name; }
    }

    /** What a scenario's conversation produced: the last reply and the files the session downloads. */
    record Outcome(Reply reply, List<Artifact> files) {}

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("pain-points", true, List.of("Design database schema for pain point tracking"),
                        s -> assertThat(refs(s, "pain_points")).contains("feedback_analysis")),
                new Scenario("feedback-timeline", true, List.of("Add table to track customer feedback timeline"),
                        s -> assertThat(refs(s, "customer_timeline")).contains("feedback_analysis")),
                new Scenario("not-null-priority", true, List.of("add a NOT NULL priority column to feedback_analysis"),
                        s -> assertThat(s.requireTable("feedback_analysis").column("priority")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse())),
                new Scenario("composite-index", true, List.of("add an index on feedback_analysis (customer_id, created_at)"),
                        s -> assertThat(indexes(s, "feedback_analysis")).contains(List.of("customer_id", "created_at"))),
                new Scenario("blog", false, List.of("Design a database for a blog: posts, comments and tags. A post has many tags and a tag "
                        + "has many posts. Comments can reply to other comments (parent comment)."), s -> {
                    assertThat(s.tables().stream().anyMatch(t -> refs(s, t.name()).containsAll(List.of("posts", "tags")))).as("a posts-tags junction").isTrue();
                    assertThat(refs(s, "comments")).contains("comments", "posts");
                }),
                new Scenario("shop", false, List.of("Design a schema for an online shop with customers, orders, order items and products"), s -> {
                    assertThat(refs(s, "orders")).contains("customers");
                    assertThat(refs(s, "order_items")).contains("orders", "products");
                }),
                new Scenario("tickets", false, List.of("Create a tickets table with subject, email, severity 1-10 and status: open, pending, closed"), s -> {
                    assertThat(s.requireTable("tickets").checks()).anyMatch(c -> c.expression().contains("severity"));
                    assertThat(s.enumType("ticket_status")).isPresent();
                }),
                new Scenario("tickets-then-change", false, List.of(
                        "Create a table for support tickets with subject, email, status: open, pending, closed, and description",
                        "now add a priority column"), s -> assertThat(s.requireTable("support_tickets").hasColumn("priority")).isTrue()),
                new Scenario("vendors-contracts", false, List.of("Create a vendors table with name and email. "
                        + "Create a contracts table with vendor_id, starts_on and amount"),
                        s -> assertThat(refs(s, "contracts")).containsExactly("vendors")),
                new Scenario("pain-points-then-index", true, List.of(
                        "Design database schema for pain point tracking",
                        "add an index on pain_points (category, created_at)"),
                        s -> assertThat(indexes(s, "pain_points")).contains(List.of("category", "created_at"))));
    }

    private static List<String> refs(Schema s, String table) {
        return s.requireTable(table).foreignKeys().stream().map(dev.schemadesigner.schema.ForeignKey::referencedTable).toList();
    }

    private static List<List<String>> indexes(Schema s, String table) {
        return s.requireTable(table).indexes().stream().map(i -> List.copyOf(i.columnNames())).toList();
    }

    static Stream<Arguments> runs() {
        // -Dscenarios=a,b and -Ddialects=sqlite narrow the matrix while working on one scenario
        List<String> only = Stream.of(System.getProperty("scenarios", "").split(",")).filter(s -> !s.isBlank()).toList();
        List<String> dialects = List.of(System.getProperty("dialects", "sqlite,postgresql").split(","));
        List<Arguments> out = new ArrayList<>();
        for (Scenario s : scenarios()) {
            if (!only.isEmpty() && !only.contains(s.name())) continue;
            for (String dialect : dialects) out.add(Arguments.of(s, dialect));
        }
        return out.stream();
    }

    private static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();
    private static Conversation conversation;
    private static SessionStore store;

    private static synchronized Conversation conversation() throws Exception {
        if (conversation == null) {
            Path file = Files.createTempFile("sd-planned-", ".db");
            file.toFile().deleteOnExit();
            store = SessionStore.open("jdbc:sqlite:" + file);
            conversation = new Conversation(store, IntentDetector.withDefaultSkills(), new RulePlanner(), new Reviewer(),
                    Verifier.of(Optional.of(TestDatabases.postgresUrl()), Optional.empty()));
        }
        return conversation;
    }

    /*
     * New projects use the classic ORM style: the machine's Python has SQLAlchemy 1.4, and the default
     * sqlalchemy2 style (DeclarativeBase, Mapped) needs SQLAlchemy 2.
     */

    /** Runs the scenario's turns once per test run (both dialects execute the same reply). */
    static Outcome outcome(Scenario s) throws Exception {
        Outcome cached = OUTCOMES.get(s.name());
        if (cached != null) return cached;
        Conversation c = conversation();
        Optional<String> project = s.bundled() ? Optional.of(ProjectContext.BUNDLED_ID)
                : Optional.of(c.saveProject(Optional.empty(), new ProjectRequest(Optional.empty(), s.name(), Optional.empty(),
                Optional.of("classic"), Optional.empty(), Optional.empty())).id());
        Optional<String> session = Optional.empty();
        Reply reply = null;
        for (String message : s.messages()) {
            reply = c.chat(session, project, message, StageListener.NONE);
            if (Boolean.getBoolean("showPlans")) System.out.println("PLAN [" + s.name() + "] " + message + "\n  "
                    + String.join("\n  ", reply.plan().changes().stream().map(dev.schemadesigner.change.Op::describe).toList())
                    + "\n  fixed: " + reply.plan().autoFixed());
            session = Optional.of(reply.sessionId());
            assertThat(reply.plan().question()).as(message + ": the planner asked instead of planning:\n" + reply.text()).isEmpty();
            assertThat(reply.plan().changes()).as(message + ": no changes planned:\n" + reply.text()).isNotEmpty();
            assertThat(reply.verified()).as(message + ": the product's own verification failed:\n" + reply.text()).isTrue();
        }
        s.expect().accept(reply.schema());
        Outcome out = new Outcome(reply, c.projectFiles(session.orElseThrow()));
        OUTCOMES.put(s.name(), out);
        return out;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("runs")
    void plannedDesignRuns(Scenario scenario, String dialect) throws Exception {
        Outcome outcome = outcome(scenario);
        Schema intended = outcome.reply().schema();
        try (GeneratedProject project = new GeneratedProject(outcome.files());
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, scenario.bundled());
            ProjectRun.pytestPasses(project, testDb, dialect, scenario.name(), TALLY);
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, intended, "reply schema");
        }
    }

    @AfterAll
    static void summary() {
        TALLY.print();
        if (store != null) store.close();
    }
}
