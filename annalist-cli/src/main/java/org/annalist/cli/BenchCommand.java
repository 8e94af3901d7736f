package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.article.Article;
import org.annalist.input.ArticleInputs;
import org.annalist.input.InputLimits;
import org.annalist.input.ReadResult;
import org.annalist.language.LanguageAnnotator;
import org.annalist.language.corenlp.AnnotatorBreakdown;
import org.annalist.language.corenlp.BareCoreNlp;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.sink.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code annalist bench}: measures, on the same articles in one JVM, (a) bare CoreNLP with the
 * same annotators and (b) the full coding path to JSON, and prints throughput, peak heap, the
 * share of time per stage and the ratio b/a. A benchmark, not a test: nothing here asserts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Benchmarks bare CoreNLP against the full Annalist pipeline on the same articles.",
            "Reports articles/s, tokens/s, peak heap, time per stage and the ratio full/bare."})
final class BenchCommand implements Callable<Integer> {

    private final LanguageFactory languages;

    @Mixin
    InputOptions inputs;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Measured passes over the articles for each configuration (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
            description = "Unmeasured passes first, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--annotators-breakdown",
            description = "Instead of the comparison, time each CoreNLP annotator (and each part of NER) alone, on one thread, in CPU time.")
    boolean annotatorsBreakdown;

    @Option(names = "--warmup-input", paramLabel = "PATH",
            description = "Run the warm-up passes over these articles instead of the measured ones (repeatable): the parser caches"
                    + " words it has seen, so warming up on the measured articles overstates a feed's speed.")
    List<String> warmupInputs;

    @Option(names = "--skip-bare",
            description = "Measure only the full coding path, not bare CoreNLP first (faster when comparing settings of the path).")
    boolean skipBare;

    BenchCommand(LanguageFactory languages) {
        this.languages = languages;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        ObjectMapper mapper = new ObjectMapper();
        List<Article> articles = read(inputs.open(System.in, mapper));
        List<Article> warmupArticles = articles;
        if (warmupInputs != null) {
            warmupArticles = read(new ArticleInputs(warmupInputs, inputs.inputFormat,
                    new InputLimits(inputs.maxBytes, InputLimits.DEFAULT.maxArticleChars()), System.in, mapper));
        }
        if (articles.isEmpty() || warmupArticles.isEmpty()) {
            System.err.println("annalist: bench: no article to measure");
            return 1;
        }
        int threads = pipelineOptions.threads;
        out.printf(Locale.ROOT, "annalist %s bench: %d articles x %d rounds (+%d warm-up%s), %d threads, Java %s, %d cores, max heap %d MB%n",
                AnnalistVersion.get(), articles.size(), rounds, warmup,
                warmupArticles == articles ? "" : " over " + warmupArticles.size() + " other articles", threads, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        if (annotatorsBreakdown) {
            printBreakdown(out, articles);
            return 0;
        }
        Benchmark benchmark = new Benchmark(articles, warmupArticles, threads, warmup, rounds);
        Benchmark.Result baseline = null;
        if (!skipBare) {
            BareCoreNlp bare = new BareCoreNlp(pipelineOptions.languageSettings());
            baseline = benchmark.measure(article -> new Benchmark.StageTimes(bare.annotate(article), 0, 0, 0));
        }

        LanguageAnnotator language = languages.create(pipelineOptions.languageSettings());
        ArticlePipeline pipeline = PipelineAssembly.pipeline(language, pipelineOptions);
        ArticleJson json = new ArticleJson(mapper, AnnalistVersion.get(), language.description());
        Benchmark.Result full = benchmark.measure(article -> {
            long t0 = System.nanoTime();
            var document = language.annotate(article);
            long t1 = System.nanoTime();
            var coded = pipeline.code(document);
            long t2 = System.nanoTime();
            int bytes = mapper.writeValueAsBytes(json.toJson(coded)).length;
            long t3 = System.nanoTime();
            return new Benchmark.StageTimes(coded.tokenCount(), t1 - t0, t2 - t1, t3 - t2 + (bytes > 0 ? 0 : 1));
        });

        out.println();
        out.println("| configuration | articles/s | tokens/s | CPU ms/article | process CPU ms/article | articles/s projected on idle cores"
                + " | peak heap MB | language % | stages % | JSON % |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        if (baseline != null) {
            out.println(baseline.row("(a) bare CoreNLP annotate"));
        }
        out.println(full.row("(b) annalist code path"));
        if (baseline != null) {
            out.printf(Locale.ROOT, "%nratio b/a (time per article): %.3f%n", baseline.articlesPerSecond() / full.articlesPerSecond());
        }
        if (!full.outsideWorkers().isEmpty()) {
            out.println("process CPU outside the workers, ms/article, (b): " + full.outsideWorkers());
        }
        out.println("(CPU ms/article: the worker threads; process CPU adds the garbage collector and the JIT compiler."
                + " Projected = cores x 1000 / worker CPU ms per article: the rate if the workers had every core to themselves)");
        return 0;
    }

    private static List<Article> read(ArticleInputs inputs) throws Exception {
        List<Article> articles = new ArrayList<>();
        try (inputs) {
            inputs.forEachRemaining(result -> {
                if (result instanceof ReadResult.Read ok) {
                    articles.add(ok.article());
                } else {
                    System.err.println("annalist: rejected " + ((ReadResult.Rejected) result).rejection().message());
                }
            });
        }
        return articles;
    }

    private void printBreakdown(PrintStream out, List<Article> articles) {
        List<AnnotatorBreakdown.Step> steps = new AnnotatorBreakdown(pipelineOptions.languageSettings()).measure(articles);
        out.println();
        out.println("| annotator | variant | CPU ms (all articles) | CPU ms/article |");
        out.println("|---|---|---|---|");
        for (AnnotatorBreakdown.Step step : steps) {
            out.printf(Locale.ROOT, "| %s | %s | %.0f | %.1f |%n", step.name(), step.settings(), step.cpuMilliseconds(),
                    step.cpuMilliseconds() / articles.size());
        }
    }
}
