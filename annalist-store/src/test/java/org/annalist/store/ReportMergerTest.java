package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental upkeep of merged events (a new event written from its report, a joining
 * report folded into the row) must give the rows the full rebuild from all reports gives.
 */
class ReportMergerTest {

    /** Every column of every merged event. */
    private static final String EVENTS = "SELECT CAST(e AS VARCHAR) FROM events e ORDER BY event_id";

    @TempDir
    Path folder;

    @Test
    void incrementallyMergedEventsEqualTheirFullRebuild() throws Exception {
        LocalDate day = LocalDate.of(2024, 11, 18);
        try (EventStore store = EventStore.open(folder.resolve("m.duckdb"), StoreSettings.defaults())) {
            store.store(CodedArticles.scored(CodedArticles.meeting("b", "Tehran Times", day, "Ali Rezaei", "Farid Aliyev", "We agreed"), 0.4));
            // earlier date: becomes the representative of the merged event
            store.store(CodedArticles.scored(CodedArticles.meeting("c", "Mehr", day.minusDays(1), "Ali Rezaie", "Farid Aliyef", "We talked"), 0.3));
            // same outlet again, later date within the window of the last report; the most confident report
            store.store(CodedArticles.scored(CodedArticles.meeting("a", "Mehr", day.plusDays(2), "Ali Rezaei", "Farid Aliyev", "We met"), 0.7));
            // no outlet
            store.store(CodedArticles.meeting("d", null, day, "Ali Rezaei", "Farid Aliyev", "Good talks"));
            // outside the window: an event of its own
            store.store(CodedArticles.meeting("e", "PressTV", day.plusDays(30), "Ali Rezaei", "Farid Aliyev", "Later"));
            List<String> incremental = EventStoreTest.strings(store, EVENTS);

            ReportMerger merger = new ReportMerger(new PreparedStatements(store.connection()),
                    MergeRule.bundled(store.personNames()), StoreSettings.defaults());
            for (String id : EventStoreTest.strings(store, "SELECT event_id FROM events")) {
                merger.refresh(Long.parseLong(id));
            }

            assertThat(EventStoreTest.strings(store, EVENTS)).isEqualTo(incremental);
            assertThat(incremental).hasSize(2);
            assertThat(incremental.get(0)).contains("'event_date': 2024-11-17, 'last_date': 2024-11-20", "'actor': [Ali Rezaie]",
                    "'report_count': 4, 'source_count': 2, 'sources': [Mehr, Tehran Times], 'article_ids': [a, b, c, d], "
                            + "'confidence': 0.7, 'date_precision': day}");
            assertThat(incremental.get(1)).as("an event whose one report has no confidence has none").endsWith("'confidence': NULL, 'date_precision': day}");
        }
    }

    @Test
    void mergedEventHasTheHighestConfidenceOfItsReportsWhicheverArrivesFirst() throws Exception {
        LocalDate day = LocalDate.of(2024, 11, 18);
        for (boolean surestFirst : new boolean[] {true, false}) {
            try (EventStore store = EventStore.open(folder.resolve("order-" + surestFirst + ".duckdb"), StoreSettings.defaults())) {
                var sure = CodedArticles.scored(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "We agreed"), 0.82);
                var unsure = CodedArticles.scored(CodedArticles.meeting("t1", "Tehran Times", day, "Ali Rezaei", "Farid Aliyev", "We talked"), 0.35);
                store.store(surestFirst ? sure : unsure);
                store.store(surestFirst ? unsure : sure);

                assertThat(EventStoreTest.strings(store, "SELECT report_count || ' ' || confidence FROM events"))
                        .as("two reports at 0.82 and 0.35: the higher, not 1 - 0.18 * 0.65 = 0.883").containsExactly("2 0.82");
                assertThat(EventStoreTest.strings(store, "SELECT article_id || ' ' || confidence FROM event_reports ORDER BY article_id"))
                        .containsExactly("p1 0.82", "t1 0.35");
            }
        }
    }

    @Test
    void replacingTheSurestReportRecomputesTheMergedConfidenceFromTheRest() throws Exception {
        LocalDate day = LocalDate.of(2024, 11, 18);
        try (EventStore store = EventStore.open(folder.resolve("r.duckdb"), StoreSettings.defaults())) {
            store.store(CodedArticles.scored(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "We agreed"), 0.9));
            store.store(CodedArticles.scored(CodedArticles.meeting("t1", "Tehran Times", day, "Ali Rezaei", "Farid Aliyev", "We talked"), 0.45));
            store.store(CodedArticles.meeting("m1", "Mehr", day, "Ali Rezaei", "Farid Aliyev", "Fine talks"));
            assertThat(EventStoreTest.strings(store, "SELECT confidence FROM events")).containsExactly("0.9");

            // p1 changes: it now reports a meeting with a Russian, an event of its own
            store.store(CodedArticles.scored(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Sergei Lavrov", "We agreed",
                    "IRN", "RUS"), 0.9));

            assertThat(EventStoreTest.strings(store, "SELECT CAST(actor AS VARCHAR) || CAST(recipient AS VARCHAR) || ' ' || report_count "
                    + "|| ' ' || coalesce(CAST(confidence AS VARCHAR), 'NULL') FROM events ORDER BY event_id"))
                    .containsExactly("[Ali Rezaei][Farid Aliyev] 2 0.45", "[Ali Rezaei][Sergei Lavrov] 1 0.9");
        }
    }
}
