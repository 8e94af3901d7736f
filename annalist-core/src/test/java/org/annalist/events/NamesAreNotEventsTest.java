package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** A trigger noun inside an organisation's name ("Defence Cooperation" in "the Joint Defence Cooperation Commission") is not an event. */
class NamesAreNotEventsTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final EventOntology ONTOLOGY = EventOntology.bundled();
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);

    @Test
    void aCooperationCommissionsNameCodesNoCooperation() {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2025-07-04 "
                + "Officers of Kazakhstan and Uzbekistan attended the third meeting of the Joint Defence Cooperation Commission in Astana on Friday.");
        CodingResult result = CODER.codeWithDecisions(document, ACTORS.resolve(document), List.of());

        assertThat(result.events()).extracting(Event::event).doesNotContain("COOPERATE");
        assertThat(result.decisions()).anySatisfy(decision -> assertThat(decision.reason()).isEqualTo(DecisionReason.PART_OF_NAME));
    }
}
