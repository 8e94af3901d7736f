package org.annalist.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.annalist.article.Article;

/** Runs one configuration over the articles on a pool of threads and measures it. */
final class Benchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** What one article cost: tokens, and nanoseconds in language, later stages and JSON. */
    record StageTimes(int tokens, long languageNanos, long stagesNanos, long jsonNanos) {}

    @FunctionalInterface
    interface Work {
        StageTimes run(Article article) throws Exception;
    }

    /** Throughput and memory of one configuration. */
    record Result(long articles, long tokens, double seconds, long peakHeapBytes, long languageNanos, long stagesNanos, long jsonNanos,
            long cpuNanos, long processCpuNanos, Map<String, Double> threadKindMilliseconds) {

        double articlesPerSecond() {
            return articles / seconds;
        }

        /** CPU time the workers spent per article: unlike wall time, not inflated by other processes. */
        double cpuMillisecondsPerArticle() {
            return cpuNanos / 1e6 / articles;
        }

        /**
         * CPU time of the whole JVM per article during the measured rounds: the workers plus the
         * garbage collector and the JIT compiler, which {@link #cpuMillisecondsPerArticle} leaves out.
         */
        double processCpuMillisecondsPerArticle() {
            return processCpuNanos / 1e6 / articles;
        }

        /**
         * The process CPU outside the workers per article, by kind of thread (garbage collector,
         * JIT compilers, other), or an empty string where {@code /proc} is missing.
         */
        String outsideWorkers() {
            StringBuilder line = new StringBuilder();
            threadKindMilliseconds.forEach((kind, milliseconds) -> line.append(line.length() == 0 ? "" : ", ")
                    .append(kind).append(' ').append(String.format(Locale.ROOT, "%.0f", milliseconds / articles)));
            return line.toString();
        }

        String row(String name) {
            long staged = languageNanos + stagesNanos + jsonNanos;
            String shares = staged == 0 ? "| – | – | – |" : String.format(Locale.ROOT, "| %.1f | %.1f | %.1f |",
                    100.0 * languageNanos / staged, 100.0 * stagesNanos / staged, 100.0 * jsonNanos / staged);
            int cores = Runtime.getRuntime().availableProcessors();
            return String.format(Locale.ROOT, "| %s | %.2f | %.0f | %.0f | %.0f | %.2f | %d %s", name, articlesPerSecond(), tokens / seconds,
                    cpuMillisecondsPerArticle(), processCpuMillisecondsPerArticle(), cores * 1000.0 / cpuMillisecondsPerArticle(),
                    peakHeapBytes >> 20, shares);
        }
    }

    private final List<Article> articles;
    private final List<Article> warmupArticles;
    private final int threads;
    private final int warmup;
    private final int rounds;

    /**
     * @param warmupArticles what the warm-up passes run over: the measured articles themselves, or
     *     others, so that caches keyed by words (the parser's) hold a feed's vocabulary, not the
     *     measured articles'
     */
    Benchmark(List<Article> articles, List<Article> warmupArticles, int threads, int warmup, int rounds) {
        this.articles = articles;
        this.warmupArticles = warmupArticles;
        this.threads = threads;
        this.warmup = warmup;
        this.rounds = rounds;
    }

    Result measure(Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            pass(warmupArticles, work, new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder());
        }
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        LongAdder tokens = new LongAdder();
        LongAdder language = new LongAdder();
        LongAdder stages = new LongAdder();
        LongAdder json = new LongAdder();
        LongAdder cpu = new LongAdder();
        long start = System.nanoTime();
        long processCpuStart = PROCESS.getProcessCpuTime();
        ThreadCpuCensus threadsBefore = ThreadCpuCensus.take();
        for (int i = 0; i < rounds; i++) {
            pass(articles, work, tokens, language, stages, json, cpu);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long processCpu = PROCESS.getProcessCpuTime() - processCpuStart;
        Map<String, Double> threadKinds = ThreadCpuCensus.take().millisecondsSince(threadsBefore);
        long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Result((long) articles.size() * rounds, tokens.sum(), seconds, peak, language.sum(), stages.sum(), json.sum(), cpu.sum(), processCpu, threadKinds);
    }

    private void pass(List<Article> articles, Work work, LongAdder tokens, LongAdder language, LongAdder stages, LongAdder json, LongAdder cpu)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
                        StageTimes times = work.run(articles.get(i));
                        tokens.add(times.tokens());
                        language.add(times.languageNanos());
                        stages.add(times.stagesNanos());
                        json.add(times.jsonNanos());
                    }
                    cpu.add(CPU.getCurrentThreadCpuTime() - cpuStart);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
