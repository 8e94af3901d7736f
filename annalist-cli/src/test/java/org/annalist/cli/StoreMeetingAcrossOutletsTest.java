package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annalist.input.ArticleInputs;
import org.annalist.input.InputLimits;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchSettings;
import org.annalist.store.EventStore;
import org.annalist.store.Ingestion;
import org.annalist.store.StoreSettings;
import org.annalist.store.search.SearchIndex;
import org.annalist.testing.ProjectPaths;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three articles written for this test, from three outlets, about one meeting of two defence
 * ministers, with the names spelled differently ("Mohammad-Reza Ashtiani" / "Mohammad Reza
 * Ashtiany", "Zakir Hasanov" / "Zakir Gasanov"), ingested with the real pipeline: the store
 * must hold one merged CONSULT event with three sources and one person per minister.
 */
class StoreMeetingAcrossOutletsTest {

    @TempDir
    Path folder;

    @Test
    void oneMeetingFromThreeOutletsIsOneEventWithThreeSourcesAndOnePersonPerMinister() throws Exception {
        try (EventStore store = ingestMeeting(folder.resolve("m.duckdb"))) {
            assertThat(store.rowCounts()).containsEntry("articles", 3L);
            assertThat(rows(store, "SELECT event || ' ' || source_count || ' ' || CAST(sources AS VARCHAR) FROM events " + MEETING))
                    .containsExactly("CONSULT 3 [Caspian Herald, Gulf Monitor, Steppe Times]");
            assertThat(rows(store, "SELECT canonical_name FROM persons ORDER BY 1"))
                    .containsExactly("Mohammad Reza Ashtiani", "Zakir Gasanov");
        }
    }

    /**
     * Ingest keeps each report's confidence and gives the merged meeting the highest of them;
     * {@code events} and {@code export} keep only the events of a minimum confidence.
     */
    @Test
    void ingestedEventsCarryTheirConfidenceAndEventsAndExportFilterOnIt() throws Exception {
        Path database = folder.resolve("c.duckdb");
        double meeting;
        long atLeastMeeting;
        try (EventStore store = ingestMeeting(database)) {
            assertThat(rows(store, "SELECT count(*) FROM event_reports WHERE confidence IS NULL OR confidence < 0 OR confidence > 1"))
                    .as("every stored report was scored by the pipeline's confidence stage").containsExactly("0");
            assertThat(rows(store, "SELECT count(*) FROM events e WHERE confidence IS DISTINCT FROM "
                    + "(SELECT max(r.confidence) FROM event_reports r WHERE r.event_id = e.event_id)")).containsExactly("0");
            meeting = Double.parseDouble(rows(store, "SELECT confidence FROM events " + MEETING).get(0));
            atLeastMeeting = Long.parseLong(rows(store, "SELECT count(*) FROM events WHERE confidence >= "
                    + "(SELECT confidence FROM events " + MEETING + ")").get(0));
        }
        String minimum = String.valueOf(meeting);

        CliRun events = CliRun.run("events", "--db", database.toString(), "--format", "jsonl", "--min-confidence", minimum);
        assertThat(events.exitCode()).as(events.err()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> listed = new ArrayList<>();
        for (String line : events.outLines()) {
            listed.add(mapper.readTree(line));
        }
        assertThat(listed).hasSize((int) atLeastMeeting)
                .allSatisfy(event -> assertThat(event.get("confidence").asDouble()).isGreaterThanOrEqualTo(meeting))
                .anySatisfy(event -> assertThat(event.get("sources").size()).isEqualTo(3));

        Path exported = folder.resolve("sure.jsonl");
        CliRun export = CliRun.run("export", "--db", database.toString(), "--format", "jsonl", "-o", exported.toString(),
                "--min-confidence", minimum);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(java.nio.file.Files.readAllLines(exported)).hasSize((int) atLeastMeeting)
                .allSatisfy(line -> assertThat(mapper.readTree(line).get("confidence").asDouble()).isGreaterThanOrEqualTo(meeting));

        CliRun table = CliRun.run("events", "--db", database.toString(), "--min-confidence", minimum);
        assertThat(table.outLines().get(0)).contains("confidence");
        assertThat(table.out()).contains(String.format(java.util.Locale.ROOT, "%.2f", meeting));

        CliRun outOfRange = CliRun.run("export", "--db", database.toString(), "--format", "csv", "--min-confidence", "1.5");
        assertThat(outOfRange.exitCode()).isNotZero();
        assertThat(outOfRange.err()).contains("--min-confidence must be from 0 to 1, was 1.5");
        CliRun noStore = CliRun.run("events", "--db", folder.resolve("none.duckdb").toString());
        assertThat(noStore.exitCode()).isNotZero();
        assertThat(noStore.err()).as("a usage error, not picocli failing to build the command line")
                .contains("no store at").doesNotContain("InitializationException");
        assertThat(CliRun.run("events", "--help").out()).contains("--min-confidence=P");
        assertThat(CliRun.run("export", "--help").out()).contains("--min-confidence=P");
    }

    /** The merged meeting between the two ministers. */
    private static final String MEETING = "WHERE event = 'CONSULT' AND (list_contains(actor_code, 'IRN') OR list_contains(recipient_code, 'IRN'))";

    /** The three articles ingested with the real pipeline into a new store, left open. */
    private static EventStore ingestMeeting(Path database) throws Exception {
        Path corpus = ProjectPaths.root().resolve("annalist-cli/src/test/resources/store-meeting");
        ArticlePipeline pipeline = PipelineAssembly.pipeline(SharedLanguage.annotator(), new PipelineOptions());
        EventStore store = EventStore.open(database, StoreSettings.defaults());
        try (SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             ArticleInputs inputs = new ArticleInputs(List.of(corpus.toString()), null, InputLimits.DEFAULT, System.in, new ObjectMapper())) {
            new Ingestion(store, index, pipeline, new BatchSettings(1, Duration.ofSeconds(120))).run(inputs, new Ingestion.Listener() {});
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static List<String> rows(EventStore store, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
