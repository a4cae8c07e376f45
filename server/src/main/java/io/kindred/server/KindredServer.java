package io.kindred.server;

import io.kindred.core.live.LiveIndex;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP service over a {@link LiveIndex} (the routes are in {@code docs/openapi.yaml}), on Jetty 12's core API: no
 * servlet layer, one handler. Started by {@link #start}; {@link #close} stops it gracefully (no new connections;
 * requests in flight finish) and leaves the index open for its owner to commit and close. Thread-safe.
 */
public final class KindredServer implements AutoCloseable {

    /** How long {@link #close} waits for requests in flight. */
    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    /** The slowest a request body may arrive, or an answer be read, in bytes per second. */
    static final long MIN_DATA_RATE = 1024;

    /** The most connections open at once. */
    static final int MAX_CONNECTIONS = 10_000;

    /** The access log's format: client, request line, status, bytes sent and latency in microseconds. */
    static final String ACCESS_LOG_FORMAT = "%{client}a \"%r\" %s %O %{us}Tus";

    private final Server server;
    private final ServerConnector connector;
    private final ApiHandler api;
    private final Metrics metrics;

    private KindredServer(Server server, ServerConnector connector, ApiHandler api, Metrics metrics) {
        this.server = server;
        this.connector = connector;
        this.api = api;
        this.metrics = metrics;
    }

    /**
     * Starts serving an index.
     *
     * @param index the index, open; the caller keeps it (and closes it after the server)
     * @param config where to listen and what to allow
     * @return the server, listening
     * @throws IllegalArgumentException for an address other than loopback without a write token (unless
     *     {@link ServerConfig#insecure()}), or an address that is not this machine's
     * @throws IOException if the port cannot be bound
     */
    public static KindredServer start(LiveIndex index, ServerConfig config) throws IOException {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(config, "config");
        checkExposure(config);
        QueuedThreadPool threads = new QueuedThreadPool(config.threads(), Math.min(4, config.threads()));
        threads.setName("kindred-http");
        Server server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setErrorHandler(new JsonErrorHandler());

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(ServerConfig.MAX_HEADER_BYTES);
        // an id may hold any character: %2F and %25 in a segment are data (Route decodes each segment itself)
        http.setUriCompliance(UriCompliance.DEFAULT.with(
                "kindred-ids",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        server.addConnector(connector);

        Metrics metrics = new Metrics(index);
        ApiHandler api = new ApiHandler(index, config, metrics);
        // a client that trickles its body, or reads the answer, slower than this is cut off (besides the idle timeout)
        server.setHandler(new GracefulHandler(new MinimumDataRateHandler(api, MIN_DATA_RATE, MIN_DATA_RATE)));
        // connections past the limit wait to be accepted: slow or idle clients cannot take every file descriptor
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        if (config.accessLog()) {
            Slf4jRequestLogWriter log = new Slf4jRequestLogWriter();
            log.setLoggerName("io.kindred.server.access");
            server.setRequestLog(new CustomRequestLog(log, ACCESS_LOG_FORMAT));
        }
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the HTTP server did not start: " + e.getMessage(), e);
        }
        api.ready(true);
        return new KindredServer(server, connector, api, metrics);
    }

    /** Refuses to expose unprotected writes beyond this machine. */
    private static void checkExposure(ServerConfig config) {
        InetAddress address;
        try {
            address = InetAddress.getByName(config.bind());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the bind address '" + config.bind() + "'", e);
        }
        if (!address.isLoopbackAddress() && config.writeToken() == null && !config.insecure()) {
            throw new IllegalArgumentException("binding " + config.bind()
                    + " exposes the index beyond this machine: give a write token (--token-file), or --insecure to"
                    + " accept that anyone who reaches the port can change it");
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start failure is what the caller needs to know
        }
    }

    /** @return the port it listens on (the one chosen when the configuration said 0) */
    public int port() {
        return connector.getLocalPort();
    }

    /** @return its base address, e.g. {@code http://127.0.0.1:8080} */
    public URI uri() {
        String host = connector.getHost();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port());
    }

    /**
     * Records the time of a commit made by the owner (at shutdown), for {@code /metrics}.
     *
     * @param nanos its duration
     */
    public void recordCommit(long nanos) {
        metrics.commit(nanos);
    }

    /**
     * Stops gracefully: {@code /readyz} answers 503, no new connection is accepted, requests in flight finish (for at
     * most 30 s). The index stays open.
     *
     * @throws IOException if the server does not stop cleanly
     */
    @Override
    public void close() throws IOException {
        api.ready(false);
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("the HTTP server did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
