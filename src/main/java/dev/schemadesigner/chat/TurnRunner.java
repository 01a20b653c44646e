package dev.schemadesigner.chat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a turn's work on a worker thread while the caller's thread waits for it, at most until the
 * turn's deadline. The caller gets its answer at the deadline whatever the worker is busy with (a
 * model call, a statement on a slow database); the worker, stopped, ends at its next stage or
 * statement and cleans up on its own. Stage events reach the caller's listener on the caller's
 * thread, so a surface writes its response from one thread only.
 */
final class TurnRunner implements AutoCloseable {

    /** How often the waiting caller looks at the clock and the turn's state. */
    private static final long POLL_MILLIS = 50;

    private final ExecutorService workers;
    /** Turns whose work has not ended yet, so that closing can stop them. */
    private final java.util.Set<TurnControl> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TurnRunner() {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "turn-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private record Event(String name, Object data) {}

    /** Queued last by the worker, so the caller wakes as the work ends instead of at its next poll. */
    private static final Event DONE = new Event("", null);

    /**
     * {@code work} gets a listener that queues its events for the caller and throws the stop's
     * exception once the turn is stopped, so every stage boundary is a point where a stopped turn ends.
     */
    <T> T run(TurnControl turn, StageListener listener, Function<StageListener, T> work) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        running.add(turn);
        Future<T> result;
        try {
            result = workers.submit(() -> {
                try {
                    return work.apply((name, data) -> {
                        turn.check();
                        events.add(new Event(name, data));
                    });
                } finally {
                    running.remove(turn);
                    events.add(DONE);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.remove(turn);
            turn.stop(TurnControl.Stop.SHUTDOWN);
            throw turn.stoppedException();
        }
        try {
            while (true) {
                Event event = events.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (event == DONE) {
                    // every event of the turn came before DONE; the future completes as the worker returns
                    return outcome(result);
                } else if (event != null) {
                    listener.stage(event.name(), event.data());
                } else if (result.isDone()) {
                    for (Event e = events.poll(); e != null && e != DONE; e = events.poll()) listener.stage(e.name(), e.data());
                    return outcome(result);
                } else if (turn.stopped() || (turn.expired() && turn.stop(TurnControl.Stop.DEADLINE))) {
                    throw turn.stoppedException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn.stop(TurnControl.Stop.CLIENT_GONE);
            throw turn.stoppedException();
        } catch (RuntimeException e) {
            // the listener failed (its client went away mid-stream) or the turn was stopped: the worker must not go on
            turn.stop(TurnControl.Stop.CLIENT_GONE);
            throw e;
        }
    }

    private static <T> T outcome(Future<T> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Refuses new turns, stops the running ones (their statements are ended, their throw-aways
     * dropped) and waits a while for their workers to finish cleaning up.
     */
    @Override
    public void close() {
        workers.shutdown();
        running.forEach(t -> t.stop(TurnControl.Stop.SHUTDOWN));
        try {
            workers.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
