package dev.schemadesigner.chat;

import dev.schemadesigner.verify.Cancellation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The life of one turn: a deadline, and one of three states. A running turn can be stopped (its
 * deadline passed, or its client went away) or can commit (its result is being stored); whichever
 * comes first wins, so a stopped turn is never stored later and a committed one is never reported
 * as stopped. Stopping runs the registered actions at once (they end the statements running in the
 * verification databases), from whichever thread stops the turn.
 */
public final class TurnControl implements Cancellation {

    /** Why a turn stopped. */
    public enum Stop { DEADLINE, CLIENT_GONE, SHUTDOWN }

    private enum State { RUNNING, COMMITTED, STOPPED }

    private final Duration budget;
    private final long deadlineNanos;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile Stop stop;
    private final List<Action> actions = new CopyOnWriteArrayList<>();

    private TurnControl(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** A turn that must finish within {@code budget} from now. */
    public static TurnControl withDeadline(Duration budget) {
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("a turn's deadline must be positive, was " + budget);
        return new TurnControl(budget);
    }

    public Duration budget() { return budget; }

    /** Time left until the deadline; zero or negative once it has passed. */
    public Duration remaining() { return Duration.ofNanos(deadlineNanos - System.nanoTime()); }

    boolean expired() { return deadlineNanos - System.nanoTime() <= 0; }

    @Override
    public boolean stopped() { return state.get() == State.STOPPED; }

    /**
     * Stops the turn unless it has already committed or stopped; true when this call stopped it.
     * Surfaces call it when their client goes away.
     */
    public boolean stop(Stop reason) {
        if (!state.compareAndSet(State.RUNNING, State.STOPPED)) return false;
        stop = reason;
        actions.forEach(Action::run);
        return true;
    }

    /** The turn's result is about to be stored: from now on it cannot be stopped. False when it was stopped first. */
    boolean commit() { return state.compareAndSet(State.RUNNING, State.COMMITTED); }

    /** Throws the stop's exception when the turn was stopped, so a worker ends at the next stage boundary. */
    void check() {
        if (stopped()) throw stoppedException();
    }

    ConversationException stoppedException() {
        if (stop == Stop.SHUTDOWN) {
            return new ConversationException(ConversationException.Reason.SHUTTING_DOWN, "turn",
                    "the service is shutting down; the turn was stopped and nothing was stored. Send it again once the service is back");
        }
        if (stop == Stop.CLIENT_GONE) {
            return new ConversationException(ConversationException.Reason.CLIENT_GONE, "turn", "the client went away; the turn was stopped and nothing was stored");
        }
        return new ConversationException(ConversationException.Reason.DEADLINE, "turn", "the turn did not finish within " + budget.toSeconds()
                + " s (SD_TURN_DEADLINE_SECONDS) and was stopped; nothing was stored. A smaller schema or change finishes sooner");
    }

    @Override
    public Registration onStop(Runnable action) {
        Action once = new Action(action);
        actions.add(once);
        if (stopped()) once.run();
        return () -> actions.remove(once);
    }

    /** Runs at most once, whether the stop or the registration saw the stopped state first. */
    private static final class Action {
        private final Runnable action;
        private final AtomicBoolean ran = new AtomicBoolean();

        Action(Runnable action) { this.action = action; }

        void run() {
            if (ran.compareAndSet(false, true)) action.run();
        }
    }
}
