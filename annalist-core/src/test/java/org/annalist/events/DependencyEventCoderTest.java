package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.actors.Entity;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.quotes.Quote;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DependencyEventCoderTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final EventOntology ONTOLOGY = EventOntology.bundled();
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);

    private record Coded(AnnotatedDocument document, ActorAnalysis actors, CodingResult result) {
        List<Event> events() {
            return result.events();
        }
    }

    private static Coded code(String text) {
        return code(text, List.of());
    }

    private static Coded code(String text, List<Quote> quotes) {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2024-11-19 " + text);
        ActorAnalysis actors = ACTORS.resolve(document);
        CodingResult result = CODER.codeWithDecisions(document, actors, quotes);
        result.events().forEach(event -> validate(document, event));
        return new Coded(document, actors, result);
    }

    /** Every event: spans slice out their text, codes are in the ontology, provenance complete. */
    private static void validate(AnnotatedDocument document, Event event) {
        String text = document.text();
        Span trigger = event.evidence().trigger();
        assertThat(text.substring(trigger.start(), trigger.end())).isEqualTo(trigger.text());
        for (EventParty party : event.actors()) {
            assertThat(text.substring(party.mention().start(), party.mention().end())).isEqualTo(party.mention().text());
        }
        assertThat(ONTOLOGY.cameo(event.cameo())).isPresent();
        assertThat(ONTOLOGY.event(event.event())).isPresent();
        assertThat(event.provenance().ruleFileSha256()).hasSize(64);
        assertThat(event.provenance().textSha256()).isEqualTo(document.article().textHash());
        assertThat(event.rule()).isNotBlank();
    }

    private static Set<String> codes(List<EventParty> parties) {
        return parties.stream().map(EventParty::code).collect(Collectors.toSet());
    }

    private static Event only(Coded coded, String type) {
        List<Event> events = coded.events().stream().filter(event -> event.event().equals(type)).toList();
        assertThat(events).as("%s events in %s", type, coded.events()).hasSize(1);
        return events.get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "AGREE     | Jordan pledged to support Egypt.                                   | JOR | EGY",
        "CONSULT   | The Japanese prime minister met with the Chinese president.        | JPN | CHN",
        "SUPPORT   | France praised Morocco for its reforms.                            | FRA | MAR",
        "CONCEDE   | Sudan lifted the restrictions on the press.                        | SDN | SDN",
        "COOPERATE | Egypt and Greece held joint naval exercises.                       | EGY GRC | ",
        "AID       | Germany provided humanitarian aid to Ukraine.                      | DEU | UKR",
        "RETREAT   | Israel withdrew its troops from Lebanon.                           | ISR | LBN",
        "REQUEST   | Britain demanded that Russia release the sailors.                  | GBR | RUS",
        "ACCUSE    | Pakistan accused India of violating the border.                    | PAK | IND",
        "REJECT    | Venezuela rejected the proposal by Colombia.                       | VEN | COL",
        "THREATEN  | Turkey threatened to cut ties with Sweden.                         | TUR | SWE",
        "PROTEST   | Kenyan students protested against the government of Uganda.        | KEN | UGA",
        "SANCTION  | The United States imposed sanctions on North Korea.                | USA | PRK",
        "MOBILIZE  | Russia deployed troops to the border with Finland.                 | RUS | ",
        "COERCE    | Iranian police arrested two British journalists.                   | IRN | GBR",
        "ASSAULT   | Syrian forces shelled the Turkish town.                            | SYR | TUR",
    })
    void codesEachPloverType(String type, String sentence, String actorCodes, String recipientCodes) {
        Coded coded = code(sentence);

        Event event = only(coded, type);
        assertThat(codes(event.actors())).isEqualTo(Set.of(actorCodes.split(" ")));
        if (recipientCodes != null) {
            assertThat(codes(event.recipients())).isEqualTo(Set.of(recipientCodes.split(" ")));
        }
        assertThat(event.aux()).isEmpty();
    }

    @Test
    void passiveTakesTheAgentAsActorAndTheSubjectAsRecipient() {
        Event event = only(code("The Ukrainian army was attacked by Russian troops."), "ASSAULT");

        assertThat(codes(event.actors())).containsExactly("RUS");
        assertThat(codes(event.recipients())).containsExactly("UKR");
    }

    @Test
    void compoundSubjectGivesOneEventWithBothActors() {
        Coded coded = code("Iran and Azerbaijan held talks on Monday.");

        Event event = only(coded, "CONSULT");
        assertThat(codes(event.actors())).isEqualTo(Set.of("IRN", "AZE"));
        assertThat(event.recipients()).isEmpty();
        assertThat(event.rule()).isEqualTo("consult.hold-talk");
        assertThat(event.evidence().trigger().text()).isEqualTo("held talks");
    }

    @Test
    void dateComesFromTheSentencesOwnTimeExpression() {
        Event event = only(code("Iran and Azerbaijan held talks on Monday."), "CONSULT");

        assertThat(event.date()).isEqualTo(LocalDate.of(2024, 11, 18));
    }

    @Test
    void dateFallsBackToTheArticleDate() {
        Event event = only(code("Iran and Azerbaijan held talks."), "CONSULT");

        assertThat(event.date()).isEqualTo(LocalDate.of(2024, 11, 19));
    }

    @Test
    void locationComesFromACityInTheSentence() {
        Event event = only(code("The Indian foreign minister met his Nepali counterpart in Kathmandu."), "CONSULT");

        assertThat(event.location().name()).isEqualTo("Kathmandu");
        assertThat(event.location().code()).isEqualTo("NPL");
        assertThat(event.location().latitude()).isNotNull();
        assertThat(event.mode()).isEqualTo("visit");
    }

    @Test
    void placeAccusedInTheSameSentenceIsNotWhereAnotherEventHappened() {
        Event event = only(code("Serbia put its army on high alert after President Aleksandar Vucic accused Pristina of provoking a conflict."),
                "MOBILIZE");

        assertThat(event.location() == null ? null : event.location().name()).isNotEqualTo("Pristina");
    }

    @Test
    void negatedEventIsKeptAndMarked() {
        Coded coded = code("Russia did not attack Ukraine.");

        Event event = only(coded, "ASSAULT");
        assertThat(event.aux()).containsExactly("negation");
        assertThat(event.isFactual()).isFalse();
        assertThat(coded.result().decisions()).anyMatch(decision -> decision.reason() == DecisionReason.NEGATED);
    }

    @Test
    void failedToMarksTheComplementNegated() {
        Event event = only(code("Egypt failed to meet with Ethiopia."), "CONSULT");

        assertThat(event.aux()).contains("negation");
    }

    @Test
    void futureCooperationKeepsItsTypeMarkedFutureWithAnIntentAgreeBeside() {
        // undated: a visit dated after the article ("next week") is a schedule, with no intent beside it (ScheduledMeetingIntentTest)
        Coded coded = code("The Chinese president will visit Japan.");
        Event event = only(coded, "CONSULT");

        assertThat(event.aux()).containsExactly("future");
        assertThat(event.rule()).isEqualTo("consult.visit");
        assertThat(codes(event.recipients())).containsExactly("JPN");
        Event intent = only(coded, "AGREE");
        assertThat(intent.cameo()).isEqualTo("036");
        assertThat(intent.rule()).isEqualTo("consult.visit+intent");
        assertThat(intent.aux()).isEmpty();
        assertThat(codes(intent.actors())).containsExactly("CHN");
        assertThat(codes(intent.recipients())).containsExactly("JPN");
    }

    @Test
    void recipientInsideTheObjectPhraseIsFound() {
        Event rejection = only(code("Ethiopia rejected a Kenyan proposal on Monday."), "REJECT");
        Event seizure = only(code("Greece seized a cargo of Turkish steel at the port."), "COERCE");

        assertThat(codes(rejection.actors())).containsExactly("ETH");
        assertThat(codes(rejection.recipients())).containsExactly("KEN");
        assertThat(codes(seizure.recipients())).containsExactly("TUR");
    }

    @Test
    void domesticEventTakesTheActorCountryAsRecipient() {
        Event event = only(code("Georgian police detained dozens of protesters on Sunday."), "COERCE");

        assertThat(codes(event.actors())).containsExactly("GEO");
        assertThat(codes(event.recipients())).containsExactly("GEO");
    }

    @Test
    void domesticRecipientIsNotAssumedWhenAnotherCountryIsNamed() {
        Event event = only(code("Turkish police detained three men near the border with Syria."), "COERCE");

        assertThat(codes(event.recipients())).doesNotContain("TUR");
    }

    @Test
    void conjoinedDemonymsFoldedIntoOneEntityGiveBothCountries() {
        Event event = only(code("Greek and Cypriot troops began joint naval drills on Monday."), "COOPERATE");

        assertThat(codes(event.actors())).containsExactlyInAnyOrder("GRC", "CYP");
    }

    @Test
    void actorNamedWithoutCountryTakesTheCountryOfThePlace() {
        Event event = only(code("Police detained 30 students in Dhaka on Friday."), "COERCE");

        assertThat(codes(event.actors())).containsExactly("BGD");
        assertThat(codes(event.recipients())).containsExactly("BGD");
    }

    @Test
    void futureConflictStaysItsTypeMarkedFuture() {
        Event event = only(code("Israel plans to attack Iran."), "ASSAULT");

        assertThat(event.aux()).containsExactly("future");
    }

    @Test
    void conditionalEventIsHypothetical() {
        Event event = only(code("Russia could attack Finland if the talks fail."), "ASSAULT");

        assertThat(event.aux()).contains("hypothetical");
    }

    @Test
    void refusalIsOneRejectWithTheComplementsRecipient() {
        Coded coded = code("Turkey refused to meet Greece.");

        Event event = only(coded, "REJECT");
        assertThat(codes(event.recipients())).containsExactly("GRC");
        assertThat(coded.events()).extracting(Event::event).containsExactly("REJECT");
        assertThat(coded.result().decisions()).anyMatch(decision -> decision.reason() == DecisionReason.ABSORBED_BY_FRAME);
    }

    @Test
    void nounTriggerFindsParticipantsThroughBetween() {
        Event event = only(code("The talks between Armenia and Georgia ended without agreement."), "CONSULT");

        assertThat(codes(event.actors())).isEqualTo(Set.of("ARM", "GEO"));
        assertThat(event.rule()).isEqualTo("consult.talk-noun");
    }

    @Test
    void eventInsideAQuoteIsReportedByTheSpeaker() {
        String text = "\u201cSerbia attacked our villages,\u201d the Kosovo president said.";
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2024-11-19 " + text);
        ActorAnalysis actors = ACTORS.resolve(document);
        int start = document.text().indexOf("Serbia");
        int end = document.text().indexOf(",\u201d");
        Entity speaker = actors.entityAt(document.text().indexOf("Kosovo")).orElseThrow();
        Quote quote = new Quote("q1", document.text().substring(start, end), start, end, true, speaker.id(), speaker.name(), "test");

        Event event = only(new Coded(document, actors, CODER.codeWithDecisions(document, actors, List.of(quote))), "ASSAULT");

        assertThat(event.evidence().quote()).isEqualTo("q1");
        assertThat(event.evidence().reportedBy()).isEqualTo(speaker.id());
        assertThat(codes(event.actors())).containsExactly("SRB");
    }

    @Test
    void uncodedActorGivesNoEventButADecision() {
        Coded coded = code("Unknown gunmen attacked a bus.");

        assertThat(coded.events()).isEmpty();
        assertThat(coded.result().decisions()).anyMatch(decision -> decision.rule().equals("assault.attack")
                && (decision.reason() == DecisionReason.NO_CODED_ACTOR || decision.reason() == DecisionReason.NO_ACTOR));
    }

    @Test
    void reciprocalCountriesReferToTheArticlesTwoMainCountries() {
        Coded coded = code("Iran and Azerbaijan have close ties. Iran hosted the Azeri minister. "
                + "The two countries conducted joint military drills last month.");

        Event event = only(coded, "COOPERATE");
        assertThat(codes(event.actors())).isEqualTo(Set.of("IRN", "AZE"));
        assertThat(event.context()).contains("military");
    }

    @Test
    void anaphoricObjectTakesTheRecipientFromTheEventItRefersTo() {
        Coded coded = code("Peru held talks with Ecuador on Monday. Chile seized a Bolivian cargo ship on Tuesday. "
                + "Argentina condemned the seizure.");

        Event event = only(coded, "ACCUSE");
        assertThat(codes(event.actors())).containsExactly("ARG");
        assertThat(codes(event.recipients())).containsExactly("CHL");
    }

    @Test
    void anaphoricMoveRefersToTheArticlesLeadEvent() {
        Coded coded = code("Chile imposed sanctions on Peru on Monday. Bolivia condemned the move.");

        Event event = only(coded, "ACCUSE");
        assertThat(codes(event.recipients())).containsExactly("CHL");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "AID       | Norway delivered ten armoured ambulances to Moldova on Friday.       | NOR | MDA",
        "AID       | The World Bank disbursed 200 million dollars to Kenya.               | IGO | KEN",
        "COOPERATE | Italy extradited a Tunisian businessman to Tunis on Monday.          | ITA | TUN",
        "CONCEDE   | Peru's nurses' union called off a national strike on Monday.         | PER | PER",
        "CONCEDE   | Ghana's president withdrew a disputed tax bill on Monday.            | GHA | GHA",
        "PROTEST   | Chilean dock workers staged a strike against the new port law.      | CHL | CHL",
        "PROTEST   | Kenyan doctors began a nationwide strike against the health ministry. | KEN | KEN",
        "COERCE    | A Chinese coast guard ship blocked a Vietnamese fishing boat.        | CHN | VNM",
        "SANCTION  | Mali ordered the Swedish ambassador to leave the country.            | MLI | SWE",
    })
    void codesBroadNewsVerbs(String type, String sentence, String actor, String recipient) {
        Event event = only(code(sentence), type);

        assertThat(codes(event.actors())).containsExactly(actor);
        assertThat(codes(event.recipients())).containsExactly(recipient);
    }

    @Test
    void negatedFutureCooperationIsARefusal() {
        Coded coded = code("Turkey will never negotiate with Greece over the islands.");

        Event event = only(coded, "REJECT");
        assertThat(event.cameo()).isEqualTo("125");
        assertThat(event.aux()).doesNotContain("negation", "future");
        assertThat(event.rule()).isEqualTo("consult.negotiate-with+refusal");
        assertThat(codes(event.recipients())).containsExactly("GRC");
    }

    @Test
    void negatedFutureAttackStaysANegatedAssault() {
        Coded coded = code("Venezuela will not attack Guyana, the defence minister said.");

        Event event = only(coded, "ASSAULT");
        assertThat(event.aux()).contains("negation");
    }

    @Test
    void domesticEventWithoutNamedTargetIsWithinTheActorsCountry() {
        Coded coded = code("Nigerian students rioted in Lagos on Monday.");

        Event event = only(coded, "PROTEST");
        assertThat(codes(event.actors())).containsExactly("NGA");
        assertThat(codes(event.recipients())).containsExactly("NGA");
    }

    @Test
    void eventWithoutTargetNextToAForeignCountryKeepsNoRecipient() {
        Coded coded = code("Nigerian students rioted on Monday during a visit by the French president.");

        Event event = only(coded, "PROTEST");
        assertThat(event.recipients()).isEmpty();
    }

    @Test
    void reciprocalPronounGivesOneEventPerDirection() {
        Coded coded = code("Armenia and Azerbaijan accused each other of violating the ceasefire.");

        List<Event> accusations = coded.events().stream().filter(event -> event.event().equals("ACCUSE")).toList();
        assertThat(accusations).extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactlyInAnyOrder("[ARM]->[AZE]", "[AZE]->[ARM]");
    }

    @Test
    void counterpartIsTheOtherPartyNotItsOwner() {
        Coded coded = code("Chile's defence minister Ana Rojas held talks with her Peruvian counterpart Luis Vera in Lima on Monday.");

        Event event = only(coded, "CONSULT");
        assertThat(codes(event.actors())).containsExactly("CHL");
        assertThat(codes(event.recipients())).containsExactly("PER");
    }

    @Test
    void oneSidedMentionOfAMeetingAlreadyCodedIsNotASecondEvent() {
        Coded coded = code("Chile's foreign minister met Peru's foreign minister in Lima on Monday to discuss trade. "
                + "The Chilean minister said after the meeting that trade would grow.");

        Event event = only(coded, "CONSULT");
        assertThat(codes(event.actors())).containsExactly("CHL");
        assertThat(codes(event.recipients())).containsExactly("PER");
        // the second mention names no other party: a lone consultation (or, failing that, a duplicate)
        assertThat(coded.result().decisions()).anyMatch(decision -> decision.reason() == DecisionReason.LONE_CONSULTATION
                || decision.reason() == DecisionReason.DUPLICATE && decision.detail().startsWith("no other party named"));
    }

    @Test
    void userPatternFileTakesPrecedence() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("patterns", ".tsv");
        java.nio.file.Files.writeString(file, "id\tkind\ttrigger\tactor\trecipient\tcameo\tevent\tmode\tcontext\tcomplement\tnote\n"
                + "consult.meet\tverb\tmeet\t\t\t044\t\t\t\t\tour desk codes every meeting as third-party\n");
        DependencyEventCoder coder = new DependencyEventCoder(ONTOLOGY, PatternDictionary.load(List.of(file), ONTOLOGY),
                WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2024-11-19 Chile met Peru.");

        List<Event> events = coder.code(document, ACTORS.resolve(document), List.of());

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.cameo()).isEqualTo("044");
            assertThat(event.mode()).isEqualTo("third-party");
            assertThat(event.provenance().ruleFile()).isEqualTo(file.toString());
        });
    }
}
