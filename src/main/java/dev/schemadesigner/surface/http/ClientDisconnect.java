package dev.schemadesigner.surface.http;

import dev.schemadesigner.chat.TurnControl;
import io.javalin.http.Context;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops a turn when its client goes away. Jetty notices a closed connection only when it reads or
 * writes, and it does neither while a handler runs; so while a turn runs this reads the connection
 * itself a few times a second: end of stream (or a reset) means the client is gone. A client does
 * not send more while it awaits the answer (HTTP/1.1 clients do not pipeline requests), so the
 * read finds nothing else; should a pipelined byte arrive, the connection is closed after this
 * response rather than misread.
 */
public final class ClientDisconnect implements AutoCloseable {

    private static final long POLL_MILLIS = 250;
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "client-disconnect-watch");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledFuture<?> poll;
    /** Set by {@link #close()}; guarded by {@code this}, so no read runs once Jetty reads the connection again. */
    private boolean closed;

    private ClientDisconnect(Context ctx, EndPoint endPoint, TurnControl turn) {
        // Jetty buffers are kept in "flush mode": empty means limit 0, and fill appends after the limit
        ByteBuffer probe = BufferUtil.allocate(1);
        poll = WATCHER.scheduleWithFixedDelay(() -> {
            synchronized (this) {
                if (closed || turn.stopped()) return;
                try {
                    BufferUtil.clear(probe);
                    int read = endPoint.fill(probe);
                    if (read < 0) turn.stop(TurnControl.Stop.CLIENT_GONE);
                    else if (read > 0) ctx.header("Connection", "close");
                } catch (IOException | RuntimeException e) {
                    turn.stop(TurnControl.Stop.CLIENT_GONE);
                }
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Watches {@code ctx}'s connection until closed; stops {@code turn} when the client goes away. */
    public static ClientDisconnect watch(Context ctx, TurnControl turn) {
        Request request = Request.getBaseRequest(ctx.req());
        EndPoint endPoint = request == null ? null : request.getHttpChannel().getEndPoint();
        if (endPoint == null) throw new IllegalStateException("no Jetty connection behind this request");
        return new ClientDisconnect(ctx, endPoint, turn);
    }

    @Override
    public synchronized void close() {
        closed = true;
        poll.cancel(false);
    }
}
