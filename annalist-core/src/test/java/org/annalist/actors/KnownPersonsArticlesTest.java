package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.DependencyEventCoder;
import org.annalist.events.Event;
import org.annalist.events.EventParty;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.ProjectPaths;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/**
 * Wire-style articles (written for these tests) that name well-known figures by office and
 * name only, as wire copy does: each person's country comes from actors/persons.tsv, and the
 * events between them keep both sides.
 */
class KnownPersonsArticlesTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(DICTIONARIES);

    private record Coded(ActorAnalysis actors, List<Event> events) {
        String codeOf(String name) {
            return personCodes().get(name);
        }

        Map<String, String> personCodes() {
            return actors.entities().stream().filter(entity -> entity.type().equals("PERSON"))
                    .collect(Collectors.toMap(Entity::name, entity -> entity.code() + "/" + entity.sector(), (a, b) -> a));
        }
    }

    private static Coded code(String file) {
        Path path = ProjectPaths.root().resolve("annalist-core/src/test/resources/articles/persons/" + file);
        AnnotatedDocument document = SharedLanguage.annotateFile(path);
        ActorAnalysis actors = RESOLVER.resolve(document);
        EventOntology ontology = EventOntology.bundled();
        DependencyEventCoder coder = new DependencyEventCoder(ontology, PatternDictionary.load(List.of(), ontology),
                WordLists.bundled(ontology), DICTIONARIES.places(), "test");
        return new Coded(actors, coder.code(document, actors, List.of()));
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(event -> event.event() + " " + codes(event.actors()) + "->" + codes(event.recipients())).toList();
    }

    private static String codes(List<EventParty> parties) {
        return parties.stream().map(EventParty::code).sorted().collect(Collectors.joining(","));
    }

    @Test
    void strikeArticleCodesPresidentSpokesmanAndMinister() {
        Coded coded = code("persons-01-strike-condemned.txt");
        assertThat(coded.personCodes()).containsEntry("Volodymyr Zelenskyy", "UKR/GOV")
                .containsEntry("Dmitry Peskov", "RUS/GOV")
                .containsEntry("Boris Pistorius", "DEU/GOV");
    }

    @Test
    void washingtonTalksCodeBothMinistersAndTheirMeeting() {
        Coded coded = code("persons-02-washington-talks.txt");
        assertThat(coded.personCodes()).containsEntry("Marco Rubio", "USA/GOV")
                .containsEntry("Subrahmanyam Jaishankar", "IND/GOV")
                .containsEntry("Donald Trump", "USA/GOV");
        assertThat(dyads(coded.events())).contains("CONSULT USA->IND");
    }

    @Test
    void ceasefireTalksCodeTheMinistersTheSecretaryGeneralAndTheSpokesman() {
        Coded coded = code("persons-03-gaza-ceasefire-talks.txt");
        assertThat(coded.personCodes()).containsEntry("Hakan Fidan", "TUR/GOV")
                .containsEntry("Abbas Araghchi", "IRN/GOV")
                .containsEntry("António Guterres", "UNO/GOV")
                .containsEntry("Esmaeil Baghaei", "IRN/GOV");
        assertThat(dyads(coded.events())).contains("CONSULT TUR->IRN");
    }
}
