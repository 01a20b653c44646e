package dev.schemadesigner.surface.http;

import dev.schemadesigner.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients that send their bodies slowly or never finish them (audit 8.3 L1, 8.5 H2). */
class SlowClientsTest {

    @Test
    @Timeout(30)
    void aBodyThatStopsShortIs408ProblemWithinTheDeadline() {
        // 8.3: Content-Length 1000, 10 bytes sent — was 500 text/plain with an empty body after 30 s
        try (App app = TestApp.start(Map.of("SD_BODY_READ_SECONDS", "2"))) {
            long started = System.nanoTime();
            RawHttp.Answer answer = RawHttp.exchange(app.port(), "POST /api/v1/chat HTTP/1.1\nHost: localhost:" + app.port()
                    + "\nContent-Type: application/json\nContent-Length: 1000\n\n{\"message\"", 10_000);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.body()).contains("SD_BODY_READ_SECONDS", "10 bytes came");
            assertThat(took).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(5));
        }
    }

    @Test
    @Timeout(60)
    void healthKeepsAnsweringWhile300ClientsTrickleTheirBodies() throws Exception {
        // 8.5 (H2): 260–300 connections sending a byte every few seconds held all of Jetty's threads; /health timed out throughout
        try (App app = TestApp.start(Map.of())) {
            // given: 300 connections, each with headers for a 1000-byte body and its first byte sent
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 5000);
                socket.getOutputStream().write(("POST /api/v1/chat HTTP/1.1\r\nHost: localhost:" + app.port()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
                slow.add(socket);
            }
            HealthProbe probe = new HealthProbe(app.port());
            Thread prober = new Thread(probe, "health-probe");

            // when: every connection sends one more byte a second for six seconds while /health is asked five times a second
            prober.start();
            for (int second = 0; second < 6; second++) {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write(' ');
                    } catch (IOException refusedAndClosed) {
                        // the server answered this one early and closed it
                    }
                }
                Thread.sleep(1000);
            }
            probe.stop = true;
            prober.join();

            // then: every /health answered, quickly
            assertThat(probe.latencies).hasSizeGreaterThanOrEqualTo(20);
            assertThat(probe.failures).isEmpty();
            Duration slowest = probe.latencies.stream().max(Duration::compareTo).orElseThrow();
            System.out.printf("/health under 300 slow clients: %d answers, slowest %d ms%n", probe.latencies.size(), slowest.toMillis());
            assertThat(slowest).isLessThan(Duration.ofSeconds(2));

            // and: the clients beyond the limit were told at once, none got a server error
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Socket socket : slow) {
                socket.setSoTimeout(200);
                try {
                    String raw = RawHttp.readAll(socket.getInputStream());
                    statuses.merge(RawHttp.parse(raw).status(), 1, Integer::sum);
                } catch (IOException stillReading) {
                    statuses.merge(0, 1, Integer::sum);
                } finally {
                    socket.close();
                }
            }
            System.out.println("slow clients' answers (0 = still being read): " + statuses);
            assertThat(statuses.keySet()).isSubsetOf(0, 408, 429, 503);
            assertThat(statuses.getOrDefault(429, 0) + statuses.getOrDefault(503, 0)).isGreaterThanOrEqualTo(300 - BodyReader.PER_ADDRESS);
        }
    }

    /** Asks /health every 200 ms with a 3 s time-out, recording how long each answer took. */
    private static final class HealthProbe implements Runnable {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        private final URI health;
        final List<Duration> latencies = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        volatile boolean stop;

        HealthProbe(int port) { this.health = URI.create("http://localhost:" + port + "/health"); }

        @Override
        public void run() {
            while (!stop) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) failures.add("status " + r.statusCode());
                    latencies.add(Duration.ofNanos(System.nanoTime() - started));
                } catch (Exception e) {
                    failures.add(e.toString());
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
