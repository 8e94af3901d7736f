package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** The reference article: the CONSULT and COOPERATE between Iran and Azerbaijan, and no conflict. */
class ExampleArticleEventsTest {

    private static final Set<String> CONFLICT = Set.of("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "PROTEST",
            "MOBILIZE", "REJECT");

    @Test
    void codesTheCommissionMeetingAndTheJointDrillsAndNoConflict() {
        ActorDictionaries dictionaries = ActorDictionaries.load(List.of());
        EventOntology ontology = EventOntology.bundled();
        DependencyEventCoder coder = new DependencyEventCoder(ontology, PatternDictionary.load(List.of(), ontology),
                WordLists.bundled(ontology), dictionaries.places(), "test");
        AnnotatedDocument document = SharedLanguage.annotateFile(SharedLanguage.exampleArticle());
        ActorAnalysis actors = new DictionaryActorResolver(dictionaries).resolve(document);

        List<Event> events = coder.code(document, actors, List.of());

        List<Event> consults = between(events, "CONSULT");
        assertThat(consults).isNotEmpty();
        Event meeting = consults.get(0);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(meeting.context()).contains("military");
        assertThat(meeting.mode()).isIn("visit", "multilateral");
        assertThat(meeting.location().name()).isEqualTo("Tehran");
        assertThat(meeting.location().code()).isEqualTo("IRN");
        assertThat(meeting.actors()).extracting(party -> party.code() + "/" + party.sector()).contains("IRN/MIL", "AZE/MIL");
        assertThat(meeting.evidence().trigger().text()).isEqualTo("meeting");
        assertThat(between(events, "COOPERATE")).isNotEmpty()
                .allSatisfy(event -> assertThat(event.context()).contains("military"));
        assertThat(events.stream().filter(Event::isFactual).map(Event::event)).doesNotContainAnyElementsOf(CONFLICT);
    }

    private static List<Event> between(List<Event> events, String type) {
        return events.stream().filter(event -> event.event().equals(type)).filter(event -> {
            Set<String> codes = Stream.concat(event.actors().stream(), event.recipients().stream())
                    .map(EventParty::code).collect(Collectors.toSet());
            return codes.containsAll(Set.of("IRN", "AZE"));
        }).toList();
    }
}
