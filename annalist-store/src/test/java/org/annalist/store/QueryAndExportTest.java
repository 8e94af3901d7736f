package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.store.query.ActorNetwork;
import org.annalist.store.query.EventExport;
import org.annalist.store.query.EventFilter;
import org.annalist.store.query.EventQueries;
import org.annalist.store.query.QuoteQueries;
import org.annalist.store.query.Timeline;
import org.annalist.store.query.TimelineChart;
import org.annalist.store.search.IndexedArticle;
import org.annalist.store.search.SearchHit;
import org.annalist.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryAndExportTest {

    @TempDir
    Path folder;

    private EventStore filledStore() {
        EventStore store = EventStore.open(folder.resolve("q.duckdb"), StoreSettings.defaults());
        LocalDate day = LocalDate.of(2024, 11, 18);
        store.store(CodedArticles.meeting("p1", "PressTV", day, "Mohammad-Reza Ashtiani", "Farid Aliyev", "We will hold joint military drills"));
        store.store(CodedArticles.meeting("t1", "Tehran Times", day.plusDays(1), "Mohammad Reza Ashtiani", "Farid Aliyef", "Our ties are strong"));
        store.store(CodedArticles.meeting("m1", "Mehr", day.plusMonths(2), "Ali Rezaei", "Kamran Aliyev", "More talks soon"));
        return store;
    }

    @Test
    void exportedParquetReadsBackAsTheSameEvents() throws Exception {
        try (EventStore store = filledStore()) {
            Path parquet = folder.resolve("events.parquet");
            new EventExport(store.connection()).write(EventExport.Format.PARQUET, parquet);
            List<String> stored = EventStoreTest.strings(store,
                    "SELECT event_id || '|' || event_date || '|' || event || '|' || CAST(actor_code AS VARCHAR) || '|' "
                            + "|| CAST(recipient_code AS VARCHAR) || '|' || report_count || '|' || CAST(sources AS VARCHAR) FROM events ORDER BY event_id");
            List<String> readBack = EventStoreTest.strings(store,
                    "SELECT id || '|' || date || '|' || event || '|' || CAST(actor_code AS VARCHAR) || '|' "
                            + "|| CAST(recipient_code AS VARCHAR) || '|' || report_count || '|' || CAST(sources AS VARCHAR) "
                            + "FROM read_parquet('" + parquet + "') ORDER BY id");
            assertThat(readBack).hasSize(2).isEqualTo(stored);
            assertThat(readBack.get(0)).isEqualTo("1|2024-11-18|CONSULT|[IRN]|[AZE]|2|[PressTV, Tehran Times]");
        }
    }

    @Test
    void exportedCsvHasPlainCellsAndPloverColumnNames() throws Exception {
        try (EventStore store = filledStore()) {
            Path csv = folder.resolve("events.csv");
            new EventExport(store.connection()).write(EventExport.Format.CSV, csv);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).startsWith("id," + String.join(",", org.annalist.sink.EventTableColumns.SHARED) + ",last_date,report_count,");
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1)).contains("PressTV;Tehran Times").contains("p1;t1").doesNotContain("[");
        }
    }

    /** A meeting reported twice (0.3, then 0.9), a lone report at 0.3 and one without a confidence. */
    private EventStore scoredStore() {
        EventStore store = EventStore.open(folder.resolve("s.duckdb"), StoreSettings.defaults());
        LocalDate day = LocalDate.of(2024, 11, 18);
        store.store(CodedArticles.scored(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "Good talks"), 0.3));
        store.store(CodedArticles.scored(CodedArticles.meeting("t1", "Tehran Times", day, "Ali Rezaei", "Farid Aliyev", "Useful talks"), 0.9));
        store.store(CodedArticles.scored(CodedArticles.meeting("r1", "IRNA", day, "Ali Rezaei", "Sergei Lavrov", "Talks", "IRN", "RUS"), 0.3));
        store.store(CodedArticles.meeting("m1", "Mehr", day.plusMonths(2), "Ali Rezaei", "Kamran Aliyev", "More talks soon"));
        return store;
    }

    @Test
    void exportCarriesTheMergedConfidenceAfterTheRuleAndKeepsOnlyEventsOfTheMinimum() throws Exception {
        try (EventStore store = scoredStore()) {
            Path all = folder.resolve("all.csv");
            new EventExport(store.connection()).write(EventExport.Format.CSV, all);
            List<String> lines = Files.readAllLines(all);
            assertThat(lines.get(0)).contains(",text,rule,confidence,last_date,");
            assertThat(lines).hasSize(4);
            assertThat(lines.get(1)).startsWith("1,").contains(",test-consult,0.9,");
            assertThat(lines.get(3)).as("no confidence is an empty cell").startsWith("3,").contains(",test-consult,,");

            Path sure = folder.resolve("sure.csv");
            new EventExport(store.connection(), 0.5).write(EventExport.Format.CSV, sure);
            assertThat(Files.readAllLines(sure)).hasSize(2).element(1).asString().startsWith("1,");

            Path parquet = folder.resolve("sure.parquet");
            new EventExport(store.connection(), 0.3).write(EventExport.Format.PARQUET, parquet);
            assertThat(EventStoreTest.strings(store, "SELECT id || ' ' || typeof(confidence) || ' ' || confidence "
                    + "FROM read_parquet('" + parquet + "') ORDER BY id")).containsExactly("1 DOUBLE 0.9", "2 DOUBLE 0.3");
        }
    }

    @Test
    void eventsQueryKeepsOnlyEventsOfTheMinimumConfidence() {
        try (EventStore store = scoredStore()) {
            EventQueries queries = new EventQueries(store.connection());
            List<Map<String, Object>> sure = queries.find(new EventFilter(null, null, null, null, null, null, null, null, 0.5, 10));
            assertThat(sure).singleElement().satisfies(row -> {
                assertThat(row.get("confidence")).isEqualTo(0.9);
                assertThat(row.get("report_count")).isEqualTo(2);
            });
            assertThat(queries.find(new EventFilter(null, null, null, null, null, null, null, null, 0.3, 10)))
                    .as("the minimum is inclusive; the unscored event never passes").extracting(row -> row.get("confidence"))
                    .containsExactly(0.9, 0.3);
            assertThat(queries.find(EventFilter.all(10))).extracting(row -> row.get("confidence")).containsExactly(null, 0.9, 0.3);
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> new EventFilter(null, null, null, null, null, null, null, null, 1.5, 10))
                    .withMessageContaining("from 0 to 1");
        }
    }

    @Test
    void timelineAndNetworkCountOnlyEventsOfTheMinimumConfidence() {
        try (EventStore store = scoredStore()) {
            assertThat(Timeline.of(store.connection(), "IRN", "AZE", Timeline.Granularity.MONTH, null).periods())
                    .extracting(Timeline.Period::total).containsExactly(1L, 1L);
            assertThat(Timeline.of(store.connection(), "IRN", "AZE", Timeline.Granularity.MONTH, 0.5).periods())
                    .as("the merged meeting (0.9) stays; the unscored one two months later does not")
                    .singleElement().satisfies(period -> assertThat(period.start()).isEqualTo("2024-11-01"));
            assertThat(ActorNetwork.of(store.connection(), null, null, null, null, 10).edges()).hasSize(2);
            assertThat(ActorNetwork.of(store.connection(), null, null, null, 0.5, 10).edges())
                    .as("the IRN-RUS talks (0.3) drop out").singleElement()
                    .satisfies(edge -> assertThat(((Number) edge.get("events")).longValue()).isEqualTo(1L));
        }
    }

    @Test
    void eventsAreFilteredByDyadInEitherDirectionAndByOutlet() {
        try (EventStore store = filledStore()) {
            EventQueries queries = new EventQueries(store.connection());
            assertThat(queries.find(new EventFilter(null, null, List.of("AZE", "IRN"), null, null, null, null, null, null, 10))).hasSize(2);
            assertThat(queries.find(new EventFilter(null, null, List.of("AZE", "RUS"), null, null, null, null, null, null, 10))).isEmpty();
            List<Map<String, Object>> mehr = queries.find(new EventFilter(null, null, null, null, null, null, null, "mehr", null, 10));
            assertThat(mehr).singleElement().satisfies(row -> assertThat(row.get("actor")).isEqualTo(List.of("Ali Rezaei")));
            assertThat(queries.find(new EventFilter("Ashtiani", null, null, "CONSULT", "military",
                    LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30), null, null, 10))).singleElement()
                    .satisfies(row -> assertThat(row.get("report_count")).isEqualTo(2));
        }
    }

    @Test
    void compoundEventWithoutRecipientBelongsToTheDyadOfItsActors() {
        try (EventStore store = EventStore.open(folder.resolve("c.duckdb"), StoreSettings.defaults())) {
            store.store(CodedArticles.compoundTalks("c1", LocalDate.of(2024, 11, 18), "IRN", "AZE"));
            EventQueries queries = new EventQueries(store.connection());

            assertThat(queries.find(new EventFilter(null, null, List.of("AZE", "IRN"), null, null, null, null, null, null, 10))).hasSize(1);
            assertThat(queries.find(new EventFilter(null, null, List.of("IRN", "RUS"), null, null, null, null, null, null, 10))).isEmpty();
            Timeline timeline = Timeline.of(store.connection(), "IRN", "AZE", Timeline.Granularity.MONTH, null);
            assertThat(timeline.periods()).singleElement().satisfies(period -> assertThat(period.counts()).containsEntry("CONSULT", 1L));
            ActorNetwork network = ActorNetwork.of(store.connection(), null, null, null, null, 10);
            assertThat(network.edges()).singleElement().satisfies(edge -> {
                assertThat(edge.get("source")).isEqualTo("AZE");
                assertThat(edge.get("target")).isEqualTo("IRN");
                assertThat(edge.get("directed")).as("a joint meeting has no direction").isEqualTo(false);
                assertThat(((Number) edge.get("events")).longValue()).isEqualTo(1L);
            });
            assertThat(ActorNetwork.of(store.connection(), "consult", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30), null, 10).edges())
                    .hasSize(1);
            assertThat(ActorNetwork.of(store.connection(), "ASSAULT", null, null, null, 10).edges()).isEmpty();
            assertThat(ActorNetwork.of(store.connection(), null, LocalDate.of(2025, 3, 1), null, null, 10).edges()).isEmpty();
        }
    }

    @Test
    void quotesAreFoundUnderAnySpellingOfTheSpeaker() {
        try (EventStore store = filledStore()) {
            QuoteQueries quotes = new QuoteQueries(store.connection(), store.personNames());
            assertThat(quotes.bySpeaker("Farid Aliyef", 10)).extracting(row -> row.get("text"))
                    .containsExactly("We will hold joint military drills", "Our ties are strong");
            assertThat(quotes.bySpeaker("Aliyev", 10)).hasSize(3);
        }
    }

    @Test
    void timelineCountsEventsPerMonthAndDrawsACharts() throws Exception {
        try (EventStore store = filledStore()) {
            Timeline timeline = Timeline.of(store.connection(), "AZE", "IRN", Timeline.Granularity.MONTH, null);
            assertThat(timeline.periods()).extracting(Timeline.Period::start).containsExactly("2024-11-01", "2025-01-01");
            assertThat(timeline.periods().get(0).counts()).containsEntry("CONSULT", 1L);
            assertThat(timeline.periods().get(0).goldstein()).isEqualTo(1.0);
            assertThat(timeline.table()).contains("month").contains("CONSULT").contains("2024-11-01  1");
            Path svg = folder.resolve("t.svg");
            Path png = folder.resolve("t.png");
            TimelineChart.write(timeline, svg);
            TimelineChart.write(timeline, png);
            assertThat(Files.readString(svg)).startsWith("<svg").contains("CONSULT").contains("2025-01-01");
            assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
        }
    }

    @Test
    void searchReturnsHighlightedSentencesAndQuotes() throws Exception {
        try (SearchIndex index = SearchIndex.openForWriting(folder.resolve("s.lucene"))) {
            index.put(IndexedArticle.of(CodedArticles.meeting("p1", "PressTV", LocalDate.of(2024, 11, 18),
                    "Mohammad-Reza Ashtiani", "Farid Aliyev", "We will hold joint military drills next year")));
            index.put(IndexedArticle.of(CodedArticles.meeting("t1", "Tehran Times", LocalDate.of(2024, 11, 19),
                    "Ali Rezaei", "Farid Aliyev", "Trade is growing")));
            index.commit();
        }
        try (SearchIndex index = SearchIndex.openForReading(folder.resolve("s.lucene"))) {
            List<SearchHit> hits = index.search("joint military drill", 10);
            assertThat(hits).extracting(SearchHit::kind).containsExactlyInAnyOrder("article", "quote");
            SearchHit quote = hits.stream().filter(hit -> hit.kind().equals("quote")).findFirst().orElseThrow();
            assertThat(quote.speaker()).isEqualTo("Farid Aliyev");
            assertThat(quote.highlights()).containsExactly("We will hold «joint» «military» «drills» next year");
            assertThat(index.search("trade", 10)).extracting(SearchHit::articleId).containsOnly("t1");
        }
    }
}
