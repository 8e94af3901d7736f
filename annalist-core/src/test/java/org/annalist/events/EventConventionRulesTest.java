package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.actors.ActorAnalysis;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.events.ontology.EventOntology;
import org.annalist.events.patterns.PatternDictionary;
import org.annalist.events.patterns.WordLists;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/**
 * The general rules added for the PLOVER records' conventions and for the parties of reported,
 * conditional and background events: each test is a sentence written for it.
 */
class EventConventionRulesTest {

    private static final ActorDictionaries DICTIONARIES = ActorDictionaries.load(List.of());
    private static final EventOntology ONTOLOGY = EventOntology.bundled();
    private static final DependencyEventCoder CODER = new DependencyEventCoder(ONTOLOGY,
            PatternDictionary.load(List.of(), ONTOLOGY), WordLists.bundled(ONTOLOGY), DICTIONARIES.places(), "test");
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(DICTIONARIES);

    private static CodingResult code(String text) {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2024-11-19 " + text);
        ActorAnalysis actors = ACTORS.resolve(document);
        return CODER.codeWithDecisions(document, actors, List.of());
    }

    private static Set<String> codes(List<EventParty> parties) {
        return parties.stream().map(EventParty::code).collect(Collectors.toSet());
    }

    private static List<Event> ofType(CodingResult result, String type) {
        return result.events().stream().filter(event -> event.event().equals(type)).toList();
    }

    private static Event only(CodingResult result, String type) {
        List<Event> events = ofType(result, type);
        assertThat(events).as("%s events in %s", type, result.events()).hasSize(1);
        return events.get(0);
    }

    @Test
    void pronounSubjectReportedByAVerbOfSayingIsTheSpeaker() {
        Event event = only(code("Egypt said on Monday that it would send wheat to Sudan."), "AID");

        assertThat(codes(event.actors())).containsExactly("EGY");
        assertThat(event.aux()).containsExactly("future");
    }

    @Test
    void pronounInAWarningsComplementIsNotTheWarningsRecipient() {
        CodingResult result = code("Chad warned that it would attack Libya if the raids continued.");

        assertThat(result.decisions()).noneMatch(decision -> decision.reason() == DecisionReason.SAME_ACTOR_AND_RECIPIENT
                && decision.rule().startsWith("threaten"));
    }

    @Test
    void commitmentAdjectiveMakesTheActionAnAgreeFact() {
        Event event = only(code("Kenya says it is ready to resume talks with Somalia."), "AGREE");

        assertThat(event.rule()).endsWith("+commitment");
        assertThat(event.cameo()).startsWith("03");
        assertThat(event.aux()).isEmpty();
        assertThat(codes(event.actors())).containsExactly("KEN");
    }

    @Test
    void futureRetreatGetsNoIntentAgree() {
        CodingResult result = code("Spain said it would withdraw its troops from Iraq.");

        assertThat(ofType(result, "RETREAT")).isNotEmpty();
        assertThat(ofType(result, "AGREE")).isEmpty();
    }

    @Test
    void statementThatAnotherPartyMustActIsADemand() {
        Event event = only(code("Britain said that Iran must release the detained sailors."), "REQUEST");

        assertThat(event.rule()).isEqualTo("request.say-must");
        assertThat(codes(event.actors())).containsExactly("GBR");
        assertThat(codes(event.recipients())).containsExactly("IRN");
    }

    @Test
    void statementWithoutObligationIsNoDemand() {
        assertThat(ofType(code("Britain said Iran released the detained sailors."), "REQUEST")).isEmpty();
    }

    @Test
    void threatRecipientIsTheSubjectOfItsCondition() {
        Event event = only(code("Pakistan threatened to close its airspace unless India withdrew its warships."), "THREATEN");

        assertThat(codes(event.actors())).containsExactly("PAK");
        assertThat(codes(event.recipients())).containsExactly("IND");
    }

    @Test
    void complaintIsAgainstTheMatterComplainedOf() {
        Event event = only(code("Lebanon complained to the United Nations about Syrian air raids."), "ACCUSE");

        assertThat(codes(event.recipients())).containsExactly("SYR");
    }

    @Test
    void objectDetachedBehindADateIsStillTheObject() {
        Event event = only(code("Beirut rejected Thursday a Syrian proposal for joint patrols."), "REJECT");

        assertThat(codes(event.actors())).containsExactly("LBN");
        assertThat(codes(event.recipients())).containsExactly("SYR");
    }

    @Test
    void liftingAStateOfEmergencyIsAConcession() {
        Event event = only(code("The Ecuadorean government lifted a state of emergency in the province on Sunday."), "CONCEDE");

        assertThat(event.cameo()).isEqualTo("0814");
        assertThat(ofType(code("The Ecuadorean government lifted a state of emergency in the province on Sunday."), "RETREAT")).isEmpty();
    }

    @Test
    void warmWelcomeToAVisitorIsTheVisitorsVisitToTheHost() {
        Event event = only(code("The Portuguese president gave a warm welcome to the Brazilian foreign minister on Thursday."), "CONSULT");

        assertThat(event.cameo()).isEqualTo("042");
        assertThat(codes(event.actors())).containsExactly("BRA");
        assertThat(codes(event.recipients())).containsExactly("PRT");
    }

    @Test
    void frameVerbUsedAsLightVerbYieldsItsNounEvent() {
        CodingResult result = code("The Algerian foreign minister undertook a mediation mission between Mali and Niger.");

        assertThat(ofType(result, "AGREE")).isEmpty();
        assertThat(result.decisions()).anyMatch(decision -> decision.reason() == DecisionReason.LIGHT_VERB_OF_NOUN_EVENT);
        assertThat(codes(only(result, "CONSULT").actors())).containsExactly("DZA");
    }

    @Test
    void nounEventMentionedInPassingBesideAVerbEventIsBackground() {
        CodingResult result = code("Iran offered to mediate between Armenia and Azerbaijan following the war in Karabakh.");

        assertThat(ofType(result, "ASSAULT")).isEmpty();
        assertThat(ofType(result, "AGREE")).isNotEmpty();
    }

    @Test
    void nounEventNamingItsOwnActorAndTargetIsKeptBesideAVerbEvent() {
        CodingResult result = code("Afghan forces attacked border posts in retaliation for Pakistani air strikes on Kabul.");

        assertThat(ofType(result, "ASSAULT")).anyMatch(event -> codes(event.actors()).equals(Set.of("PAK")));
    }

    @Test
    void conjoinedDemonymModifiersGiveEveryCountry() {
        Event event = only(code("The Russian defence minister held talks with his Turkish and Syrian counterparts in Moscow."), "CONSULT");

        assertThat(codes(event.recipients())).containsExactlyInAnyOrder("TUR", "SYR");
    }

    @Test
    void quantityObjectStandsForItsOfNoun() {
        Event event = only(code("The United States suspended most of its military aid to Gabon."), "SANCTION");

        assertThat(codes(event.recipients())).containsExactly("GAB");
    }

    @Test
    void orderingANounEventIsThatEvent() {
        CodingResult result = code("A Turkish court ordered the arrest of three Swedish journalists on Friday.");

        assertThat(ofType(result, "REQUEST")).isEmpty();
        assertThat(ofType(result, "COERCE")).isNotEmpty();
    }

    @Test
    void unnamedNeighbourIsTheArticlesOtherMainCountry() {
        Event event = only(code("Venezuela moved troops toward the border with Guyana. Venezuela said it would not attack its neighbour."),
                "ASSAULT");

        assertThat(codes(event.actors())).containsExactly("VEN");
        assertThat(codes(event.recipients())).containsExactly("GUY");
        assertThat(event.aux()).contains("negation");
    }

    @Test
    void purposeInfinitiveIsDoneByTheMainSubject() {
        Event event = only(code("Uzbekistan reopened the bridge on Monday to allow the delivery of food aid to Afghanistan."), "RETREAT");

        assertThat(event.rule()).isEqualTo("retreat.allow-delivery");
        assertThat(codes(event.actors())).containsExactly("UZB");
        assertThat(codes(event.recipients())).containsExactly("AFG");
    }

    @Test
    void monthNameIsNoMarch() {
        CodingResult result = code("The two governments will sign the treaty in March.");

        assertThat(ofType(result, "PROTEST")).isEmpty();
    }

    @Test
    void frameTargetNamedInItsComplementIsTheRecipient() {
        Event event = only(code("Iran refused to admit inspectors from the United Nations."), "REJECT");

        assertThat(codes(event.actors())).containsExactly("IRN");
        assertThat(codes(event.recipients())).containsExactly("UNO");
    }

    @Test
    void seekingAsylumInACountryIsARequestToIt() {
        Event event = only(code("Hundreds of Afghan families sought refuge in Pakistan last month."), "REQUEST");

        assertThat(event.cameo()).isEqualTo("023");
        assertThat(codes(event.recipients())).containsExactly("PAK");
    }

    @Test
    void sendingInspectorsInvestigates() {
        Event event = only(code("The International Atomic Energy Agency dispatched inspectors to Iran on Monday."), "ACCUSE");

        assertThat(event.cameo()).startsWith("09");
        assertThat(codes(event.recipients())).containsExactly("IRN");
    }

    @Test
    void reportedPronounStandsForEveryConjoinedSpeaker() {
        Event event = only(code("Germany and the Netherlands said they would send two more Patriot batteries to Ukraine."), "AID");

        assertThat(codes(event.actors())).containsExactlyInAnyOrder("DEU", "NLD");
        assertThat(codes(event.recipients())).containsExactly("UKR");
        assertThat(ofType(code("Germany and the Netherlands said they would send two more Patriot batteries to Ukraine."), "AGREE"))
                .as("a compound subject announces a joint plan, not one side's intention").isEmpty();
    }

    @Test
    void protestingThatSomethingIsWrongIsVerbalDisapproval() {
        CodingResult result = code("Amnesty International protested that the Egyptian government was jailing journalists.");

        assertThat(ofType(result, "PROTEST")).isEmpty();
        assertThat(only(result, "ACCUSE").rule()).isEqualTo("accuse.protest-clause");
    }

    @Test
    void acceptingAnInitiativeIsAnAgreementWithItsAuthor() {
        Event event = only(code("Sudan's army accepted the Egyptian initiative on Friday."), "AGREE");

        assertThat(codes(event.actors())).containsExactly("SDN");
        assertThat(codes(event.recipients())).containsExactly("EGY");
    }

    @Test
    void deEscalationOnOwnTerritoryHasNoRecipient() {
        Event event = only(code("Colombian rebels withdrew from the town of Tumaco on Sunday."), "RETREAT");

        assertThat(codes(event.actors())).containsExactly("COL");
        assertThat(event.recipients()).isEmpty();
    }

    @Test
    void unnamedVictimsAreOfTheOtherCountryTheSentenceNames() {
        Event event = only(code("Ukraine said Russian drones had killed four civilians overnight."), "ASSAULT");

        assertThat(codes(event.actors())).containsExactly("RUS");
        assertThat(codes(event.recipients())).containsExactly("UKR");
    }

    @Test
    void expelledMigrantsAreNotOfTheCountryTheyAreSentTo() {
        CodingResult result = code("Tunisian police expelled hundreds of migrants to the Libyan border.");

        assertThat(result.decisions()).noneMatch(decision -> decision.detail().contains("victims of the other country (migrants)"));
    }

    @Test
    void repeatedActionVerbUsesTheBaseVerbsPatterns() {
        Event event = only(code("Israel reimposed the blockade on Gaza on Tuesday."), "COERCE");

        assertThat(event.rule()).isEqualTo("coerce.impose-blockade");
        assertThat(codes(event.actors())).containsExactly("ISR");
    }

    @Test
    void reportedPronounOfAnUncodedReporterTakesTheDomesticCountry() {
        CodingResult result = code("Serbian students marched through Belgrade on Sunday. The president said he would not resign.");

        assertThat(ofType(result, "REJECT")).anyMatch(event -> codes(event.actors()).equals(Set.of("SRB")));
        assertThat(result.decisions()).anyMatch(decision -> decision.rule().equals("retreat.resign") && decision.detail().contains("domestic"));
    }

    @Test
    void authorInAParticiplesByPhraseIsTheRecipient() {
        Event event = only(code("Russia refused to discuss a draft resolution proposed by Japan."), "REJECT");

        assertThat(codes(event.actors())).containsExactly("RUS");
        assertThat(codes(event.recipients())).containsExactly("JPN");
    }
}
