package org.annalist.events;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.quotes.SpeechVerbQuoteAttributor;
import org.annalist.quotes.SpeechVerbs;
import org.annalist.testing.SharedLanguage;

/** The bundled actors, quotes and events stages, built once, for event tests on sentences written for them. */
final class CoderFixture {

    static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    static final EventOntology ONTOLOGY = EventOntology.bundled();
    static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);
    static final SpeechVerbQuoteAttributor QUOTES = new SpeechVerbQuoteAttributor(SpeechVerbs.bundled());

    private CoderFixture() {}

    /** The parties' codes, sorted and joined by commas ("AZE,IRN"): one string to compare per role. */
    static String codes(List<EventParty> parties) {
        return String.join(",", parties.stream().map(EventParty::code).sorted().toList());
    }

    /** The events of one PLOVER type coded in the text dated {@code date}. */
    static List<Event> eventsOfType(String date, String type, String text) {
        return code(date, text).events().stream().filter(event -> event.event().equals(type)).toList();
    }

    /** Codes the text dated {@code date} (YYYY-MM-DD) with its actors and quotes, as the pipeline does. */
    static CodingResult code(String date, String text) {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date " + date + " " + text);
        ActorAnalysis actors = ACTORS.resolve(document);
        return CODER.codeWithDecisions(document, actors, QUOTES.attribute(document, actors));
    }
}
