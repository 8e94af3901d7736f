package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.article.Rejection;
import org.annalist.article.RejectionReason;
import org.annalist.events.DatePrecision;
import org.annalist.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    @TempDir
    Path folder;

    @Test
    void storingTheSameArticlesTwiceLeavesRowCountsUnchanged() {
        try (EventStore store = EventStore.open(folder.resolve("a.duckdb"), StoreSettings.defaults())) {
            CodedArticles.many(5).forEach(store::store);
            store.reject(new Rejection("bad.txt", RejectionReason.EMPTY, ""));
            var first = store.rowCounts();
            List<EventStore.StoreResult> again = new ArrayList<>();
            CodedArticles.many(5).forEach(article -> again.add(store.store(article)));
            store.reject(new Rejection("bad.txt", RejectionReason.EMPTY, ""));
            assertThat(store.rowCounts()).isEqualTo(first);
            assertThat(again).containsOnly(EventStore.StoreResult.UNCHANGED);
            assertThat(first).containsEntry("articles", 5L).containsEntry("events", 5L).containsEntry("rejected_inputs", 1L);
        }
    }

    @Test
    void reopeningAStoreKeepsItsSchemaVersionAndRows() throws Exception {
        Path file = folder.resolve("b.duckdb");
        try (EventStore store = EventStore.open(file, StoreSettings.defaults())) {
            store.store(CodedArticles.many(1).get(0));
        }
        try (EventStore store = EventStore.open(file, StoreSettings.defaults());
             Statement statement = store.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT max(version), count(*) FROM schema_version")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(SchemaMigrations.latestVersion());
            assertThat(rows.getInt(2)).isEqualTo(SchemaMigrations.latestVersion());
            assertThat(store.rowCounts()).containsEntry("articles", 1L);
        }
    }

    @Test
    void changedArticleReplacesItsOldCodings() throws Exception {
        try (EventStore store = EventStore.open(folder.resolve("c.duckdb"), StoreSettings.defaults())) {
            LocalDate day = LocalDate.of(2024, 11, 18);
            store.store(CodedArticles.meeting("x", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "We agreed"));
            var result = store.store(CodedArticles.meeting("x", "PressTV", day, "Ali Rezaei", "Kamran Aliyev", "We agreed on much"));
            assertThat(result).isEqualTo(EventStore.StoreResult.REPLACED);
            assertThat(store.rowCounts()).containsEntry("articles", 1L).containsEntry("events", 1L)
                    .containsEntry("event_reports", 1L).containsEntry("quotes", 1L).containsEntry("persons", 2L);
            assertThat(strings(store, "SELECT canonical_name FROM persons ORDER BY 1")).containsExactly("Ali Rezaei", "Kamran Aliyev");
            assertThat(strings(store, "SELECT text FROM quotes")).containsExactly("We agreed on much");
        }
    }

    @Test
    void reportsOfOneMeetingFromThreeOutletsMergeIntoOneEvent() throws Exception {
        try (EventStore store = EventStore.open(folder.resolve("d.duckdb"), StoreSettings.defaults())) {
            LocalDate day = LocalDate.of(2024, 11, 18);
            store.store(CodedArticles.meeting("p1", "PressTV", day, "Mohammad-Reza Ashtiani", "Farid Aliyev", "Good talks"));
            store.store(CodedArticles.meeting("t1", "Tehran Times", day.plusDays(1), "Mohammad Reza Ashtiani", "Farid Aliyef", "Useful talks"));
            store.store(CodedArticles.meeting("m1", "Mehr", day, "Farid Aliyev", "Mohammad Reza Ashtiany", "Fine talks"));
            store.store(CodedArticles.meeting("late", "Mehr", day.plusDays(10), "Mohammad Reza Ashtiani", "Farid Aliyev", "Another round"));
            assertThat(store.rowCounts()).containsEntry("events", 2L).containsEntry("event_reports", 4L).containsEntry("persons", 2L);
            try (Statement statement = store.connection().createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT report_count, sources, article_ids, event_date, last_date FROM events ORDER BY event_date LIMIT 1")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3);
                assertThat(rows.getString(2)).isEqualTo("[Mehr, PressTV, Tehran Times]");
                assertThat(rows.getString(3)).isEqualTo("[m1, p1, t1]");
                assertThat(rows.getString(4)).isEqualTo("2024-11-18");
                assertThat(rows.getString(5)).isEqualTo("2024-11-19");
            }
            assertThat(strings(store, "SELECT canonical_name || ' ' || CAST(variants AS VARCHAR) FROM persons ORDER BY 1")).containsExactly(
                    "Farid Aliyef [Farid Aliyef, Farid Aliyev]",
                    "Mohammad Reza Ashtiani [Mohammad Reza Ashtiani, Mohammad Reza Ashtiany, Mohammad-Reza Ashtiani]");
        }
    }

    @Test
    void mergeWindowIsASetting() {
        try (EventStore store = EventStore.open(folder.resolve("e.duckdb"), new StoreSettings(0))) {
            LocalDate day = LocalDate.of(2024, 11, 18);
            store.store(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "Good talks"));
            store.store(CodedArticles.meeting("t1", "Tehran Times", day.plusDays(1), "Ali Rezaei", "Farid Aliyev", "Useful talks"));
            assertThat(store.rowCounts()).containsEntry("events", 2L);
        }
    }

    @Test
    void reportsDatedToAPeriodMergeOnlyWithReportsOfTheSamePeriod() throws Exception {
        try (EventStore store = EventStore.open(folder.resolve("f.duckdb"), new StoreSettings(40))) {
            LocalDate july = LocalDate.of(2024, 7, 1);
            store.store(CodedArticles.meeting("day", "PressTV", july, "Ali Rezaei", "Farid Aliyev", "Good talks"));
            store.store(CodedArticles.datedTo(
                    CodedArticles.meeting("m1", "Mehr", july.plusDays(20), "Ali Rezaei", "Farid Aliyev", "Talks in July"), july, DatePrecision.MONTH));
            store.store(CodedArticles.datedTo(
                    CodedArticles.meeting("m2", "Trend", july.plusDays(25), "Ali Rezaei", "Farid Aliyev", "July talks"), july, DatePrecision.MONTH));
            store.store(CodedArticles.datedTo(
                    CodedArticles.meeting("m3", "APA", july.plusMonths(1), "Ali Rezaei", "Farid Aliyev", "August talks"),
                    july.plusMonths(1), DatePrecision.MONTH));
            assertThat(strings(store, "SELECT strftime(event_date, '%Y-%m-%d') || ' ' || date_precision || ' ' || report_count"
                    + " FROM events ORDER BY event_date, date_precision"))
                    .containsExactly("2024-07-01 day 1", "2024-07-01 month 2", "2024-08-01 month 1");
            assertThat(strings(store, "SELECT article_id || ' ' || date_precision FROM event_reports ORDER BY article_id"))
                    .containsExactly("day day", "m1 month", "m2 month", "m3 month");
        }
    }

    static List<String> strings(EventStore store, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static CodedArticle any() {
        return CodedArticles.many(1).get(0);
    }
}
