package dev.schemadesigner.chat;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per session, so a turn waits only for its own session's previous turn (the next turn
 * builds on that one's schema) and never for an unrelated session. A lock lives while a turn holds
 * or awaits it and is removed after, so the map holds only sessions with turns under way. The wait
 * is bounded: past it the turn is refused as busy, with the time after which the running turn will
 * have ended at the latest.
 */
final class SessionLocks {

    /** How often a waiting turn looks whether it was stopped meanwhile. */
    private static final long SLICE_MILLIS = 100;

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock(true);
        /** Turns holding or awaiting this lock; guarded by the map's compute. */
        int users;
        /** When the holder's deadline passes, for the retry advice. */
        volatile long holderDeadlineNanos;
    }

    /** A held lock; closing it releases the session. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits at most {@code wait} (and never beyond the turn's deadline or stop) for the session's lock.
     * Throws the turn's stop exception when it was stopped or its deadline passed, and a BUSY
     * {@link ConversationException} when the previous turn is still running after {@code wait}.
     */
    Held acquire(String sessionId, Duration wait, TurnControl turn) {
        Entry entry = locks.compute(sessionId, (id, e) -> {
            Entry out = e == null ? new Entry() : e;
            out.users++;
            return out;
        });
        long until = System.nanoTime() + wait.toNanos();
        boolean locked = false;
        try {
            while (!locked && !turn.stopped() && !turn.expired() && System.nanoTime() - until < 0) {
                locked = entry.lock.tryLock(SLICE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!locked) leave(sessionId);
        }
        if (!locked) {
            if (turn.stopped()) throw turn.stoppedException();
            if (turn.expired()) {
                turn.stop(TurnControl.Stop.DEADLINE);
                throw turn.stoppedException();
            }
            long retry = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(entry.holderDeadlineNanos - System.nanoTime()) + 1);
            throw ConversationException.busy(sessionId, wait, retry);
        }
        entry.holderDeadlineNanos = System.nanoTime() + turn.remaining().toNanos();
        return () -> {
            entry.lock.unlock();
            leave(sessionId);
        };
    }

    /** Sessions with a turn holding or awaiting their lock. */
    int size() { return locks.size(); }

    private void leave(String sessionId) {
        locks.computeIfPresent(sessionId, (id, e) -> --e.users == 0 ? null : e);
    }
}
