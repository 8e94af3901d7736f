package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.store.query.EventFilter;
import org.annalist.store.query.EventQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores written by earlier schema versions opened by this program: a store of version 1 (before
 * events had a confidence) gains V002 and V003, one of version 2 (before dates had a precision)
 * gains V003; what was stored before keeps NULL in the new columns, and new reports join the old events.
 */
class SchemaMigrationsTest {

    @TempDir
    Path folder;

    @Test
    void storeOfThePreviousSchemaGainsConfidenceWithNullForItsOldRows() throws Exception {
        Path file = folder.resolve("old.duckdb");
        LocalDate day = LocalDate.of(2024, 11, 18);
        writeStoreOfVersion(file, day, 1);

        try (EventStore store = EventStore.open(file, StoreSettings.defaults())) {
            assertThat(EventStoreTest.strings(store, "SELECT version || ' ' || name FROM schema_version ORDER BY version"))
                    .containsExactly("1 V001__initial.sql", "2 V002__event_confidence.sql", "3 V003__date_precision.sql");
            assertThat(EventStoreTest.strings(store, "SELECT article_id || ' ' || coalesce(CAST(confidence AS VARCHAR), 'NULL') "
                    + "FROM event_reports ORDER BY article_id")).containsExactly("m1 NULL", "p1 NULL");
            assertThat(EventStoreTest.strings(store, "SELECT coalesce(CAST(confidence AS VARCHAR), 'NULL') FROM events"))
                    .containsExactly("NULL", "NULL");

            // a new, scored report of the meeting p1 reported joins its event
            store.store(CodedArticles.scored(CodedArticles.meeting("t1", "Tehran Times", day.plusDays(1), "Ali Rezaei",
                    "Farid Aliyev", "Useful talks"), 0.64));

            assertThat(EventStoreTest.strings(store, "SELECT CAST(article_ids AS VARCHAR) || ' ' || report_count || ' ' "
                    + "|| coalesce(CAST(confidence AS VARCHAR), 'NULL') FROM events ORDER BY event_id"))
                    .as("the old report counts as unknown: the event takes the new one's, the other stays unknown")
                    .containsExactly("[p1, t1] 2 0.64", "[m1] 1 NULL");
            assertThat(EventStoreTest.strings(store, "SELECT article_id || ' ' || coalesce(provenance->>'confidence_model', 'none') "
                    + "FROM event_reports ORDER BY article_id"))
                    .containsExactly("m1 none", "p1 none", "t1 events/confidence-weights.tsv");
            assertThat(new EventQueries(store.connection()).find(new EventFilter(null, null, null, null, null, null, null, null, 0.0, 10)))
                    .as("an unknown confidence does not pass even a minimum of 0").extracting(row -> row.get("article_ids"))
                    .containsExactly(List.of("p1", "t1"));
        }
    }

    @Test
    void storeOfVersionTwoGainsDatePrecisionWithNullForItsOldRowsAndOldKeysStillMerge() throws Exception {
        Path file = folder.resolve("two.duckdb");
        LocalDate day = LocalDate.of(2024, 11, 18);
        writeStoreOfVersion(file, day, 2);

        try (EventStore store = EventStore.open(file, StoreSettings.defaults())) {
            assertThat(EventStoreTest.strings(store, "SELECT max(version) FROM schema_version")).containsExactly("3");
            assertThat(EventStoreTest.strings(store, "SELECT article_id || ' ' || coalesce(date_precision, 'NULL') "
                    + "FROM event_reports ORDER BY article_id")).containsExactly("m1 NULL", "p1 NULL");

            // a day-dated report of p1's meeting has the merge key p1's report was stored with
            store.store(CodedArticles.meeting("t1", "Tehran Times", day.plusDays(1), "Ali Rezaei", "Farid Aliyev", "Useful talks"));

            assertThat(EventStoreTest.strings(store, "SELECT CAST(article_ids AS VARCHAR) || ' ' || report_count FROM events ORDER BY event_id"))
                    .containsExactly("[p1, t1] 2", "[m1] 1");
            assertThat(EventStoreTest.strings(store, "SELECT article_id || ' ' || coalesce(date_precision, 'NULL') "
                    + "FROM event_reports ORDER BY article_id")).containsExactly("m1 NULL", "p1 NULL", "t1 day");
        }
    }

    /**
     * A store as the program of schema version {@code version} left it: written by this store, then
     * brought back by dropping what the later migrations added. The tables are checked against those
     * the first {@code version} migrations alone create, so the copy cannot drift from the real schema.
     */
    private void writeStoreOfVersion(Path file, LocalDate day, int version) throws Exception {
        try (EventStore store = EventStore.open(file, StoreSettings.defaults())) {
            store.store(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "Good talks"));
            store.store(CodedArticles.meeting("m1", "Mehr", day.plusMonths(1), "Ali Rezaei", "Farid Aliyev", "More talks"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE event_reports DROP COLUMN date_precision");
            statement.execute("ALTER TABLE events DROP COLUMN date_precision");
            if (version < 2) {
                statement.execute("ALTER TABLE event_reports DROP COLUMN confidence");
                statement.execute("ALTER TABLE events DROP COLUMN confidence");
            }
            statement.execute("DELETE FROM schema_version WHERE version > " + version);
            assertThat(columns(connection)).isEqualTo(schemaColumns(version));
        }
    }

    /** Every column of every table, with its type, in table order. */
    private static List<String> columns(Connection connection) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns "
                     + "WHERE table_name <> 'schema_version' ORDER BY table_name, ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    /** The columns the first {@code version} migrations create on an empty database. */
    private static List<String> schemaColumns(int version) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < version; i++) {
                try (InputStream in = SchemaMigrations.class.getResourceAsStream(SchemaMigrations.FOLDER + SchemaMigrations.FILES[i])) {
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return columns(connection);
        }
    }
}
