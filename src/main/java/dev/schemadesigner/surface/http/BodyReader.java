package dev.schemadesigner.surface.http;

import io.javalin.http.Context;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads request bodies within a total deadline and with a bounded number of readers.
 * <p>
 * A blocked body read holds one of Jetty's threads; a client sending a byte every few seconds
 * defeats the idle timeout, and a few hundred such clients used to hold every thread so that even
 * {@code /health} went unanswered (audit 8.5, H2). So: each read gets what is left of the deadline
 * as the connection's idle timeout (the whole body must arrive within {@code SD_BODY_READ_SECONDS},
 * else 408), and only {@link #PER_ADDRESS} bodies per client address and {@link #IN_FLIGHT} in all
 * may be in transfer at once; the next one is refused at once (429 / 503) instead of taking a thread
 * for the whole deadline. Handlers that never read a body are not limited.
 */
public final class BodyReader {
    static final String ATTRIBUTE = "sd.body-reader";
    /** Enough for a browser and a few scripts on one machine; far fewer than Jetty's 250 threads. */
    static final int PER_ADDRESS = 32;
    /** Leaves most of the pool for requests without bodies, streams and running turns. */
    static final int IN_FLIGHT = 96;

    private final long maxBytes;
    private final Duration deadline;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ConcurrentHashMap<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();

    BodyReader(long maxBytes, Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    public static BodyReader of(Context ctx) {
        BodyReader reader = ctx.attribute(ATTRIBUTE);
        if (reader == null) throw new IllegalStateException("HttpServer sets the body reader before every handler");
        return reader;
    }

    /** The whole body, never more than the limit; a declared length over it was refused before routing. */
    public byte[] read(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        if (!inFlight.tryAcquire()) {
            throw new ApiException.Busy(503, "the server is receiving " + IN_FLIGHT + " request bodies already; retry in a moment");
        }
        AtomicInteger fromAddress = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        try {
            if (fromAddress.incrementAndGet() > PER_ADDRESS) {
                throw new ApiException.Busy(429, "this client address is sending " + PER_ADDRESS + " request bodies already; retry when they have arrived");
            }
            return readWithin(ctx);
        } finally {
            if (fromAddress.decrementAndGet() == 0) perAddress.remove(address, fromAddress);
            inFlight.release();
        }
    }

    private byte[] readWithin(Context ctx) {
        EndPoint endPoint = Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint();
        long idleTimeout = endPoint.getIdleTimeout();
        long until = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            InputStream in = ctx.req().getInputStream();
            while (true) {
                long left = Duration.ofNanos(until - System.nanoTime()).toMillis();
                if (left <= 0) throw timedOut(body.size());
                // the idle timeout bounds this one read; with what is left of the deadline it bounds them all
                endPoint.setIdleTimeout(Math.min(left, idleTimeout > 0 ? idleTimeout : left));
                int n = in.read(buffer);
                if (n < 0) return body.toByteArray();
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) throw new ApiException.PayloadTooLarge(maxBytes);
            }
        } catch (IOException e) {
            if (System.nanoTime() - until >= -50_000_000L || isTimeout(e)) throw timedOut(body.size());
            throw new ApiException.BadRequest("the request body could not be read: " + e.getMessage());
        } finally {
            endPoint.setIdleTimeout(idleTimeout);
        }
    }

    private ApiException timedOut(int received) {
        return new ApiException.RequestTimeout("the request body did not arrive within " + deadline.toSeconds()
                + " seconds (SD_BODY_READ_SECONDS); " + received + " bytes came");
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) return true;
        }
        return false;
    }
}
