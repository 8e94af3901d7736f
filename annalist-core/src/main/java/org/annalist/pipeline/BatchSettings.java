package org.annalist.pipeline;

import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param threads worker threads; each codes whole articles with the shared pipeline
 * @param articleTimeout longest time one article may take before it is rejected as timed out
 */
public record BatchSettings(int threads, Duration articleTimeout) {

    public BatchSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("the article timeout must be positive");
        }
    }

    public static BatchSettings defaults() {
        return new BatchSettings(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60));
    }
}
