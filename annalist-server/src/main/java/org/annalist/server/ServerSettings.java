package org.annalist.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How the server runs; checked when built and never changed afterwards.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param token the bearer token every write request must carry
 * @param maxRequestBytes largest request body accepted; larger ones get 413
 * @param codingThreads workers coding the articles of one submission in parallel
 * @param queuedSubmissions submissions that may wait for the writer; more get 503
 * @param articleTimeout longest time one article may take to code
 * @param readConnections database connections shared by concurrent read requests
 */
public record ServerSettings(int port, String token, long maxRequestBytes, int codingThreads, int queuedSubmissions,
                             Duration articleTimeout, int readConnections) {

    /** The only interface the server listens on. */
    public static final String HOST = "127.0.0.1";

    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, was " + port);
        }
        Objects.requireNonNull(token, "token");
        if (token.length() < 8) {
            throw new IllegalArgumentException("the token must have at least 8 characters");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes, was " + maxRequestBytes);
        }
        if (codingThreads < 1 || queuedSubmissions < 1 || readConnections < 1) {
            throw new IllegalArgumentException("coding threads, queued submissions and read connections must be at least 1");
        }
        if (articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("the article timeout must be positive");
        }
    }

    /** Settings with the defaults for everything but the port and token. */
    public static ServerSettings of(int port, String token) {
        return new ServerSettings(port, token, DEFAULT_MAX_REQUEST_BYTES, Runtime.getRuntime().availableProcessors(), 16,
                Duration.ofSeconds(60), 8);
    }

    public ServerSettings withMaxRequestBytes(long bytes) {
        return new ServerSettings(port, token, bytes, codingThreads, queuedSubmissions, articleTimeout, readConnections);
    }

    /** A random token of 128 bits, for a server started without one. */
    public static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
