package io.kindred.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link KindredServer} listens and what it allows; every default of {@code kindred serve} is here. Immutable.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} by default: only this machine)
 * @param port the port, 0 for any free one
 * @param threads the most request threads
 * @param writeToken the bearer token every write and admin route needs, or null for none (refused on an address other
 *     than loopback unless {@code insecure})
 * @param readToken the bearer token the read routes need (the write token is accepted too), or null for open reads
 * @param insecure allow an address other than loopback without a write token
 * @param maxBodyBytes the largest request body; a larger one is answered 413
 * @param cacheControl the {@code Cache-Control} header of a list
 * @param idleTimeout how long a connection may stay silent, mid-request or between requests, before it is closed
 * @param accessLog whether each request is logged (logger {@code io.kindred.server.access}: status and latency)
 * @param maxK the longest list a request may ask for
 */
public record ServerConfig(
        String bind,
        int port,
        int threads,
        String writeToken,
        String readToken,
        boolean insecure,
        long maxBodyBytes,
        String cacheControl,
        Duration idleTimeout,
        boolean accessLog,
        int maxK) {

    /** The request headers' limit, request line included (a longer URI is answered 414, longer headers 431). */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    /** Defaults: loopback, port 8080, no tokens, 4 MiB bodies, {@code no-cache}, 30 s idle, access log on, k ≤ 1000. */
    public static final ServerConfig DEFAULT = new ServerConfig(
            "127.0.0.1",
            8080,
            Math.max(8, 4 * Runtime.getRuntime().availableProcessors()),
            null,
            null,
            false,
            4L << 20,
            "no-cache",
            Duration.ofSeconds(30),
            true,
            1000);

    /**
     * Validates.
     *
     * @param bind see {@link #bind()}
     * @param port see {@link #port()}
     * @param threads see {@link #threads()}
     * @param writeToken see {@link #writeToken()}
     * @param readToken see {@link #readToken()}
     * @param insecure see {@link #insecure()}
     * @param maxBodyBytes see {@link #maxBodyBytes()}
     * @param cacheControl see {@link #cacheControl()}
     * @param idleTimeout see {@link #idleTimeout()}
     * @param accessLog see {@link #accessLog()}
     * @param maxK see {@link #maxK()}
     */
    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(cacheControl, "cacheControl");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (threads < 4) {
            throw new IllegalArgumentException(
                    "threads must be at least 4 (Jetty's acceptor and selector need two), was " + threads);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, was " + maxBodyBytes);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, was " + idleTimeout);
        }
        if (maxK < 1) {
            throw new IllegalArgumentException("the longest list must be at least 1, was " + maxK);
        }
        checkToken("write", writeToken);
        checkToken("read", readToken);
        if (cacheControl.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("Cache-Control must be printable ASCII, was '" + cacheControl + "'");
        }
    }

    private static void checkToken(String which, String token) {
        if (token != null && (token.length() < 16 || token.chars().anyMatch(c -> c <= 0x20 || c > 0x7e))) {
            throw new IllegalArgumentException("the " + which
                    + " token must be at least 16 printable ASCII characters without spaces (e.g. openssl rand -hex"
                    + " 32), had " + token.length() + " characters");
        }
    }

    /**
     * @param bind see {@link #bind()}
     * @return a copy with it
     */
    public ServerConfig withBind(String bind) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param port see {@link #port()}
     * @return a copy with it
     */
    public ServerConfig withPort(int port) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param threads see {@link #threads()}
     * @return a copy with it
     */
    public ServerConfig withThreads(int threads) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param writeToken see {@link #writeToken()}
     * @return a copy with it
     */
    public ServerConfig withWriteToken(String writeToken) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param readToken see {@link #readToken()}
     * @return a copy with it
     */
    public ServerConfig withReadToken(String readToken) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param insecure see {@link #insecure()}
     * @return a copy with it
     */
    public ServerConfig withInsecure(boolean insecure) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param maxBodyBytes see {@link #maxBodyBytes()}
     * @return a copy with it
     */
    public ServerConfig withMaxBodyBytes(long maxBodyBytes) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param cacheControl see {@link #cacheControl()}
     * @return a copy with it
     */
    public ServerConfig withCacheControl(String cacheControl) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param idleTimeout see {@link #idleTimeout()}
     * @return a copy with it
     */
    public ServerConfig withIdleTimeout(Duration idleTimeout) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }

    /**
     * @param accessLog see {@link #accessLog()}
     * @return a copy with it
     */
    public ServerConfig withAccessLog(boolean accessLog) {
        return new ServerConfig(
                bind,
                port,
                threads,
                writeToken,
                readToken,
                insecure,
                maxBodyBytes,
                cacheControl,
                idleTimeout,
                accessLog,
                maxK);
    }
}
