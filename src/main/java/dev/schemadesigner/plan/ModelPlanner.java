package dev.schemadesigner.plan;

import dev.schemadesigner.error.UserFacingException;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.plan.PlanSource.Cause;
import dev.schemadesigner.plan.model.ChatModelFactory;
import dev.schemadesigner.plan.model.ModelSettings;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.ReviewInput;
import dev.schemadesigner.review.Reviewer;
import dev.schemadesigner.review.Severity;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Plans with a model (LangChain4j): the fixed system prompt and the request go out, a JSON
 * {@link ModelAnswer} comes back and is held to the same contract as any plan — it must parse,
 * apply to the current schema, introduce only snake_case names and keep every table, column and enum
 * value the user wrote ({@link DraftCoverage}). Problems, and the error or
 * warning findings of the {@link Reviewer} that the current schema did not already have, go back
 * through {@code repair.md} for at most {@link #MAX_REPAIRS} rounds; the best valid answer wins.
 *
 * <p>The deterministic path never waits on the model: when every slot of this instance is busy,
 * or the provider fails, times out or keeps answering 429, or no answer is valid after the
 * repairs, the {@code fallback} planner (the {@link RulePlanner}) answers and the plan's
 * {@link PlanSource} says why.
 */
public final class ModelPlanner implements Planner {

    public static final int MAX_REPAIRS = 2;
    static final int MAX_DETAIL_CHARS = 300;

    private final ChatModel model;
    private final String modelName;
    private final Optional<ResponseFormat> responseFormat;
    private final Semaphore slots;
    private final int maxConcurrent;
    private final Planner fallback;
    private final Reviewer reviewer;
    private final PlanPrompts prompts;

    public ModelPlanner(ChatModel model, String modelName, Optional<ResponseFormat> responseFormat, int maxConcurrent, Planner fallback) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.responseFormat = Objects.requireNonNull(responseFormat, "responseFormat");
        if (maxConcurrent < 1) throw new IllegalArgumentException("maxConcurrent must be at least 1");
        this.maxConcurrent = maxConcurrent;
        this.slots = new Semaphore(maxConcurrent);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.reviewer = new Reviewer();
        this.prompts = PlanPrompts.bundled();
    }

    /** The planner the configuration asks for: the rule planner when no provider is set, else a model planner falling back to it. */
    public static Planner forSettings(ModelSettings settings) {
        RulePlanner rules = new RulePlanner();
        if (!settings.enabled()) return rules;
        return new ModelPlanner(ChatModelFactory.create(settings), settings.modelName(),
                ChatModelFactory.responseFormat(settings.provider()), settings.maxConcurrent(), rules);
    }

    @Override
    public Plan plan(PlanRequest request) {
        if (!slots.tryAcquire()) {
            return fallBack(request, Cause.SATURATED, "all " + maxConcurrent + " model calls of this instance are in use");
        }
        try {
            return planWithModel(request);
        } catch (ModelFailure failure) {
            return fallBack(request, failure.cause, failure.detail);
        } finally {
            slots.release();
        }
    }

    private Plan planWithModel(PlanRequest request) throws ModelFailure {
        Schema current = request.current();
        Set<String> known = knownFindings(request);
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(prompts.system()), UserMessage.from(prompts.plan(request))));
        Candidate best = null;
        List<String> problems = List.of();
        for (int round = 0; round <= MAX_REPAIRS; round++) {
            String text = ask(messages);
            messages.add(AiMessage.from(text));
            try {
                ModelAnswer answer = ModelAnswer.read(text);
                if (answer.changes().isEmpty()) {
                    if (best != null) break;
                    throw new ModelFailure(Cause.NO_CHANGES, "the model proposed no change");
                }
                Schema after = applyAll(answer, current);
                List<String> dropped = DraftCoverage.missing(request.message(), after);
                List<Finding> findings = newFindings(review(request, after, answer.queryPatterns()), known);
                Candidate candidate = new Candidate(answer, dropped, findings);
                if (best == null || candidate.isBetterThan(best)) best = candidate;
                if (dropped.isEmpty() && findings.isEmpty()) break;
                List<String> next = new ArrayList<>(dropped);
                findings.forEach(f -> next.add("review " + f.line()));
                problems = next;
            } catch (ModelAnswer.Unreadable e) {
                problems = e.problems;
            }
            if (round < MAX_REPAIRS) messages.add(UserMessage.from(prompts.repair(problems)));
        }
        if (best == null) throw new ModelFailure(Cause.INVALID_OUTPUT, shorten("after " + MAX_REPAIRS + " repairs: " + String.join("; ", problems)));
        ModelAnswer answer = best.answer;
        return new Plan(answer.changes(), answer.queryPatterns(), answer.rationale(), Optional.empty(), List.of(), PlanSource.model(modelName));
    }

    /** Applies the operations one by one so a problem names the operation that caused it. */
    private static Schema applyAll(ModelAnswer answer, Schema current) throws ModelAnswer.Unreadable {
        Schema after = current;
        List<Op> ops = answer.changes().ops();
        for (int i = 0; i < ops.size(); i++) {
            try {
                after = ops.get(i).apply(after);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ModelAnswer.Unreadable(List.of("changes[" + i + "] (" + describe(ops.get(i)) + ") does not apply: " + e.getMessage()));
            }
        }
        try {
            Identifiers.requireValid(after, current);
        } catch (IllegalArgumentException e) {
            throw new ModelAnswer.Unreadable(List.of(e.getMessage()));
        }
        return after;
    }

    private static String describe(Op op) {
        return op.describe();
    }

    private List<Finding> review(PlanRequest request, Schema schema, List<String> queryPatterns) throws ModelAnswer.Unreadable {
        ReviewInput input = ReviewInput.of(schema).withDialect(request.context().productionDialect())
                .withQueryPatterns(queryPatterns).withExisting(!request.current().tables().isEmpty());
        try {
            return reviewer.review(input);
        } catch (UserFacingException e) {
            throw new ModelAnswer.Unreadable(List.of("the review could not read the answer: " + e.getMessage()));
        }
    }

    /** What the review already finds in the current schema; not the model's to repair. */
    private Set<String> knownFindings(PlanRequest request) {
        try {
            return keys(review(request, request.current(), List.of()));
        } catch (ModelAnswer.Unreadable e) {
            return Set.of();
        }
    }

    /** Error and warning findings the current schema did not already have: the ones this answer caused. */
    private static List<Finding> newFindings(List<Finding> findings, Set<String> known) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).filter(f -> !known.contains(key(f))).toList();
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) out.add(key(f));
        return out;
    }

    /** LangChain4j's own failures, and any whose cause is I/O: the clients wrap a body they cannot parse (JsonEOFException) in a plain RuntimeException. */
    private static boolean fromProvider(RuntimeException e) {
        if (e instanceof dev.langchain4j.exception.LangChain4jException) return true;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) return true;
        }
        return false;
    }

    private static String key(Finding f) { return f.rule() + " " + f.object(); }

    private String ask(List<ChatMessage> messages) throws ModelFailure {
        ChatRequest.Builder request = ChatRequest.builder().messages(List.copyOf(messages));
        responseFormat.ifPresent(request::responseFormat);
        ChatResponse response;
        try {
            response = model.chat(request.build());
        } catch (RuntimeException e) {
            // the provider failed (status, time-out, connection, a body its client could not read); the planner falls back.
            // Any other exception is a fault of ours and goes on.
            if (!fromProvider(e)) throw e;
            throw ModelFailure.from(e);
        }
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        return text == null ? "" : text;
    }

    private Plan fallBack(PlanRequest request, Cause cause, String detail) {
        return fallback.plan(request).withSource(PlanSource.fallback(modelName, cause, detail));
    }

    static String shorten(String text) {
        return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS - 1) + "…";
    }

    /** An answer that applies, with what it left out of the request and the findings it caused; keeping the user's words counts first. */
    private record Candidate(ModelAnswer answer, List<String> dropped, List<Finding> findings) {
        boolean isBetterThan(Candidate other) {
            if (dropped.size() != other.dropped.size()) return dropped.size() < other.dropped.size();
            return findings.size() < other.findings.size();
        }
    }

    /** A model call that did not produce an answer to read, classified for the fallback. */
    static final class ModelFailure extends Exception {
        final Cause cause;
        final String detail;

        ModelFailure(Cause cause, String detail) {
            super(detail);
            this.cause = cause;
            this.detail = detail;
        }

        static ModelFailure from(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RateLimitException || (t instanceof HttpException && ((HttpException) t).statusCode() == 429)) {
                    return new ModelFailure(Cause.RATE_LIMITED, "the provider answered 429 Too Many Requests");
                }
                if (isTimeout(t)) return new ModelFailure(Cause.TIMEOUT, "the provider did not answer in time");
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpException) {
                    return new ModelFailure(Cause.PROVIDER_ERROR, "the provider answered HTTP " + ((HttpException) t).statusCode());
                }
            }
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            return new ModelFailure(Cause.PROVIDER_ERROR, shorten(e.getClass().getSimpleName() + message));
        }

        private static boolean isTimeout(Throwable t) {
            return t instanceof dev.langchain4j.exception.TimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException;
        }
    }
}
