package org.annalist.store;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * A child process for {@link KilledIngestTest}: the real {@link Ingestion} (readers, batch
 * runner, store, index) with a fast hand-written pipeline instead of CoreNLP. The language
 * layer sleeps a little per article, so the parent can kill the child mid-run. Prints
 * "stored ID" after each committed article. Arguments: DB FOLDER.
 */
public final class FakeIngestMain {

    public static void main(String[] args) throws Exception {
        LanguageAnnotator language = new LanguageAnnotator() {
            @Override
            public AnnotatedDocument annotate(org.annalist.article.Article article) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return new AnnotatedDocument(article, List.of(), List.of(), List.of(), List.of());
            }

            @Override
            public String description() {
                return "fake";
            }
        };
        ArticlePipeline pipeline = new ArticlePipeline(language, FakeIngestMain::firstWordIsAPerson,
                (document, actors) -> List.<Quote>of(), FakeIngestMain::oneMeeting);
        try (EventStore store = EventStore.open(Path.of(args[0]), StoreSettings.defaults());
             SearchIndex index = SearchIndex.openForWriting(store.searchIndexDirectory());
             ArticleInputs inputs = new ArticleInputs(List.of(args[1]), null, InputLimits.DEFAULT, System.in, new ObjectMapper())) {
            new Ingestion(store, index, pipeline, new BatchSettings(2, Duration.ofSeconds(30))).run(inputs, new Ingestion.Listener() {
                @Override
                public void stored(org.annalist.pipeline.CodedArticle article, EventStore.StoreResult result) {
                    System.out.println("stored " + article.article().id());
                    System.out.flush();
                }
            });
        }
        System.out.println("done");
    }

    /** The article's first two words are an Iranian person. */
    private static ActorAnalysis firstWordIsAPerson(AnnotatedDocument document) {
        String text = document.text();
        int end = text.indexOf(' ', text.indexOf(' ') + 1);
        String name = text.substring(0, end);
        return new ActorAnalysis(List.of(new Entity("e1", name, "PERSON", "IRN", "GOV", null,
                List.of(new Mention(0, end, name, 0, MentionKind.NAME)), "fake")));
    }

    /** One CONSULT event from that person to Azerbaijan, on the article's date. */
    private static List<Event> oneMeeting(AnnotatedDocument document, ActorAnalysis actors, List<Quote> quotes) {
        Entity person = actors.entities().get(0);
        Span mention = new Span(0, person.name().length(), person.name());
        return List.of(new Event("v1", document.article().date(), "CONSULT", null, List.of(), 
                List.of(new EventParty("e1", person.name(), "IRN", "GOV", mention)),
                List.of(new EventParty(null, "Azerbaijan", "AZE", null, null)), null, 1, 2.1, "040", 1.0, List.of(),
                new Evidence(0, document.text(), mention, null, null), "fake-meeting"));
    }
}
