package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.input.ArticleInputs;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.CodedArticle;
import org.annalist.store.EventStore;
import org.annalist.store.Ingestion;
import org.annalist.store.StoreBenchmark;
import org.annalist.store.StoreSettings;
import org.annalist.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code annalist bench-store}: (1) ingests the given articles with the full pipeline into a
 * fresh store, (2) writes copies of the coded articles ({@link Replicas}) into another fresh
 * store until it holds {@code --events} events, timing the store write alone and the index
 * alone, and (3) times the events, dyad, timeline and search queries on it (p50/p99).
 * A benchmark, not a test: nothing here asserts.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Benchmarks ingest throughput and query latency of the store on a store of --events events.")
final class BenchStoreCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Mixin
    InputOptions inputs;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--events", defaultValue = "100000", paramLabel = "N", description = "Events in the store queried (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--queries", defaultValue = "200", paramLabel = "N", description = "Runs of each query (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the benchmark stores (default: a new temporary folder).")
    Path work;

    BenchStoreCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("annalist-bench-store");
        out.printf(Locale.ROOT, "annalist %s bench-store: Java %s, %d cores, max heap %d MB, folder %s%n", AnnalistVersion.get(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, folder);

        LanguageAnnotator language = languages.create(pipelineOptions.languageSettings());
        ArticlePipeline pipeline = PipelineAssembly.pipeline(language, pipelineOptions);
        List<CodedArticle> coded = new ArrayList<>();
        long start = System.nanoTime();
        Ingestion.Summary summary;
        try (EventStore store = EventStore.open(folder.resolve("full.duckdb"), StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             ArticleInputs read = inputs.open(System.in, new ObjectMapper())) {
            summary = new Ingestion(store, index, pipeline, pipelineOptions.batchSettings()).run(read, new Ingestion.Listener() {
                @Override
                public void stored(CodedArticle article, EventStore.StoreResult result) {
                    coded.add(article);
                }
            });
        }
        double fullSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "(1) full pipeline ingest: %d articles, %d events in %.1f s = %.2f articles/s (%d threads)%n",
                summary.coding().coded(), summary.coding().events(), fullSeconds, summary.coding().coded() / fullSeconds, pipelineOptions.threads);
        List<CodedArticle> seeds = coded.stream().filter(article -> !article.events().isEmpty()).toList();
        if (seeds.isEmpty()) {
            System.err.println("annalist: bench-store: the coded articles have no events, so no store of events can be built from them");
            return 1;
        }

        new StoreBenchmark(out).run(seeds, events, queries, folder.resolve("replicas.duckdb"));
        return 0;
    }
}
