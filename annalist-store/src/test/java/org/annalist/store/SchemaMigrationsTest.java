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
 * A store written before events had a confidence (schema version 1) opened by this program:
 * V002 adds the columns, what was stored before keeps NULL, and new reports join the old events.
 */
class SchemaMigrationsTest {

    @TempDir
    Path folder;

    @Test
    void storeOfThePreviousSchemaGainsConfidenceWithNullForItsOldRows() throws Exception {
        Path file = folder.resolve("old.duckdb");
        LocalDate day = LocalDate.of(2024, 11, 18);
        writeFirstSchemaStore(file, day);

        try (EventStore store = EventStore.open(file, StoreSettings.defaults())) {
            assertThat(EventStoreTest.strings(store, "SELECT version || ' ' || name FROM schema_version ORDER BY version"))
                    .containsExactly("1 V001__initial.sql", "2 V002__event_confidence.sql");
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

    /**
     * A store as the program of schema version 1 left it: written by this store, then brought back
     * to version 1 by dropping what V002 added. The tables are checked against those V001 alone
     * creates, so the copy cannot drift from the real previous schema.
     */
    private void writeFirstSchemaStore(Path file, LocalDate day) throws Exception {
        try (EventStore store = EventStore.open(file, StoreSettings.defaults())) {
            store.store(CodedArticles.meeting("p1", "PressTV", day, "Ali Rezaei", "Farid Aliyev", "Good talks"));
            store.store(CodedArticles.meeting("m1", "Mehr", day.plusMonths(1), "Ali Rezaei", "Farid Aliyev", "More talks"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE event_reports DROP COLUMN confidence");
            statement.execute("ALTER TABLE events DROP COLUMN confidence");
            statement.execute("DELETE FROM schema_version WHERE version > 1");
            assertThat(columns(connection)).isEqualTo(firstSchemaColumns());
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

    private static List<String> firstSchemaColumns() throws Exception {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(SchemaMigrations.FOLDER + "V001__initial.sql");
             Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return columns(connection);
        }
    }
}
