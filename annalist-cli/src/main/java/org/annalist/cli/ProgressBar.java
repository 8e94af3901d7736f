package org.annalist.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.annalist.pipeline.BatchRunner;

/**
 * A one-line progress bar on standard error (articles done, articles/s, time left), redrawn at
 * most five times a second. Used only when standard error is a terminal, so logs stay clean.
 */
final class ProgressBar implements BatchRunner.ProgressListener {

    private static final int WIDTH = 28;
    private final PrintWriter err;
    private final long total;
    private final long startedAt = System.nanoTime();
    private long lastDrawn;

    /** @param total items expected, or 0 when unknown */
    ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    @Override
    public void progress(long done) {
        long now = System.nanoTime();
        if (now - lastDrawn < 200_000_000L && done != total) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - startedAt) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line.append('[').append("=".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total);
            long left = rate > 0 ? (long) ((total - done) / rate) : 0;
            line.append(String.format(Locale.ROOT, "  %.1f articles/s  ETA %d:%02d", rate, left / 60, left % 60));
        } else {
            line.append(done).append(String.format(Locale.ROOT, " articles  %.1f articles/s", rate));
        }
        err.print(line);
        err.flush();
    }

    /** Clears the bar so the summary line starts at the left margin. */
    void finish() {
        err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        err.flush();
    }

    /** Whether the launcher found standard error to be a terminal. */
    static boolean wanted() {
        return Boolean.getBoolean("annalist.stderr.tty");
    }
}
