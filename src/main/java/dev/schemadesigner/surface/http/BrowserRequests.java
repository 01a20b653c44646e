package dev.schemadesigner.surface.http;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.Config;
import io.javalin.http.Context;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which browsers may talk to this server. A page from another origin must not drive the API (audit
 * 2.25, C3): a request whose {@code Origin} is neither this server's own nor in
 * {@code SD_ALLOWED_ORIGINS} is refused, and so is a state-changing request the browser marks
 * {@code Sec-Fetch-Site: cross-site} or {@code same-site}. A page on a name the attacker rebinds to
 * 127.0.0.1 is same-origin in the browser's eyes, so the {@code Host} must be a name this server
 * answers to (audit 4.8, DNS rebinding): a loopback name or address on the port the request came in
 * on, the host of an allowed origin, or the non-loopback {@code SD_HOST} it listens on.
 */
final class BrowserRequests {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Config.Network network;
    private final List<HostAndPort> allowedOrigins;

    BrowserRequests(Config.Network network) {
        this.network = network;
        this.allowedOrigins = network.allowedOrigins().stream().map(o -> HostAndPort.ofOrigin(o).orElseThrow(() ->
                new UserFacingException(ErrorCode.INVALID_SETTING, "SD_ALLOWED_ORIGINS: '" + o + "' is not an origin like https://host[:port]"))).toList();
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        int localPort = ctx.req().getLocalPort();
        HostAndPort requested = HostAndPort.ofHost(host, "http").orElseThrow(() ->
                new ApiException.MisdirectedRequest("the Host header '" + Optional.ofNullable(host).orElse("") + "' is not a host name"));
        if (!answersTo(requested, localPort)) {
            throw new ApiException.MisdirectedRequest("this server does not answer to the host '" + host
                    + "'; it answers to loopback names on port " + localPort + " and to the origins in SD_ALLOWED_ORIGINS");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !fromAllowedOrigin(origin, requested)) {
            throw new ApiException.Forbidden("requests from the origin '" + origin + "' are refused; this server takes requests from its own pages"
                    + " and from the origins in SD_ALLOWED_ORIGINS");
        }
        String site = Optional.ofNullable(ctx.header("Sec-Fetch-Site")).orElse("").toLowerCase(Locale.ROOT);
        boolean crossSite = site.equals("cross-site") || site.equals("same-site");
        if (crossSite && !SAFE_METHODS.contains(ctx.method().name()) && (origin == null || !allowedOrigins.contains(HostAndPort.ofOrigin(origin).orElse(null)))) {
            throw new ApiException.Forbidden("the browser says this request comes from another site (Sec-Fetch-Site: " + site
                    + "); only this server's own pages and the origins in SD_ALLOWED_ORIGINS may change anything");
        }
    }

    private boolean answersTo(HostAndPort requested, int localPort) {
        if (requested.port() == localPort && (isLoopback(requested.host()) || (!network.loopback() && requested.host().equals(network.host().toLowerCase(Locale.ROOT))))) {
            return true;
        }
        return allowedOrigins.stream().anyMatch(o -> o.host().equals(requested.host()) && (o.port() == requested.port() || !requested.explicitPort()));
    }

    private boolean fromAllowedOrigin(String origin, HostAndPort requested) {
        Optional<HostAndPort> parsed = HostAndPort.ofOrigin(origin);
        if (parsed.isEmpty()) return false; // "null" (sandboxed frames, file:) and anything else unparseable
        HostAndPort from = parsed.get();
        boolean own = from.scheme().equals("http") && from.host().equals(requested.host()) && from.port() == requested.port();
        return own || allowedOrigins.contains(from);
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }

    /** An origin or Host reduced to what is compared: scheme, lower-case host, port (the scheme's default when absent). */
    record HostAndPort(String scheme, String host, int port, boolean explicitPort) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HostAndPort h && h.scheme.equals(scheme) && h.host.equals(host) && h.port == port;
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(scheme, host, port); }

        static Optional<HostAndPort> ofOrigin(String origin) {
            try {
                URI uri = new URI(origin.trim());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) return Optional.empty();
                if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) return Optional.empty();
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                return Optional.of(new HostAndPort(scheme, host, uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort(), uri.getPort() >= 0));
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        }

        static Optional<HostAndPort> ofHost(String host, String scheme) {
            if (host == null || host.isBlank() || host.contains("/") || host.contains("@")) return Optional.empty();
            return ofOrigin(scheme + "://" + host.trim()).map(h -> new HostAndPort(scheme, h.host(), h.port(), h.explicitPort()));
        }

        private static int defaultPort(String scheme) { return scheme.equals("https") ? 443 : 80; }
    }
}
