package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annalist.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM running the real ingest with SIGKILL after some articles are committed,
 * runs it again, and compares the store with that of an uninterrupted run.
 */
class KilledIngestTest {

    private static final int ARTICLES = 60;

    @TempDir
    Path folder;

    @Test
    void killedIngestRerunStoresExactlyTheArticlesOfAnUninterruptedRun() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        String[] names = {"Ali Rezaei", "Hassan Karimi", "Reza Ahmadi", "Mehdi Moradi"};
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("article-%03d.txt", i)),
                    " date " + LocalDate.of(2024, 1, 1).plusDays(i % 20) + " " + names[i % names.length]
                            + " met Azerbaijani officials in Baku for talks number " + i + ".\n");
        }
        Path interrupted = folder.resolve("interrupted.duckdb");
        Process child = start(interrupted, corpus);
        int stored = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; stored < 15 && (line = out.readLine()) != null; ) {
                if (line.startsWith("stored ")) {
                    stored++;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stored).isEqualTo(15);
        try (EventStore store = EventStore.open(interrupted, StoreSettings.defaults())) {
            assertThat(store.rowCounts().get("articles")).isBetween(15L, (long) ARTICLES - 1);
        }
        runToEnd(interrupted, corpus);

        Path uninterrupted = folder.resolve("uninterrupted.duckdb");
        runToEnd(uninterrupted, corpus);

        try (EventStore resumed = EventStore.open(interrupted, StoreSettings.defaults());
             EventStore whole = EventStore.open(uninterrupted, StoreSettings.defaults())) {
            String articles = "SELECT article_id || ' ' || content_hash FROM articles ORDER BY article_id";
            assertThat(EventStoreTest.strings(resumed, articles)).hasSize(ARTICLES).isEqualTo(EventStoreTest.strings(whole, articles));
            String events = "SELECT event_date || ' ' || CAST(article_ids AS VARCHAR) FROM events ORDER BY 1";
            assertThat(EventStoreTest.strings(resumed, events)).isEqualTo(EventStoreTest.strings(whole, events));
            Map<String, Long> counts = resumed.rowCounts();
            assertThat(counts).isEqualTo(whole.rowCounts());
            assertThat(resumed.unindexedArticles()).isEmpty();
            try (SearchIndex index = SearchIndex.openForReading(resumed.searchIndexDirectory())) {
                assertThat(index.articleCount()).isEqualTo(ARTICLES);
            }
        }
    }

    private Process start(Path database, Path corpus) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FakeIngestMain.class.getName());
        command.add(database.toString());
        command.add(corpus.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private void runToEnd(Path database, Path corpus) throws Exception {
        Process child = start(database, corpus);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).endsWith("done\n");
    }
}
