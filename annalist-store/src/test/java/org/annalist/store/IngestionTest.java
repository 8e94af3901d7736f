package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.events.Evidence;
import org.annalist.events.Span;
import org.annalist.input.ArticleInputs;
import org.annalist.input.InputLimits;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.LanguageAnnotator;
import org.annalist.pipeline.ArticlePipeline;
import org.annalist.pipeline.BatchSettings;
import org.annalist.quotes.Quote;
import org.annalist.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting a corpus again: unchanged articles are skipped before coding, unless re-coding is
 * asked for (after an upgrade changed how articles are coded), when their codings are replaced.
 * A hand-written pipeline stands in for CoreNLP: it codes the first two words as a person of the
 * country it is built with, meeting Azerbaijan.
 */
class IngestionTest {

    @TempDir
    Path folder;

    @Test
    void unchangedArticlesAreSkippedUnlessRecodingIsAskedFor() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), " date 2024-11-18 Ali Rezaei met Azerbaijani officials in Baku.");
        Files.writeString(corpus.resolve("b.txt"), " date 2024-11-19 Reza Karimi met Azerbaijani officials in Baku.");
        Path database = folder.resolve("s.duckdb");

        Ingestion.Summary first = ingest(database, corpus, "IRN", Ingestion.Unchanged.SKIP);
        Ingestion.Summary skipped = ingest(database, corpus, "TUR", Ingestion.Unchanged.SKIP);
        assertThat(actorCodes(database)).as("skipped articles keep their first codings").containsOnly("IRN");
        Ingestion.Summary recoded = ingest(database, corpus, "TUR", Ingestion.Unchanged.RECODE);

        assertThat(first.added()).isEqualTo(2);
        assertThat(skipped.skipped()).isEqualTo(2);
        assertThat(skipped.coding().coded()).as("skipped before coding").isZero();
        assertThat(recoded.recoded()).isEqualTo(2);
        assertThat(recoded.skipped()).isZero();
        assertThat(recoded.line()).contains("stored 0 new, 0 changed, 2 re-coded, skipped 0 unchanged");
        assertThat(actorCodes(database)).as("the two meetings with Azerbaijan merge into one event").containsExactly("TUR");
        try (EventStore store = EventStore.open(database, StoreSettings.defaults())) {
            assertThat(store.rowCounts()).containsEntry("articles", 2L).containsEntry("event_reports", 2L).containsEntry("entities", 2L);
        }
    }

    private static List<String> actorCodes(Path database) throws Exception {
        try (EventStore store = EventStore.open(database, StoreSettings.defaults())) {
            return EventStoreTest.strings(store, "SELECT code FROM events, unnest(actor_code) AS a(code) ORDER BY 1");
        }
    }

    private static Ingestion.Summary ingest(Path database, Path corpus, String country, Ingestion.Unchanged unchanged)
            throws IOException {
        try (EventStore store = EventStore.open(database, StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             ArticleInputs inputs = new ArticleInputs(List.of(corpus.toString()), null, InputLimits.DEFAULT, System.in,
                     new ObjectMapper())) {
            return new Ingestion(store, index, pipelineCoding(country), new BatchSettings(1, Duration.ofSeconds(30)), unchanged)
                    .run(inputs, new Ingestion.Listener() {});
        }
    }

    private static ArticlePipeline pipelineCoding(String country) {
        LanguageAnnotator language = new LanguageAnnotator() {
            @Override
            public AnnotatedDocument annotate(org.annalist.article.Article article) {
                return new AnnotatedDocument(article, List.of(), List.of(), List.of(), List.of());
            }

            @Override
            public String description() {
                return "hand-written";
            }
        };
        return new ArticlePipeline(language, document -> firstTwoWordsAPersonOf(document, country),
                (document, actors) -> List.<Quote>of(), (document, actors, quotes) -> meetingWithAzerbaijan(document, actors));
    }

    private static ActorAnalysis firstTwoWordsAPersonOf(AnnotatedDocument document, String country) {
        String text = document.text();
        int end = text.indexOf(' ', text.indexOf(' ') + 1);
        String name = text.substring(0, end);
        return new ActorAnalysis(List.of(new Entity("e1", name, "PERSON", country, "GOV", null,
                List.of(new Mention(0, end, name, 0, MentionKind.NAME)), "hand-written")));
    }

    private static List<Event> meetingWithAzerbaijan(AnnotatedDocument document, ActorAnalysis actors) {
        Entity person = actors.entities().get(0);
        Span mention = new Span(0, person.name().length(), person.name());
        return List.of(new Event("v1", document.article().date(), "CONSULT", null, List.of(),
                List.of(new EventParty("e1", person.name(), person.code(), "GOV", mention)),
                List.of(new EventParty(null, "Azerbaijan", "AZE", null, null)), null, 1, 2.1, "040", 1.0, List.of(),
                new Evidence(0, document.text(), mention, null, null), "hand-written-meeting"));
    }
}
