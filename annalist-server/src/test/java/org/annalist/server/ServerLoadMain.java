package org.annalist.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.annalist.input.PlainTextArticleParser;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.CodedArticle;
import org.annalist.store.EventStore;
import org.annalist.store.Replicas;
import org.annalist.store.StoreSettings;
import org.annalist.store.search.IndexedArticle;
import org.annalist.store.search.SearchIndex;
import org.annalist.testing.SharedLanguage;

/**
 * A bounded load test, not a timed test: N concurrent clients for S seconds against the event
 * list and search endpoints, reporting throughput, p50/p99 latency and errors per endpoint.
 * Usage: {@code ServerLoadMain FOLDER EVENTS CLIENTS SECONDS}. When FOLDER holds no store, one
 * is built once (and reused by later runs): the example article is coded and 200 copies
 * ({@link Replicas}) go through the store's real write path; then the {@code events} rows are
 * multiplied in SQL (new ids, merge keys and dates) until there are EVENTS events, and article
 * copies are added to the search index (one per four events), because the store writes ~15
 * articles/s and 100,000 events through it would take hours.
 */
public final class ServerLoadMain {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        Path database = folder.resolve("annalist.duckdb");
        ArticlePipeline pipeline = RunningServer.pipeline();
        boolean build = !Files.exists(database);
        try (EventStore store = EventStore.open(database, StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory())) {
            if (build) {
                build(store, index, pipeline, events);
            }
            System.out.println("store: " + store.rowCounts());
            try (AnnalistServer server = AnnalistServer.start(ServerSettings.of(0, ServerSettings.randomToken()), store, index, pipeline)) {
                run(server.port(), clients, seconds);
            }
        }
    }

    private static void build(EventStore store, SearchIndex index, ArticlePipeline pipeline, int events) throws Exception {
        long t0 = System.nanoTime();
        CodedArticle seed = pipeline.code(new PlainTextArticleParser().parse("example", "example",
                Files.readString(SharedLanguage.exampleArticle())));
        int copies = 200;
        for (int n = 0; n < copies; n++) {
            CodedArticle copy = Replicas.copy(seed, n);
            store.store(copy);
            index.put(IndexedArticle.of(copy));
        }
        long stored = store.rowCounts().get("events");
        long multiplier = (events + stored - 1) / stored;
        try (PreparedStatement statement = store.connection().prepareStatement("""
                INSERT INTO events SELECT e.* REPLACE (e.event_id + r.i * ? AS event_id, e.merge_key || '#' || r.i AS merge_key,
                       e.event_date + CAST(r.i % 1095 AS INTEGER) AS event_date, e.last_date + CAST(r.i % 1095 AS INTEGER) AS last_date)
                FROM events e CROSS JOIN range(1, ?) AS r(i)""")) {
            statement.setLong(1, 10_000_000L);
            statement.setLong(2, multiplier);
            statement.executeUpdate();
        }
        try (var statement = store.connection().createStatement()) {
            statement.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM events ORDER BY event_id DESC LIMIT "
                    + Math.max(0, store.rowCounts().get("events") - events) + ")");
        }
        for (int n = copies; n < events / 4; n++) {
            index.put(IndexedArticle.of(Replicas.copy(seed, n)));
        }
        index.commit();
        System.out.printf(Locale.ROOT, "built the store in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private record Sample(String endpoint, double millis, boolean error) {}

    private static void run(int port, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(clients)).build();
        String[] codes = {"IRN", "AZE", "RUS", "TUR"};
        String[] words = {"military", "cooperation", "security", "region", "commission", "drills", "Tehran", "peace", "defense", "joint"};
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    boolean search = random.nextBoolean();
                    String path = search
                            ? "/api/search?limit=20&q=" + words[random.nextInt(words.length)] + "+" + words[random.nextInt(words.length)]
                            : switch (random.nextInt(3)) {
                                case 0 -> "/api/events?limit=50&offset=" + random.nextInt(5000);
                                case 1 -> "/api/events?limit=50&country=" + codes[random.nextInt(codes.length)] + "&from=2023-01-01&to=2023-06-30";
                                default -> "/api/events?limit=50&dyad=IRN,AZE&offset=" + random.nextInt(1000);
                            };
                    long t0 = System.nanoTime();
                    boolean error;
                    try {
                        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        error = response.statusCode() != 200;
                    } catch (Exception e) {
                        error = true;
                        failures.incrementAndGet();
                    }
                    samples.add(new Sample(search ? "search" : "events", (System.nanoTime() - t0) / 1e6, error));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf(Locale.ROOT, "%d clients, %d s, Java %s, %d cores%n", clients, seconds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| endpoint | requests | requests/s | p50 ms | p99 ms | errors |");
        System.out.println("|---|---|---|---|---|---|");
        for (String endpoint : List.of("events", "search")) {
            double[] millis = samples.stream().filter(s -> s.endpoint().equals(endpoint)).mapToDouble(Sample::millis).sorted().toArray();
            long errors = samples.stream().filter(s -> s.endpoint().equals(endpoint) && s.error()).count();
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d |%n", endpoint, millis.length, millis.length / (double) seconds,
                    percentile(millis, 0.50), percentile(millis, 0.99), errors);
        }
        System.out.println("connection failures: " + failures.get());
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
    }

    private ServerLoadMain() {}
}
