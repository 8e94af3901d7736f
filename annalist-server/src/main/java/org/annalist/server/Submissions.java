package org.annalist.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.annalist.article.Rejection;
import org.annalist.input.ReadResult;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchSettings;
import org.annalist.pipeline.CodedArticle;
import org.annalist.store.EventStore;
import org.annalist.store.Ingestion;
import org.annalist.store.search.SearchIndex;

/**
 * Codes and stores submitted articles through the store's {@link Ingestion}, the path of
 * {@code annalist ingest}. The store has one writer, so submissions run one after another on a
 * single thread, each coding its articles on {@code codingThreads} workers; at most
 * {@code queuedSubmissions} wait, and a further one is refused with 503 instead of piling up.
 * The request waits for its submission, so the response carries the stored ids and counts.
 */
final class Submissions implements AutoCloseable {

    /** What happened to one submitted article. */
    record StoredArticle(String id, String result, int entities, int quotes, int events) {}

    /** What happened to one input the readers or the pipeline refused. */
    record RejectedInput(String input, String reason, String detail) {}

    /** The answer to one submission. */
    record Result(List<StoredArticle> articles, List<RejectedInput> rejected) {}

    private final EventStore store;
    private final SearchIndex index;
    private final ArticlePipeline pipeline;
    private final BatchSettings batchSettings;
    private final ThreadPoolExecutor writer;

    Submissions(EventStore store, SearchIndex index, ArticlePipeline pipeline, ServerSettings settings) {
        this.store = store;
        this.index = index;
        this.pipeline = pipeline;
        this.batchSettings = new BatchSettings(settings.codingThreads(), settings.articleTimeout());
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.queuedSubmissions()),
                runnable -> {
                    Thread thread = new Thread(runnable, "annalist-store-writer");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    Result submit(List<ReadResult> inputs) {
        Future<Result> future;
        try {
            future = writer.submit(() -> ingest(inputs));
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "too many submissions are waiting to be coded; try again shortly");
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while the submission was coded");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    private Result ingest(List<ReadResult> inputs) {
        Map<String, StoredArticle> stored = new LinkedHashMap<>();
        List<RejectedInput> rejected = new ArrayList<>();
        new Ingestion(store, index, pipeline, batchSettings).run(inputs.iterator(), new Ingestion.Listener() {
            @Override
            public void stored(CodedArticle article, EventStore.StoreResult result) {
                stored.put(article.article().id(), new StoredArticle(article.article().id(), result.name(),
                        article.entities().size(), article.quotes().size(), article.events().size()));
            }

            @Override
            public void skipped(String articleId) {
                stored.put(articleId, new StoredArticle(articleId, EventStore.StoreResult.UNCHANGED.name(), -1, -1, -1));
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(new RejectedInput(rejection.input(), rejection.reason().name(), rejection.detail()));
            }
        });
        return new Result(List.copyOf(stored.values()), List.copyOf(rejected));
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.MINUTES)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
