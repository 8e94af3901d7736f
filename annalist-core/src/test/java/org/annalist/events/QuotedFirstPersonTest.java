package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.quotes.Quote;
import org.annalist.quotes.SpeechVerbQuoteAttributor;
import org.annalist.quotes.SpeechVerbs;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** "“We will impose sanctions,” the minister said": inside a quotation, "we" and "our army" are the speaker's side. */
class QuotedFirstPersonTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final EventOntology ONTOLOGY = EventOntology.bundled();
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);
    private static final SpeechVerbQuoteAttributor QUOTES = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    @Test
    void weInsideAQuotationIsTheSpeakersCountry() {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2025-02-10 "
                + "Polish Foreign Minister Anna Kowalska spoke in Warsaw on Monday. "
                + "“We will impose new sanctions on Moscow,” Kowalska told reporters.");
        ActorAnalysis actors = ACTORS.resolve(document);
        List<Quote> quotes = QUOTES.attribute(document, actors);
        List<Event> events = CODER.codeWithDecisions(document, actors, quotes).events();

        assertThat(events).filteredOn(event -> event.event().equals("SANCTION")).singleElement().satisfies(event -> {
            assertThat(event.actors()).extracting(EventParty::code).containsExactly("POL");
            assertThat(event.recipients()).extracting(EventParty::code).containsExactly("RUS");
            assertThat(event.aux()).contains("future");
        });
    }
}
