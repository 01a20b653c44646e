package dev.schemadesigner.chat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Audit 5.4 (M1): one lock per session, a bounded wait, and no lock left behind. */
class SessionLocksTest {

    private final SessionLocks locks = new SessionLocks();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void unrelatedSessionsNeverWaitOnEachOther() throws Exception {
        holdInAnotherThread("session-a");

        long start = System.nanoTime();
        try (SessionLocks.Held held = locks.acquire("session-b", Duration.ofSeconds(5), turn(60))) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(200);
        }
    }

    @Test
    void aSecondTurnOnABusySessionIsRefusedAfterTheWaitWithRetryAdvice() throws Exception {
        holdInAnotherThread("session-a");

        long start = System.nanoTime();
        assertThatThrownBy(() -> locks.acquire("session-a", Duration.ofMillis(300), turn(60)))
                .isInstanceOfSatisfying(ConversationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConversationException.Reason.BUSY);
                    assertThat(e.retryAfterSeconds().orElseThrow()).isBetween(1L, 61L);
                    assertThat(e.getMessage()).contains("session-a", "SD_SESSION_LOCK_WAIT_SECONDS");
                });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(290L, 2_000L);
    }

    @Test
    void aWaitingTurnThatIsStoppedStopsWaiting() throws Exception {
        holdInAnotherThread("session-a");
        TurnControl waiting = turn(60);
        threads.submit(() -> {
            Thread.sleep(200);
            return waiting.stop(TurnControl.Stop.CLIENT_GONE);
        });

        long start = System.nanoTime();
        assertThatThrownBy(() -> locks.acquire("session-a", Duration.ofSeconds(10), waiting))
                .isInstanceOfSatisfying(ConversationException.class, e -> assertThat(e.reason()).isEqualTo(ConversationException.Reason.CLIENT_GONE));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
    }

    @Test
    void turnsOfOneSessionRunOneAfterTheOtherAndNoLockIsLeftBehind() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Future<?>[] turns = new Future<?>[8];
        for (int i = 0; i < turns.length; i++) {
            turns[i] = threads.submit(() -> {
                try (SessionLocks.Held held = locks.acquire("session-a", Duration.ofSeconds(10), turn(60))) {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    inside.decrementAndGet();
                }
                return null;
            });
        }
        for (Future<?> t : turns) t.get(10, TimeUnit.SECONDS);

        assertThat(most.get()).isEqualTo(1);
        assertThat(locks.size()).isZero();
    }

    @Test
    void aStoppedTurnCannotCommitAndACommittedOneCannotBeStopped() {
        TurnControl stopped = turn(60);
        TurnControl committed = turn(60);
        AtomicInteger ran = new AtomicInteger();
        stopped.onStop(ran::incrementAndGet);

        assertThat(stopped.stop(TurnControl.Stop.DEADLINE)).isTrue();
        assertThat(stopped.commit()).isFalse();
        stopped.onStop(ran::incrementAndGet);
        assertThat(ran.get()).as("each action runs once, also when registered after the stop").isEqualTo(2);
        assertThat(committed.commit()).isTrue();
        assertThat(committed.stop(TurnControl.Stop.CLIENT_GONE)).isFalse();
        assertThat(committed.stopped()).isFalse();
    }

    private static TurnControl turn(int seconds) { return TurnControl.withDeadline(Duration.ofSeconds(seconds)); }

    /** Holds the session's lock in another thread until the test ends. */
    private void holdInAnotherThread(String sessionId) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        threads.submit(() -> {
            try (SessionLocks.Held lock = locks.acquire(sessionId, Duration.ofSeconds(1), turn(60))) {
                held.countDown();
                release.await();
            }
            return null;
        });
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
