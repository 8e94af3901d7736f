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
        Path corpus = ProjectPaths.root().resolve("annalist-cli/src/test/resources/store-meeting");
        ArticlePipeline pipeline = PipelineAssembly.pipeline(SharedLanguage.annotator(), new PipelineOptions());
        try (EventStore store = EventStore.open(folder.resolve("m.duckdb"), StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             ArticleInputs inputs = new ArticleInputs(List.of(corpus.toString()), null, InputLimits.DEFAULT, System.in, new ObjectMapper())) {
            new Ingestion(store, index, pipeline, new BatchSettings(1, Duration.ofSeconds(120))).run(inputs, new Ingestion.Listener() {});
            assertThat(store.rowCounts()).containsEntry("articles", 3L);
            assertThat(rows(store, "SELECT event || ' ' || source_count || ' ' || CAST(sources AS VARCHAR) FROM events "
                    + "WHERE event = 'CONSULT' AND (list_contains(actor_code, 'IRN') OR list_contains(recipient_code, 'IRN'))"))
                    .containsExactly("CONSULT 3 [Caspian Herald, Gulf Monitor, Steppe Times]");
            assertThat(rows(store, "SELECT canonical_name FROM persons ORDER BY 1"))
                    .containsExactly("Mohammad Reza Ashtiani", "Zakir Gasanov");
        }
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
