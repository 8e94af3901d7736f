package org.annalist.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.annalist.pipeline.CodedArticle;
import org.annalist.store.query.EventFilter;
import org.annalist.store.query.EventQueries;
import org.annalist.store.query.QuoteQueries;
import org.annalist.store.query.Timeline;
import org.annalist.store.search.IndexedArticle;
import org.annalist.store.search.SearchIndex;

/**
 * The store half of {@code annalist bench-store}: writes {@link Replicas} of coded articles
 * into a fresh store until it holds the wanted number of events, timing the store write alone
 * and the search index alone, then times the events, dyad, timeline, quotes-by-speaker and search queries
 * (p50/p99). Prints a Markdown table; asserts nothing.
 */
public final class StoreBenchmark {

    private final PrintStream out;

    public StoreBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(List<CodedArticle> seeds, int events, int queries, Path database) throws Exception {
        long storedArticles = 0;
        long storedEvents = 0;
        long storeNanos = 0;
        long indexNanos = 0;
        try (EventStore store = EventStore.open(database, StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory())) {
            for (int n = 0; storedEvents < events; n++) {
                CodedArticle copy = Replicas.copy(seeds.get(n % seeds.size()), n);
                long t0 = System.nanoTime();
                store.store(copy);
                long t1 = System.nanoTime();
                index.put(IndexedArticle.of(copy));
                indexNanos += System.nanoTime() - t1;
                storeNanos += t1 - t0;
                storedArticles++;
                storedEvents += copy.events().size();
            }
            long t0 = System.nanoTime();
            index.commit();
            indexNanos += System.nanoTime() - t0;
            out.printf(Locale.ROOT, "(2) store write alone: %d articles, %d event reports in %.1f s = %.1f articles/s, %.1f reports/s; "
                            + "search index alone: %.1f articles/s; store holds %s%n",
                    storedArticles, storedEvents, storeNanos / 1e9, storedArticles / (storeNanos / 1e9), storedEvents / (storeNanos / 1e9),
                    storedArticles / (indexNanos / 1e9), store.rowCounts());

            Random random = new Random(42);
            List<String> codes = codes(seeds);
            List<String> words = words(seeds);
            EventQueries eventQueries = new EventQueries(store.connection());
            out.println();
            out.println("| query | runs | p50 ms | p99 ms |");
            out.println("|---|---|---|---|");
            out.println(latency(queries, "events --country C --from --to (limit 100)", () -> eventQueries.find(new EventFilter(null,
                    pick(codes, random), null, null, null, java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 6, 30), null, null, 100))));
            out.println(latency(queries, "events --dyad A B (limit 100)", () -> eventQueries.find(new EventFilter(null, null,
                    List.of(pick(codes, random), pick(codes, random)), null, null, null, null, null, null, 100))));
            out.println(latency(queries, "timeline A B --by month", () -> Timeline.of(store.connection(), pick(codes, random), pick(codes, random),
                    Timeline.Granularity.MONTH, null)));
            QuoteQueries quoteQueries = new QuoteQueries(store.connection(), store.personNames());
            List<String> speakers = speakers(seeds);
            out.println(latency(queries, "quotes --speaker NAME (limit 100)", () -> quoteQueries.bySpeaker(pick(speakers, random), 100)));
            out.println(latency(queries, "search WORD WORD (top 20, highlighted)", () -> index.search(pick(words, random) + " " + pick(words, random), 20)));
        }
    }

    @FunctionalInterface
    private interface Query {
        Object run() throws Exception;
    }

    private static String latency(int queries, String name, Query query) throws Exception {
        for (int i = 0; i < Math.min(20, queries); i++) {
            query.run();
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t0 = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |", name, queries,
                millis[(int) (queries * 0.50)], millis[Math.min(queries - 1, (int) Math.ceil(queries * 0.99) - 1)]);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> codes(List<CodedArticle> seeds) {
        List<String> codes = seeds.stream().flatMap(article -> article.events().stream())
                .flatMap(event -> java.util.stream.Stream.concat(event.actors().stream(), event.recipients().stream()))
                .map(party -> party.code()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        return codes.isEmpty() ? List.of("IRN") : codes;
    }

    private static List<String> speakers(List<CodedArticle> seeds) {
        List<String> speakers = seeds.stream().flatMap(article -> article.quotes().stream())
                .map(quote -> quote.speakerName()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        return speakers.isEmpty() ? List.of("Ashtiani") : speakers;
    }

    private static List<String> words(List<CodedArticle> seeds) {
        return seeds.stream().flatMap(article -> Arrays.stream(article.article().text().split("\\W+")))
                .filter(word -> word.length() > 5).distinct().sorted().limit(500).toList();
    }
}
