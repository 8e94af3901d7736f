package org.annalist.cli;

import java.io.PrintWriter;
import org.annalist.article.Rejection;
import org.annalist.pipeline.CodedArticle;

/**
 * What a batch command says on standard error while it runs: one line per rejection and per
 * warning, the progress bar (cleared before any such line so it never breaks one), and the
 * closing count. Shared by {@code code} and {@code ingest} so both speak the same way.
 */
final class RunReporter {

    private final PrintWriter err;
    private final ProgressBar bar;

    /** @param bar the progress bar, or {@code null} when none is drawn */
    private RunReporter(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A reporter with a progress bar when standard error is a terminal and the user allows it. */
    static RunReporter forInputs(PrintWriter err, InputOptions inputs, boolean noProgress) {
        ProgressBar bar = !noProgress && ProgressBar.wanted()
                ? new ProgressBar(err, InputCensus.count(inputs.paths, inputs.inputFormat)) : null;
        return new RunReporter(err, bar);
    }

    void rejected(Rejection rejection) {
        clearBar();
        err.println("annalist: rejected " + rejection.message());
    }

    void warnings(CodedArticle article) {
        for (String warning : article.warnings()) {
            clearBar();
            err.println("annalist: warning " + article.article().id() + ": " + warning);
        }
    }

    void progress(long done) {
        if (bar != null) {
            bar.progress(done);
        }
    }

    /** Clears the bar and prints the run's closing line. */
    void finish(String summaryLine) {
        clearBar();
        err.println("annalist: " + summaryLine);
    }

    private void clearBar() {
        if (bar != null) {
            bar.finish();
        }
    }
}
