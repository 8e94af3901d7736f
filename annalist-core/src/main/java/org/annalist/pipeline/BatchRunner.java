package org.annalist.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.annalist.article.Article;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;
import org.annalist.input.ReadResult;

/**
 * Codes a stream of inputs on a pool of workers and hands the outcomes to a consumer in input
 * order, so output is the same whatever the thread count. At most a few articles per worker are
 * in flight, so memory stays flat on corpora of any size.
 *
 * <p>Each article has a time limit: when it passes, the worker is interrupted (CoreNLP checks for
 * interruption) and the article is rejected as timed out. An article whose worker ignores the
 * interrupt is given up after twice the limit so the batch still finishes.
 */
public final class BatchRunner {

    /** Told after every outcome; the CLI draws its progress bar from it. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done);
    }

    private final ArticlePipeline pipeline;
    private final BatchSettings settings;

    public BatchRunner(ArticlePipeline pipeline, BatchSettings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    public RunSummary run(Iterator<ReadResult> inputs, Consumer<Outcome> consumer, ProgressListener progress) {
        long startedAt = System.nanoTime();
        Tally tally = new Tally();
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), daemonThreads("annalist-worker"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemonThreads("annalist-watchdog"));
        Deque<Pending> inFlight = new ArrayDeque<>();
        int maxInFlight = settings.threads() * 3;
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < maxInFlight && inputs.hasNext()) {
                    inFlight.addLast(submit(inputs.next(), workers, watchdog));
                }
                Outcome outcome = await(inFlight.removeFirst());
                tally.add(outcome);
                consumer.accept(outcome);
                progress.progress(tally.read);
            }
        } finally {
            workers.shutdownNow();
            watchdog.shutdownNow();
        }
        return tally.summary(Duration.ofNanos(System.nanoTime() - startedAt));
    }

    /** An input on its way through a worker. */
    private record Pending(String input, Future<Outcome> future, AtomicLong startedAt) {}

    private Pending submit(ReadResult input, ExecutorService workers, ScheduledExecutorService watchdog) {
        AtomicLong startedAt = new AtomicLong();
        if (input instanceof ReadResult.Rejected rejected) {
            return new Pending(rejected.rejection().input(),
                    java.util.concurrent.CompletableFuture.completedFuture(new Outcome.Rejected(rejected.rejection())), startedAt);
        }
        Article article = ((ReadResult.Read) input).article();
        Future<Outcome> future = workers.submit(() -> {
            startedAt.set(System.nanoTime());
            Thread worker = Thread.currentThread();
            ScheduledFuture<?> alarm = watchdog.schedule(worker::interrupt, settings.articleTimeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                return codeOne(article);
            } finally {
                alarm.cancel(false);
                Thread.interrupted(); // clear an interrupt that raced with the end of the article
            }
        });
        return new Pending(describe(article), future, startedAt);
    }

    private Outcome codeOne(Article article) {
        try {
            return new Outcome.Coded(pipeline.code(article));
        } catch (OutOfMemoryError e) {
            return rejected(article, RejectionReason.OUT_OF_MEMORY, "raise -Xmx or lower --threads");
        } catch (RuntimeException | StackOverflowError e) {
            if (Thread.currentThread().isInterrupted() || isInterruption(e)) {
                return rejected(article, RejectionReason.TIMED_OUT, "longer than " + settings.articleTimeout().toSeconds() + " s (see --timeout)");
            }
            StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return rejected(article, RejectionReason.INTERNAL_ERROR,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + (where == null ? "" : " at " + where));
        }
    }

    private static boolean isInterruption(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause.getClass().getSimpleName().contains("Interrupted")) {
                return true;
            }
        }
        return false;
    }

    private Outcome await(Pending pending) {
        long hardLimitNanos = settings.articleTimeout().toNanos() * 2;
        while (true) {
            try {
                return pending.future().get(250, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = pending.startedAt().get();
                if (started != 0 && System.nanoTime() - started > hardLimitNanos) {
                    pending.future().cancel(true);
                    return new Outcome.Rejected(new Rejection(pending.input(), RejectionReason.TIMED_OUT,
                            "worker did not stop after " + settings.articleTimeout().toSeconds() * 2 + " s; abandoned"));
                }
            } catch (ExecutionException e) {
                return new Outcome.Rejected(new Rejection(pending.input(), RejectionReason.INTERNAL_ERROR, String.valueOf(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("batch interrupted", e);
            }
        }
    }

    private static Outcome rejected(Article article, RejectionReason reason, String detail) {
        return new Outcome.Rejected(new Rejection(describe(article), reason, detail));
    }

    /** How a rejected article is named: its id and where it was read from. */
    private static String describe(Article article) {
        return article.id().equals(article.origin()) ? article.id() : article.id() + " (" + article.origin() + ")";
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Running counts for the summary; touched only by the coordinating thread. */
    private static final class Tally {
        long read;
        long coded;
        long rejected;
        long entities;
        long quotes;
        long events;
        final Map<RejectionReason, Long> byReason = new EnumMap<>(RejectionReason.class);

        void add(Outcome outcome) {
            read++;
            if (outcome instanceof Outcome.Coded coded) {
                this.coded++;
                entities += coded.article().entities().size();
                quotes += coded.article().quotes().size();
                events += coded.article().events().size();
            } else if (outcome instanceof Outcome.Rejected rejection) {
                rejected++;
                byReason.merge(rejection.rejection().reason(), 1L, Long::sum);
            }
        }

        RunSummary summary(Duration elapsed) {
            return new RunSummary(read, coded, rejected, byReason, entities, quotes, events, elapsed);
        }
    }
}
