package org.annalist.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.annalist.article.Rejection;
import org.annalist.input.ReadResult;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchRunner;
import org.annalist.pipeline.BatchSettings;
import org.annalist.pipeline.CodedArticle;
import org.annalist.pipeline.Outcome;
import org.annalist.pipeline.RunSummary;
import org.annalist.store.search.IndexedArticle;
import org.annalist.store.search.SearchIndex;

/**
 * Codes inputs into the store: what {@code annalist ingest} runs. Articles whose content hash
 * is already stored are skipped before coding (or, when re-coding, coded again and their
 * codings replaced); every other article is coded by the same
 * {@link BatchRunner} and pipeline as {@code annalist code} and stored in its own transaction.
 * The search index follows the store: it is committed every {@link #INDEX_COMMIT_EVERY}
 * articles and at the end, and articles are marked indexed only after that commit, so a run
 * killed at any point is completed by the next one.
 */
public final class Ingestion {

    static final int INDEX_COMMIT_EVERY = 200;

    /** Told what happens, in input order, on the thread that called {@link #run}. */
    public interface Listener {
        default void stored(CodedArticle article, EventStore.StoreResult result) {}

        default void rejected(Rejection rejection) {}

        default void skipped(String articleId) {}

        default void progress(long done) {}
    }

    /**
     * What a run did.
     *
     * @param coding the batch runner's count of what was coded (skipped articles are not in it)
     * @param skipped articles already stored with the same content
     * @param added new articles stored
     * @param replaced changed articles whose codings were replaced
     * @param recoded unchanged articles coded again, their codings replaced ({@link Unchanged#RECODE})
     * @param caughtUp articles stored by an earlier run but missing from the search index, added now
     */
    public record Summary(RunSummary coding, long skipped, long added, long replaced, long recoded, long caughtUp) {

        public String line() {
            return coding.line() + "; stored " + added + " new, " + replaced + " changed"
                    + (recoded > 0 ? ", " + recoded + " re-coded" : "") + ", skipped " + skipped + " unchanged"
                    + (caughtUp > 0 ? "; re-indexed " + caughtUp : "");
        }
    }

    /** What to do with an article already stored with the same content. */
    public enum Unchanged {
        /** Skip it before coding: the store already has its codings. */
        SKIP,
        /** Code it again and replace its codings: after Annalist, its dictionaries or its weights changed. */
        RECODE
    }

    private final EventStore store;
    private final SearchIndex index;
    private final ArticlePipeline pipeline;
    private final BatchSettings settings;
    private final Unchanged unchanged;

    /** An ingestion that skips articles already stored with the same content. */
    public Ingestion(EventStore store, SearchIndex index, ArticlePipeline pipeline, BatchSettings settings) {
        this(store, index, pipeline, settings, Unchanged.SKIP);
    }

    public Ingestion(EventStore store, SearchIndex index, ArticlePipeline pipeline, BatchSettings settings, Unchanged unchanged) {
        this.store = store;
        this.index = index;
        this.pipeline = pipeline;
        this.settings = settings;
        this.unchanged = unchanged;
    }

    public Summary run(Iterator<ReadResult> inputs, Listener listener) {
        try {
            long caughtUp = catchUpIndex();
            SkipStored unstored = new SkipStored(inputs, listener);
            List<String> pendingIndex = new ArrayList<>();
            long[] stored = new long[EventStore.StoreResult.values().length];
            RunSummary coding = new BatchRunner(pipeline, settings).run(unstored, outcome -> {
                if (outcome instanceof Outcome.Rejected rejected) {
                    store.reject(rejected.rejection());
                    listener.rejected(rejected.rejection());
                    return;
                }
                CodedArticle coded = ((Outcome.Coded) outcome).article();
                EventStore.StoreResult result = unchanged == Unchanged.RECODE ? store.recode(coded) : store.store(coded);
                stored[result.ordinal()]++;
                if (result != EventStore.StoreResult.UNCHANGED) {
                    putInIndex(IndexedArticle.of(coded), pendingIndex);
                }
                listener.stored(coded, result);
            }, listener::progress);
            commitIndex(pendingIndex);
            return new Summary(coding, unstored.skipped, stored[EventStore.StoreResult.ADDED.ordinal()],
                    stored[EventStore.StoreResult.REPLACED.ordinal()], stored[EventStore.StoreResult.RECODED.ordinal()], caughtUp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long catchUpIndex() throws IOException {
        List<String> missing = store.unindexedArticles();
        StoredArticles articles = new StoredArticles(store.connection());
        List<String> pending = new ArrayList<>();
        for (String id : missing) {
            putInIndex(articles.forIndex(id), pending);
        }
        commitIndex(pending);
        return missing.size();
    }

    private void putInIndex(IndexedArticle article, List<String> pending) {
        try {
            index.put(article);
            pending.add(article.articleId());
            if (pending.size() >= INDEX_COMMIT_EVERY) {
                commitIndex(pending);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitIndex(List<String> pending) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        index.commit();
        store.markIndexed(pending);
        pending.clear();
    }

    /** Passes on every input except articles already stored with the same content. */
    private final class SkipStored implements Iterator<ReadResult> {
        private final Iterator<ReadResult> inputs;
        private final Listener listener;
        private ReadResult next;
        long skipped;

        SkipStored(Iterator<ReadResult> inputs, Listener listener) {
            this.inputs = inputs;
            this.listener = listener;
        }

        @Override
        public boolean hasNext() {
            while (next == null && inputs.hasNext()) {
                ReadResult candidate = inputs.next();
                if (unchanged == Unchanged.SKIP && candidate instanceof ReadResult.Read read
                        && store.contains(read.article().id(), ContentHash.of(read.article()))) {
                    skipped++;
                    listener.skipped(read.article().id());
                } else {
                    next = candidate;
                }
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadResult result = next;
            next = null;
            return result;
        }
    }
}
