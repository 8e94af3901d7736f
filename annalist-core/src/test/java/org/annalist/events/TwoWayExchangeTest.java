package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** "Traded accusations", "exchanged fire": a hostile exchange is one event each way; a cooperative one stays joint. */
class TwoWayExchangeTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final EventOntology ONTOLOGY = EventOntology.bundled();
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);

    private static List<Event> code(String sentence) {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2025-03-06 " + sentence);
        return CODER.codeWithDecisions(document, ACTORS.resolve(document), List.of()).events();
    }

    private static String codes(List<EventParty> parties) {
        return String.join(",", parties.stream().map(EventParty::code).sorted().toList());
    }

    @Test
    void tradedAccusationsAreAnAccusationEachWay() {
        assertThat(code("Armenia and Azerbaijan traded accusations on Thursday over the shooting on the border."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactlyInAnyOrder(tuple("ARM", "AZE"), tuple("AZE", "ARM"));
    }

    @Test
    void exchangedDataStaysOneJointEvent() {
        assertThat(code("Kazakhstan and Uzbekistan exchanged hydrological data on Monday."))
                .filteredOn(event -> event.event().equals("COOPERATE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KAZ,UZB", ""));
    }
}
