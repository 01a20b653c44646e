package dev.schemadesigner.surface.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 written by hand, for what java.net.http will not send: any Host, a path Jetty rejects, a body that stops short. */
final class RawHttp {
    private RawHttp() {}

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    /** Sends {@code request} (CRLF line ends added) and reads the answer until the server closes or {@code timeoutMillis} passes. */
    static Answer exchange(int port, String request, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(timeoutMillis);
            socket.getOutputStream().write(request.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/1.1 ") || end < 0) throw new AssertionError("not an HTTP answer: " + raw);
        return new Answer(Integer.parseInt(raw.substring(9, 12)), raw.substring(0, end), raw.substring(end + 4));
    }

    /** Reads until end of stream, or until the time-out once something has come (the connection may stay open). */
    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (complete(out.toString(StandardCharsets.UTF_8))) break;
            }
        } catch (SocketTimeoutException e) {
            if (out.size() == 0) throw e;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) return false;
        for (String line : raw.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return raw.getBytes(StandardCharsets.UTF_8).length - end - 4 >= Integer.parseInt(line.substring(15).trim());
            }
        }
        return false;
    }
}
