package dev.schemadesigner.generate;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.Source;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.generate.GenerationContext.OrmStyle;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.verify.Verifier;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
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
// the class runs alone; its parameterized cases run two at a time (@Execution on each method, junit-platform.properties)
class PlannedDesignsExecuteTest {
    private static final ProjectRun.Tally TALLY = new ProjectRun.Tally();

    /** One conversation: its turns in order, in the bundled project or in a new one (imported from {@code ddl} when given). */
    record Scenario(String name, boolean bundled, Optional<String> ddl, List<String> messages, Consumer<Schema> expect) {
        Scenario(String name, boolean bundled, List<String> messages, Consumer<Schema> expect) {
            this(name, bundled, Optional.empty(), messages, expect);
        }

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
                // a BIGSERIAL key: SQLite autoincrements only an INTEGER PRIMARY KEY, hence BigInteger().with_variant(Integer, "sqlite")
                new Scenario("imported-bigserial", false, Optional.of("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, name text)"),
                        List.of("add a column note to t"), s -> assertThat(s.requireTable("t").hasColumn("note")).isTrue()),
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
        // -Dscenarios=a,b, -Ddialects=sqlite and -Dstacks=sqlalchemy-2.0 narrow the matrix while working on one scenario
        List<String> only = Stream.of(System.getProperty("scenarios", "").split(",")).filter(s -> !s.isBlank()).toList();
        List<String> dialects = List.of(System.getProperty("dialects", "sqlite,postgresql").split(","));
        List<Arguments> out = new ArrayList<>();
        for (Scenario s : scenarios()) {
            if (!only.isEmpty() && !only.contains(s.name())) continue;
            for (PythonStack stack : PythonStack.available()) {
                for (OrmStyle style : stack.styles()) {
                    if (s.bundled() && style != OrmStyle.CLASSIC) continue;   // the bundled project is written in the classic style
                    for (String dialect : dialects) out.add(Arguments.of(s, style, stack, dialect));
                }
            }
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

    /** Runs the scenario's turns once per style (every stack and dialect executes the same reply); new projects take the style. */
    static synchronized Outcome outcome(Scenario s, OrmStyle style) throws Exception {
        String key = s.name() + "/" + style;
        Outcome cached = OUTCOMES.get(key);
        if (cached != null) return cached;
        Conversation c = conversation();
        Optional<String> project = s.bundled() ? Optional.of(ProjectContext.BUNDLED_ID)
                : Optional.of(c.saveProject(Optional.empty(), new ProjectRequest(Optional.empty(), s.name(), Optional.empty(),
                Optional.of(style == OrmStyle.CLASSIC ? "classic" : "sqlalchemy2"), Optional.empty(),
                s.ddl().map(ddl -> new Source("sql", ddl, Optional.empty())))).id());
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
        OUTCOMES.put(key, out);
        return out;
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} ({1}) on {2}, {3}")
    @MethodSource("runs")
    void plannedDesignRuns(Scenario scenario, OrmStyle style, PythonStack stack, String dialect) throws Exception {
        Outcome outcome = outcome(scenario, style);
        Schema intended = outcome.reply().schema();
        try (GeneratedProject project = new GeneratedProject(outcome.files(), stack);
             PythonDatabase db = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("run.db")) : PythonDatabase.postgres();
             PythonDatabase testDb = dialect.equals("sqlite") ? PythonDatabase.sqlite(project.root().resolve("unused.db")) : PythonDatabase.postgres()) {
            ProjectRun.upgrade(project, db, scenario.bundled());
            ProjectRun.modelsMatchDatabase(project, db, stack);
            ProjectRun.requirementsNameTheStack(project);
            ProjectRun.pytestPasses(project, testDb, dialect, scenario.name() + " (" + style.name().toLowerCase(java.util.Locale.ROOT) + ")", stack, TALLY);
            ProjectRun.downgradeUpgradeAndCompare(project, db, dialect, intended, "reply schema");
            TALLY.executed(stack, dialect);
        }
    }

    @AfterAll
    static void summary() {
        TALLY.print("planned conversations (" + scenarios().size() + " scenarios, new projects in classic and typed styles)");
        if (store != null) store.close();
    }
}
