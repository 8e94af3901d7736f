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
            store.store(CodedArticles.meeting("b", "Tehran Times", day, "Ali Rezaei", "Farid Aliyev", "We agreed"));
            // earlier date: becomes the representative of the merged event
            store.store(CodedArticles.meeting("c", "Mehr", day.minusDays(1), "Ali Rezaie", "Farid Aliyef", "We talked"));
            // same outlet again, later date within the window of the last report
            store.store(CodedArticles.meeting("a", "Mehr", day.plusDays(2), "Ali Rezaei", "Farid Aliyev", "We met"));
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
                    "'report_count': 4, 'source_count': 2, 'sources': [Mehr, Tehran Times], 'article_ids': [a, b, c, d]");
        }
    }
}
