package dev.schemadesigner.chat;

import dev.schemadesigner.error.UserFacingException;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.schemadesigner.Config;
import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.dialect.Dialect;
import dev.schemadesigner.dialect.Dialects;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.Generator;
import dev.schemadesigner.generate.migration.RevisionChanges;
import dev.schemadesigner.intent.Intent;
import dev.schemadesigner.intent.IntentDetector;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.plan.Plan;
import dev.schemadesigner.plan.PlanRequest;
import dev.schemadesigner.plan.Planner;
import dev.schemadesigner.plan.PlanningContext;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.store.StoredSession;
import dev.schemadesigner.store.StoredTurn;
import dev.schemadesigner.verify.Cancellation;
import dev.schemadesigner.verify.GeneratedPythonCheck;
import dev.schemadesigner.verify.Verification;
import dev.schemadesigner.verify.Verifier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One turn of a conversation: intent → plan → review ⇄ fix → generate → verify → reply, with the
 * session's schema and changes read from and written back to the store (no state in memory, so
 * instances can share one store). Surfaces call this class and render the {@link Reply}.
 */
public final class Conversation implements AutoCloseable {

    private final SessionStore store;
    private final IntentDetector intents;
    private final Planner planner;
    private final ReviewAndFix review;
    private final Reviewer reviewer;
    private final Verifier verifier;
    private final Projects projects;

    private final LiveDatabases databases;
    private final SchemaImports schemaImports = new SchemaImports();
    private final Config.Limits limits;
    private final SessionHistory history;
    private final boolean ownsStore;
    private final SessionLocks locks = new SessionLocks();
    private final TurnRunner runner = new TurnRunner();

    public Conversation(SessionStore store, IntentDetector intents, Planner planner, Reviewer reviewer, Verifier verifier) {
        this(store, intents, planner, reviewer, verifier, List.of(), Config.Limits.DEFAULTS);
    }

    public Conversation(SessionStore store, IntentDetector intents, Planner planner, Reviewer reviewer, Verifier verifier,
                        List<String> reviewDatabaseUrls) {
        this(store, intents, planner, reviewer, verifier, reviewDatabaseUrls, Config.Limits.DEFAULTS);
    }

    /**
     * {@code reviewDatabaseUrls}: the JDBC URLs of live databases a review may read (none when empty);
     * {@code limits}: a turn's deadline, how long it waits for its session's previous turn, how much of a message is stored.
     */
    public Conversation(SessionStore store, IntentDetector intents, Planner planner, Reviewer reviewer, Verifier verifier,
                        List<String> reviewDatabaseUrls, Config.Limits limits) {
        this(store, intents, planner, reviewer, verifier, reviewDatabaseUrls, limits, false);
    }

    /** {@code ownsStore}: closing the conversation closes the store too (a standalone one opened it). */
    private Conversation(SessionStore store, IntentDetector intents, Planner planner, Reviewer reviewer, Verifier verifier,
                        List<String> reviewDatabaseUrls, Config.Limits limits, boolean ownsStore) {
        this.ownsStore = ownsStore;
        this.databases = new LiveDatabases(reviewDatabaseUrls);
        this.limits = limits;
        this.store = store;
        this.intents = intents;
        this.planner = planner;
        this.review = new ReviewAndFix(reviewer);
        this.reviewer = reviewer;
        this.verifier = verifier;
        this.projects = new Projects(store);
        this.history = new SessionHistory(store, projects);
    }

    /** A turn in a session; a new session (in {@code projectId}, or the bundled project) when {@code sessionId} is empty. */
    public Reply chat(Optional<String> sessionId, Optional<String> projectId, String message, StageListener listener) {
        return chat(sessionId, projectId, message, Optional.empty(), listener);
    }

    public Reply chat(Optional<String> sessionId, Optional<String> projectId, String message, Optional<ChangeSet> fix, StageListener listener) {
        return chat(sessionId, projectId, message, fix, listener, newTurn());
    }

    /** A turn's control with the configured deadline, counted from now; a surface stops it when its client goes away. */
    public TurnControl newTurn() { return TurnControl.withDeadline(Duration.ofSeconds(limits.turnDeadlineSeconds())); }

    /**
     * A turn whose plan is given: {@code fix} (a finding's fix, sent back by a surface's "apply fix")
     * replaces the planner; {@code message} is its summary, stored as the turn's message. The fix
     * must apply to the session's current schema. The turn ends by {@code turn}'s deadline or when it
     * is stopped; a turn that ended so is not stored.
     */
    public Reply chat(Optional<String> sessionId, Optional<String> projectId, String message, Optional<ChangeSet> fix, StageListener listener,
                      TurnControl turn) {
        requireMessage(message);
        fix.ifPresent(Conversation::requireSchemaFix);
        Optional<StoredSession> existing = sessionId.map(this::storedSession);
        ProjectContext current = projects.get(existing.map(StoredSession::projectId).orElse(projectId.orElse(ProjectContext.BUNDLED_ID)));
        ProjectContext project = existing.flatMap(StoredSession::baseSchemaJson).map(json -> current.withSchema(readSchema(json))).orElse(current);
        Reply reply = runner.run(turn, listener, events -> {
            // one turn at a time per session: the next turn builds on this one's schema
            try (SessionLocks.Held held = existing.map(s -> locks.acquire(s.id(), Duration.ofSeconds(limits.sessionLockWaitSeconds()), turn))
                    .orElse(() -> { })) {
                return takeTurn(existing, project, message, fix.or(() -> chosenFix(existing, message)), events, turn);
            }
        });
        listener.stage("reply", reply);
        return reply;
    }

    private Reply takeTurn(Optional<StoredSession> existing, ProjectContext project, String message, Optional<ChangeSet> fix, StageListener events,
                       TurnControl turn) {
        Turn previous = existing.flatMap(s -> store.latestTurn(s.id())).map(Conversation::turnOf).orElseGet(() -> Turn.first(project));
        fix.ifPresent(f -> {
            try {
                f.apply(previous.schema());
            } catch (UserFacingException e) {
                throw ConversationException.badInput("fix", "the fix does not apply to the session's schema: " + e.getMessage(), e);
            }
        });
        Result result = fix.isEmpty() && Squash.isRequest(message) ? squash(project, previous, events, turn)
                : run(project, previous, message, fix, events, turn);
        // from here the turn is stored and answered; a turn stopped before this point never is
        if (!turn.commit()) throw turn.stoppedException();
        StoredSession session = existing.orElseGet(() -> store.createSession(project.id(), ReplyText.titleOf(message),
                Optional.of(Json.write(project.schema()))));
        int number = previous.number() + 1;
        Reply reply = result.reply(session.id(), number, project);
        try {
            store.appendTurn(new StoredTurn(session.id(), number, SessionHistory.storedMessage(message, limits.maxStoredMessageChars()),
                    message.length(), Json.write(reply), Json.write(result.schema()), Json.write(result.sessionChanges()), Instant.now(),
                    Optional.of(Json.write(result.revisions()))));
        } catch (dev.schemadesigner.store.StoreException e) {
            if (store.latestTurn(session.id()).map(t -> t.number() >= number).orElse(false)) {
                throw new ConversationException(ConversationException.Reason.CONFLICT, "session",
                        "another turn of session " + session.id() + " finished first; send the message again to build on it");
            }
            throw e;
        }
        return reply;
    }

    /** Stops the turns under way (nothing of them is stored) and waits a while for their clean-up. */
    @Override
    public void close() {
        runner.close();
        if (ownsStore) store.close();
    }

    /** Fails with {@link ConversationException} when the session does not exist (before a stream is opened for it). */
    public void requireSession(String id) { storedSession(id); }

    /** A fix changes the schema; data moves are planned by the service, never sent by a client. */
    private static void requireSchemaFix(ChangeSet fix) {
        if (fix.isEmpty()) throw ConversationException.badInput("fix", "fix.changes must list at least one change");
        if (fix.ops().stream().anyMatch(op -> op instanceof dev.schemadesigner.change.DataMigration)) {
            throw ConversationException.badInput("fix", "a fix may change the schema only; data migrations are not accepted from clients");
        }
    }

    /** Stateless: one design turn against a project (the bundled one when empty); nothing is stored. */
    public Reply design(String request, Optional<ProjectRequest> project, StageListener listener) {
        return design(request, project, listener, newTurn());
    }

    public Reply design(String request, Optional<ProjectRequest> project, StageListener listener, TurnControl turn) {
        requireMessage(request);
        ProjectContext context = project.map(p -> Projects.fromRequest(p, "inline")).orElse(projects.bundled());
        Reply reply = runner.run(turn, listener, events -> run(context, Turn.first(context).accepting(request), request, Optional.empty(), events, turn).reply("", 1, context));
        listener.stage("reply", reply);
        return reply;
    }

    /** The latest turns of a session (at most {@link SessionHistory#DEFAULT_TURNS_PER_PAGE}). */
    public SessionView session(String id) { return session(id, SessionHistory.DEFAULT_TURNS_PER_PAGE, Optional.empty()); }

    /** At most {@code limit} turns numbered below {@code before} (the latest when empty), oldest first. */
    public SessionView session(String id, int limit, Optional<Integer> before) { return history.page(storedSession(id), limit, before); }

    /** One turn of a session with its whole reply, artifacts included. */
    public SessionView.TurnView turn(String sessionId, int number) { return history.turn(storedSession(sessionId), number); }

    public List<StoredSession> recentSessions(int limit) { return store.recentSessions(limit); }

    /** The last verified turn's files laid out as a project, and whether a newer turn did not verify. */
    public ProjectBundle projectBundle(String sessionId) { return history.bundle(storedSession(sessionId)); }

    public List<Artifact> projectFiles(String sessionId) { return projectBundle(sessionId).files(); }
    /** One caller's sessions, most recent first; {@code owner} is whatever the surface identifies callers by. */
    public List<StoredSession> recentSessions(String owner, int limit) { return store.recentSessions(owner, limit); }

    /** The id of the owner's most recently active session (a surface that keys sessions by its own ids, as Slack by thread). */
    public Optional<String> latestSessionOf(String owner) { return store.recentSessions(owner, 1).stream().findFirst().map(StoredSession::id); }

    /** Marks a new session as the caller's, so it appears in that caller's list only. */
    public void claimSession(String sessionId, String owner) { store.claimSession(sessionId, owner); }


    /**
     * {@code POST /api/v1/sessions/{id}/squash}: the session's revisions replaced by one net revision,
     * as the turn "squash" does. Fails with CONFLICT when the session has fewer than two revisions.
     */
    public Reply squash(String sessionId, StageListener listener, TurnControl turn) {
        StoredSession session = storedSession(sessionId);
        int revisions = store.latestTurn(session.id()).map(Conversation::turnOf).map(t -> t.revisions().size()).orElse(0);
        if (revisions < 2) {
            throw new ConversationException(ConversationException.Reason.CONFLICT, "session", "nothing to squash: session " + sessionId
                    + " has " + revisions + " revision" + (revisions == 1 ? "" : "s") + "; squash needs at least two");
        }
        return chat(Optional.of(sessionId), Optional.empty(), Squash.MESSAGE, Optional.empty(), listener, turn);
    }

    public ProjectContext project(String id) { return projects.get(id); }

    /** The bundled project first, then the stored ones, most recently changed first. */
    public List<ProjectContext> projects() { return projects.all(); }

    /** Intent detection alone, for {@code POST /api/v1/intent}. */
    public Reply.IntentView intent(String text) {
        requireMessage(text);
        Intent intent = intents.detect(text);
        return new Reply.IntentView(intent.schemaRelated(), intent.kind().wireName(), intent.confidence(), intent.trigger());
    }

    /**
     * A review of sources on their own, for a surface that holds no conversation (the CLI): it needs
     * no store, planner, intent detector or live database, so nothing slow is loaded.
     */
    public static ReviewOutcome reviewSources(ReviewRequest request) {
        return new SourceReview(new Reviewer(), new LiveDatabases(List.of())).review(request);
    }

    /**
     * A conversation for one process (the CLI's {@code design}): its store is the SQLite file given, its
     * planner the configured one (the rule planner by default), and it verifies on SQLite only.
     */
    public static Conversation standalone(Config config, java.nio.file.Path storeFile) {
        return new Conversation(SessionStore.open("jdbc:sqlite:" + storeFile), IntentDetector.withDefaultSkills(),
                dev.schemadesigner.plan.ModelPlanner.forSettings(config.model()), new Reviewer(),
                Verifier.of(Optional.empty(), Optional.empty()), List.of(), config.limits(), true);
    }

    /** A review of pasted schema sources, for {@code POST /api/v1/review}. */
    public ReviewOutcome review(ReviewRequest request) { return new SourceReview(reviewer, databases, schemaImports, verifier.targets()).review(request); }

    public List<dev.schemadesigner.review.CatalogueEntry> rules() { return dev.schemadesigner.review.Rules.catalogue(); }

    public Optional<dev.schemadesigner.review.Rule> rule(String id) { return dev.schemadesigner.review.Rules.byId(id); }

    public Verifier verifier() { return verifier; }

    public ProjectContext saveProject(Optional<String> id, ProjectRequest request) { return projects.save(id, request); }

    /** What one turn produced before it is stored. */
    private record Result(Reply.IntentView intent, String text, Reply.PlanView plan, List<dev.schemadesigner.review.Finding> findings,
                          List<Artifact> artifacts, List<Verification> verification, String erd, Schema schema, ChangeSet sessionChanges,
                          List<RevisionChanges> revisions, SchemaDelta delta) {
        Reply reply(String sessionId, int number, ProjectContext project) {
            return new Reply(sessionId, number, intent, text, plan, findings, artifacts, verification, erd, schema, delta,
                    ColumnTypes.of(schema, Dialects.byName(project.productionDialect())));
        }
    }

    private Result run(ProjectContext project, Turn previous, String request, Optional<ChangeSet> fix, StageListener listener, Cancellation cancellation) {
        String message = request;
        Optional<Result> pasted = fix.isEmpty() ? PastedReviewRequest.read(message).flatMap(p -> pastedReview(previous, project, p, listener)) : Optional.empty();
        if (pasted.isPresent()) return pasted.get();
        Intent intent = fix.isPresent() ? new Intent(true, dev.schemadesigner.intent.IntentKind.CHANGE, 1.0, Optional.empty()) : intents.detect(message);
        Reply.IntentView intentView = new Reply.IntentView(intent.schemaRelated(), intent.kind().wireName(), intent.confidence(), intent.trigger());
        listener.stage("intent", intentView);
        if (fix.isEmpty() && previous.proposal().isPresent() && AFFIRMATIVE.matcher(message.strip()).matches()) {
            message = previous.proposal().get();
        } else if (fix.isEmpty() && !intent.schemaRelated() && previous.proposal().isEmpty()
                && !dev.schemadesigner.plan.RulePlanner.readsAsChange(message, previous.schema())) {
            return unchanged(previous, intentView, ReplyText.notAboutSchemas(), Optional.empty(), Optional.empty());
        }
        PlanningContext planning = project.planningContext();
        Optional<String> focus = focusTable(previous.sessionChanges(), previous.schema());
        if (focus.isPresent()) planning = planning.withFocusTable(focus.get());
        Plan plan = fix.isPresent() ? new Plan(fix.get(), List.of(), "Applied the fix: " + message + ".", Optional.empty(), List.of())
                : reviewOnly(intent) ? new Plan(ChangeSet.of(), List.of(), "Reviewed the schema as it stands; nothing was changed.",
                Optional.empty(), List.of()) : planner.plan(new PlanRequest(message, previous.schema(), planning));
        listener.stage("plan", plan.changes().ops().stream().map(Op::describe).toList());
        if (plan.isQuestion()) {
            var q = plan.question().get();
            return unchanged(previous, intentView, ReplyText.question(q.text(), q.assumedRequest()), Optional.of(q.text()),
                    Optional.of(q.assumedRequest()).filter(a -> !a.isBlank()));
        }
        Schema planned = plan.result(previous.schema());
        ReviewInput input = ReviewInput.of(planned).withDialect(project.productionDialect()).withQueryPatterns(plan.queryPatterns());
        ReviewAndFix.Result reviewed = reviewOnly(intent)
                ? review.run(plan.changes(), planned, input, java.util.Set.of(), false)
                : review.run(plan.changes(), planned, input, touchedTables(plan), true);
        // index advice proved by query plans: a suggestion no plan of the declared queries uses is not made
        ProvedIndexes.Result proved = ProvedIndexes.of(verifier.targets(), project.productionDialect(), previous.schema(), reviewed.after(),
                reviewed.findings(), plan.queryPatterns());
        List<dev.schemadesigner.review.Finding> findings = proved.findings();
        listener.stage("review", findings);
        // this turn is one more revision on the session's chain, its plan and auto-fixes folded into their net change
        ChangeSet turnChanges = NetChange.of(previous.schema(), reviewed.changes());
        List<RevisionChanges> revisions = previous.revisionsWith(turnChanges);
        ChangeSet sessionChanges = RevisionChanges.concatenated(revisions);
        Verifier.Started verifying = verifier.start(project.schema(), previous.sessionChanges(), turnChanges, cancellation);
        List<Artifact> artifacts = generator(project).generate(project.generationContext(), revisions);
        listener.stage("generate", artifacts.stream().map(Artifact::path).toList());
        GeneratedPythonCheck.Pending compiled = GeneratedPythonCheck.alongside(artifacts);
        List<Verification> verification = compiled.appendTo(verifying.join());
        listener.stage("verify", verification);
        boolean proven = verification.stream().allMatch(Verification::ok);
        String text = (proven ? "" : ReplyText.notApplied()) + plannerNote(plan) + ReplyText.turn(plan.rationale(), reviewed.changes().ops(), reviewed.applied(), findings, artifacts, verification)
                + ReplyText.indexPlans(proved.planned(), proved.dropped(), proved.warnings());
        SchemaDelta delta = SchemaDelta.between(previous.schema(), reviewed.after());
        text = ReplyText.withSchemaDiff(text, delta);
        List<AlsoChanged> alsoChanged = new ArrayList<>();
        if (fix.isEmpty() && !reviewOnly(intent)) {
            alsoChanged.addAll(PlannedExtras.of(message, plan.changes(), plan.queryPatterns(), previous.schema(), reviewed.after(), planning.baseColumns()));
        }
        alsoChanged.addAll(reviewed.alsoChanged());
        Reply.PlanView planView = new Reply.PlanView(reviewed.changes().ops(), plan.rationale(), plan.queryPatterns(), Optional.empty(),
                Optional.empty(), reviewed.applied(), alsoChanged, proved.planned());
        // a change that did not verify is shown, not kept: the next turn builds on the last proven schema
        return new Result(intentView, text, planView, findings, artifacts, verification, erd(artifacts),
                proven ? reviewed.after() : previous.schema(), proven ? sessionChanges : previous.sessionChanges(),
                proven ? revisions : previous.revisions(), delta);
    }

    /**
     * Replaces the session's revisions with one: the net change from the session's base schema to its
     * schema now, verified like any turn's revision. The schema stays as it is.
     */
    private Result squash(ProjectContext project, Turn previous, StageListener listener, Cancellation cancellation) {
        Reply.IntentView intentView = new Reply.IntentView(true, dev.schemadesigner.intent.IntentKind.MIGRATION.wireName(), 1.0, Optional.of("squash"));
        listener.stage("intent", intentView);
        if (previous.revisions().size() < 2) {
            return unchanged(previous, intentView, ReplyText.nothingToSquash(previous.revisions().size()), Optional.empty(), Optional.empty());
        }
        ChangeSet net = NetChange.of(project.schema(), previous.sessionChanges());
        if (!dev.schemadesigner.schema.SchemaDiff.between(previous.schema(), net.apply(project.schema())).isEmpty()) {
            // the revisions do not lead from the session's base to its schema (a session stored before revisions were kept apart)
            return unchanged(previous, intentView, ReplyText.cannotSquash(), Optional.empty(), Optional.empty());
        }
        RevisionChanges squashed = RevisionChanges.of(net);
        listener.stage("plan", net.ops().stream().map(Op::describe).toList());
        Verifier.Started verifying = verifier.start(project.schema(), ChangeSet.of(), net, cancellation);
        List<Artifact> artifacts = generator(project).generate(project.generationContext(), List.of(squashed));
        listener.stage("generate", artifacts.stream().map(Artifact::path).toList());
        GeneratedPythonCheck.Pending compiled = GeneratedPythonCheck.alongside(artifacts);
        List<Verification> verification = compiled.appendTo(verifying.join());
        listener.stage("verify", verification);
        boolean proven = verification.stream().allMatch(Verification::ok);
        SchemaDelta delta = SchemaDelta.between(project.schema(), previous.schema());
        String rationale = "Squash the session's " + previous.revisions().size() + " revisions into one.";
        String text = (proven ? ReplyText.squashed(previous.revisions().size(), squashed.title()) : ReplyText.notApplied())
                + ReplyText.withSchemaDiff(ReplyText.turn(rationale, net.ops(), List.of(), List.of(), artifacts, verification), delta);
        Reply.PlanView planView = new Reply.PlanView(net.ops(), rationale, List.of(), Optional.empty(), Optional.empty(), List.of());
        return new Result(intentView, text, planView, List.of(), artifacts, verification, erd(artifacts), previous.schema(),
                proven ? net : previous.sessionChanges(), proven ? List.of(squashed) : previous.revisions(), delta);
    }

    /** "apply fix 2", "apply the fix for <rule>": the fixes of findings the previous reply listed, as this turn's plan. */
    private Optional<ChangeSet> chosenFix(Optional<StoredSession> existing, String message) {
        return FixChoice.read(message).map(c -> c.changes(
                existing.flatMap(s -> store.latestTurn(s.id())).map(t -> SessionHistory.readReply(t).findings()).orElse(List.of())));
    }

    /** A pasted source reviewed in chat: findings and their fixes are answered, the session's schema stays as it is. */
    private Optional<Result> pastedReview(Turn previous, ProjectContext project, PastedReviewRequest pasted, StageListener listener) {
        Optional<PastedReview.Answer> answered = new PastedReview(new SourceReview(reviewer, databases, schemaImports, verifier.targets())).answer(pasted, previous.schema(), project.productionDialect(), project.rowCounts());
        if (answered.isEmpty()) return Optional.empty();
        PastedReview.Answer answer = answered.get();
        listener.stage("intent", answer.intent());
        listener.stage("review", answer.findings());
        Reply.PlanView plan = new Reply.PlanView(List.of(), "", List.of(), Optional.empty(), Optional.empty(), List.of());
        return Optional.of(new Result(answer.intent(), answer.text(), plan, answer.findings(), List.of(), List.of(), "", previous.schema(),
                previous.sessionChanges(), previous.revisions(), SchemaDelta.NONE));
    }

    private Result unchanged(Turn previous, Reply.IntentView intent, String text, Optional<String> question, Optional<String> proposal) {
        Reply.PlanView plan = new Reply.PlanView(List.of(), "", List.of(), question, proposal, List.of());
        return new Result(intent, text, plan, List.of(), List.of(), List.of(), "", previous.schema(), previous.sessionChanges(),
                previous.revisions(), SchemaDelta.NONE);
    }

    /** Says which planner answered when a model is configured, and why the turn fell back to the rules. */
    private static String plannerNote(Plan plan) {
        var source = plan.source();
        if (source.fallback().isPresent()) {
            var f = source.fallback().get();
            return "> The language model" + source.model().map(m -> " (" + m + ")").orElse("") + " could not plan this turn ("
                    + f.cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + f.detail()
                    + "), so the built-in rule planner answered.\n\n";
        }
        return source.kind() == dev.schemadesigner.plan.PlanSource.Kind.MODEL ? "> Planned with " + source.model().orElse("the language model") + ".\n\n" : "";
    }

    /** A request to look at the schema rather than change it ("review my schema", "is this normalized?"). */
    private static boolean reviewOnly(Intent intent) {
        return intent.kind() == dev.schemadesigner.intent.IntentKind.REVIEW || intent.kind() == dev.schemadesigner.intent.IntentKind.NORMALIZATION;
    }

    /** "go ahead" after a question accepts the request the question proposed. */
    private static final java.util.regex.Pattern AFFIRMATIVE = java.util.regex.Pattern.compile(
            "(?i)(yes|yep|yeah|ok|okay|sure|go ahead|do it|sounds good|please do|fine|agreed)[.! ]*");

    private static Generator generator(ProjectContext project) {
        List<Dialect> dialects = new ArrayList<>();
        for (String name : new LinkedHashSet<>(List.of(project.productionDialect(), project.developmentDialect()))) dialects.add(Dialects.byName(name));
        return Generator.withDialects(dialects);
    }

    private static String erd(List<Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.kind().equals("erd")).map(Artifact::content).findFirst().orElse("");
    }

    /** Tables this turn creates or alters, and the parents that gain a back reference. */
    private static java.util.Set<String> touchedTables(Plan plan) {
        java.util.Set<String> tables = new java.util.LinkedHashSet<>();
        plan.changes().ops().forEach(op -> tables.addAll(dev.schemadesigner.change.OpTables.of(op)));
        plan.backReferences().forEach(b -> tables.add(b.table()));
        return tables;
    }

    /** The table the conversation is about: the last one the session created or changed (a table it dropped is not). */
    private static Optional<String> focusTable(ChangeSet changes, Schema schema) {
        Optional<String> focus = Optional.empty();
        for (Op op : changes.ops()) {
            List<String> tables = dev.schemadesigner.change.OpTables.of(op);
            String last = op instanceof CreateTable c ? c.table().name() : tables.isEmpty() ? null : tables.get(tables.size() - 1);
            if (last != null && schema.hasTable(last)) focus = Optional.of(last);
        }
        return focus;
    }

    private StoredSession storedSession(String id) {
        return store.session(id).orElseThrow(() -> ConversationException.notFound("session", id));
    }

    private static void requireMessage(String message) {
        if (message == null || message.isBlank()) throw ConversationException.badInput("message", "message must not be empty");
    }

    private static Schema readSchema(String json) {
        try {
            return Json.read(json, Schema.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session's base schema cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static Turn turnOf(StoredTurn t) {
        try {
            Turn turn = new Turn(t.number(), Json.read(t.schemaJson(), Schema.class), Json.read(t.changesJson(), ChangeSet.class),
                    SessionHistory.readReply(t).plan().proposal());
            if (t.revisionsJson().isEmpty()) return turn;
            return new Turn(turn.number(), turn.schema(), turn.sessionChanges(), turn.proposal(), List.of(Json.read(t.revisionsJson().get(), RevisionChanges[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("turn " + t.number() + " of session " + t.sessionId() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
