package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

class TriggerRelationsTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final EventOntology ONTOLOGY = EventOntology.bundled();
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);

    private static Event only(String text, String type) {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2024-11-19 " + text);
        ActorAnalysis actors = ACTORS.resolve(document);
        List<Event> events = CODER.codeWithDecisions(document, actors, List.of()).events().stream()
                .filter(event -> event.event().equals(type)).toList();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Span span(Event event, String word) {
        int start = event.evidence().sentence().indexOf(word);
        int sentenceStart = event.evidence().trigger().start() - event.evidence().sentence().indexOf(event.evidence().trigger().text());
        return new Span(sentenceStart + start, sentenceStart + start + word.length(), word);
    }

    @Test
    void namesTheObjectAndTheSubjectsModifierByTheirPathFromTheTrigger() {
        Event event = only("The Peruvian government sharply condemned Chile on Tuesday.", "ACCUSE");
        TriggerRelations relations = event.provenance().derivation().relations();

        assertThat(relations.pathTo(span(event, "Chile")).map(TriggerPath::name)).contains("obj");
        assertThat(relations.pathTo(span(event, "Peruvian")).map(TriggerPath::name)).contains("nsubj > amod");
        assertThat(relations.pathTo(null)).isEmpty();
    }

    @Test
    void aPartyThroughAPrepositionKeepsItAndTheShortestPathOfItsWordsWins() {
        TriggerRelations relations = new TriggerRelations(Map.of(10, TriggerPath.down("obl:with"),
                20, TriggerPath.down("obl").then("nmod:poss"), 40, TriggerPath.up("conj").then("obj")));

        assertThat(relations.pathTo(new Span(8, 25, "x".repeat(17)))).contains(TriggerPath.down("obl:with"));
        assertThat(relations.pathTo(new Span(15, 25, "x".repeat(10))).map(TriggerPath::name)).contains("obl > nmod:poss");
        assertThat(relations.pathTo(new Span(25, 39, "x".repeat(14)))).isEmpty();
    }

    @Test
    void aPathNamesItsShapeAndItsFirstRelationWithoutTheSubtypeButForPossessives() {
        assertThat(TriggerPath.down("obl:against").shape()).isEqualTo(TriggerPath.Shape.ONE_DOWN);
        assertThat(TriggerPath.down("obj").then("nmod:of").shape().label()).isEqualTo("two down");
        assertThat(TriggerPath.up("amod").shape().label()).isEqualTo("head");
        assertThat(TriggerPath.up("xcomp").then("nsubj").shape().label()).isEqualTo("sibling");
        assertThat(TriggerPath.up("xcomp").then("nsubj").name()).isEqualTo("^xcomp > nsubj");
        assertThat(TriggerPath.down("obl:against").firstRelation()).isEqualTo("obl");
        assertThat(TriggerPath.down("nmod:poss").firstRelation()).isEqualTo("nmod:poss");
        assertThat(TriggerPath.down("obj").firstRelation()).isEqualTo("obj");
    }
}
