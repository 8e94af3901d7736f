package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quoted statements that are events by what they say: a criticism (ACCUSE), a warning
 * (THREATEN) or a refusal (REJECT) with no verb of accusing or threatening, from the speaker to whom the words are
 * aimed at; and the statements that are not coded (own side, denial, condition, no target).
 */
class StatementEventsTest {

    private static List<Event> statementEvents(String text) {
        return CoderFixture.code("2025-03-10", text).events().stream().filter(event -> event.rule().endsWith("-statement")).toList();
    }

    @Test
    void criticismOfANamedCountryIsAnAccusationAimedAtIt() {
        assertThat(statementEvents("“Caracas has chosen escalation over dialogue,” Colombian Foreign Minister Laura Gil said on Sunday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::cameo, Event::rule)
                .containsExactly(tuple("ACCUSE", "COL", "VEN", "111", "accuse.critical-statement"));
    }

    @Test
    void criticismWithNoNamedTargetIsAimedAtThePartyTheSpeakerAnswers() {
        List<Event> events = statementEvents("Turkish drones struck a Greek patrol boat in the Aegean on Sunday. "
                + "“This was a reckless attack on a ship doing its duty,” Greek Defence Minister Nikos Dendias said.");
        assertThat(events)
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("ACCUSE", "GRC", "TUR", "accuse.critical-statement"));
        assertThat(events.get(0).evidence().trigger().text()).isEqualTo("reckless");
        assertThat(events.get(0).evidence().quote()).isNotNull();
    }

    @Test
    void warningStatedAsFutureIsAThreatAimedAtTheNamedParty() {
        assertThat(statementEvents("“If Minsk sends more migrants across the border, they will get a firm answer,” "
                + "Polish Interior Minister Tomasz Siemoniak said on Monday."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::cameo, Event::rule)
                .containsExactly(tuple("THREATEN", "POL", "BLR", "130", "threaten.warning-statement"));
    }

    @Test
    void warningOfCountermeasuresInReportedSpeechIsAThreat() {
        assertThat(statementEvents("Japan and the United States began joint naval drills on Monday. "
                + "North Korea's defence ministry said Pyongyang would take overwhelming countermeasures against Japan."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("THREATEN", "PRK", "JPN"));
    }

    @Test
    void sayingAnotherStateIsTestingTheSpeakersSideIsCriticism() {
        assertThat(statementEvents("Belarusian helicopters flew along the border on Tuesday. "
                + "\u201cMinsk is testing us,\u201d Latvian Defence Minister Andris Spruds said."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("ACCUSE", "LVA", "BLR", "accuse.critical-statement"));
    }

    @Test
    void defenceByAllMeansStatedAsFutureIsAThreat() {
        assertThat(statementEvents("Vietnamese militia boats rammed a Chinese patrol vessel on Monday. "
                + "\u201cOur coast guard will defend our waters with all the means at its disposal,\u201d "
                + "Chinese Defence Ministry spokesman Zhang Xiaogang said."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::cameo)
                .containsExactly(tuple("THREATEN", "CHN", "VNM", "130"));
    }

    @Test
    void necessaryMeasuresTakenInThePastAreNoWarning() {
        assertThat(statementEvents("Vietnamese boats entered the disputed waters on Monday. "
                + "\u201cWe took necessary measures to protect our fishermen,\u201d Chinese Defence Ministry spokesman Zhang Xiaogang said."))
                .filteredOn(event -> event.event().equals("THREATEN"))
                .isEmpty();
    }

    @Test
    void statementAboutTheSpeakersOwnSideIsNoCriticismOfIt() {
        assertThat(statementEvents("“Indonesian troops showed reckless courage at the border,” Indonesian army chief Agus Subiyanto said on Monday."))
                .isEmpty();
    }

    @Test
    void negatedCriticismIsADenialAndNotCoded() {
        assertThat(statementEvents("Egyptian troops crossed into Sudan on Monday. "
                + "“This was not an act of aggression against Sudan,” Egyptian Defence Minister Abdel Mageed Saqr said."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .isEmpty();
    }

    @Test
    void criticismWithNoIdentifiableTargetIsNotCoded() {
        assertThat(statementEvents("“Such reckless behaviour helps nobody,” Kenyan Foreign Minister Musalia Mudavadi said on Tuesday.")).isEmpty();
    }

    @Test
    void wordsOfAConditionAreTheTermsOfAWarningNotACriticism() {
        assertThat(statementEvents("“If Seoul makes even the slightest provocation, our army will respond with force,” "
                + "North Korea's defence ministry said."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .isEmpty();
    }

    @Test
    void wordsThatSayWhatACodedCondemnationWasAreNotASecondEvent() {
        List<Event> events = CoderFixture.code("2025-03-10", "Lebanese President Joseph Aoun condemned the Israeli raids as “a flagrant "
                + "violation of Lebanese sovereignty” on Monday.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(Event::rule)
                .doesNotContain("accuse.critical-statement");
    }

    @Test
    void futureWarningWordsInThePastAreNoThreat() {
        assertThat(statementEvents("“The minister responded to questions about Armenia for an hour,” Azerbaijani Foreign Minister Jeyhun Bayramov said."))
                .isEmpty();
    }

    @Test
    void wordsUnderADemandVerbAreItsContentEvenWhenTheDemandIsNotCoded() {
        assertThat(statementEvents("Finnish President Alexander Stubb said Finland would not be intimidated and urged Russia to stop "
                + "“reckless flights over the Baltic.”"))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .isEmpty();
    }

    @Test
    void wordsNamingWhatIsAbsentAreNoCriticism() {
        assertThat(statementEvents("“Moldova has the right to choose its path without foreign interference,” "
                + "Moldovan President Maia Sandu said on Monday.")).isEmpty();
    }

    @Test
    void concernAboutANamedDeedIsACriticismOfItsDoer() {
        assertThat(statementEvents("Ugandan police arrested 40 opposition supporters in Kampala on Sunday. "
                + "The U.S. State Department said it was “deeply concerned by the arrests.”"))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("ACCUSE", "USA", "UGA", "accuse.concern-statement"));
    }

    @Test
    void concernAboutNothingNamedIsNoCriticism() {
        assertThat(statementEvents("Ugandan police arrested 40 opposition supporters in Kampala on Sunday. "
                + "The U.S. State Department said it was “deeply concerned” and called for calm.")).isEmpty();
    }

    @Test
    void matterSaidToBeNotUpForDiscussionIsARefusalAimedAtTheCounterpart() {
        assertThat(statementEvents("Bolivia demanded on Monday that Chile reopen talks on a sea outlet. "
                + "Chilean Foreign Minister Alberto van Klaveren said Santiago was ready to meet Bolivian officials "
                + "but that the maritime border was not up for discussion."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::cameo, Event::rule)
                .containsExactly(tuple("REJECT", "CHL", "BOL", "125", "reject.not-negotiable-statement"));
    }

    @Test
    void sovereigntyCalledNotNegotiableIsARefusal() {
        assertThat(statementEvents("Britain proposed new talks on the islands on Tuesday. "
                + "“Our sovereignty over the islands is not negotiable,” Mauritian Prime Minister Navin Ramgoolam said."))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("REJECT", "MUS", "GBR", "reject.not-negotiable-statement"));
    }

    @Test
    void criticalWordsDescribingAnOffersTermsAreNoAccusation() {
        assertThat(statementEvents("Honduran President Rafael Soto offered on Monday to hold Nicaragua\u2019s "
                + "\u201cmost dangerous smugglers\u201d in his country\u2019s new prison."))
                .isEmpty();
    }

    @Test
    void aRefusalBesideAnOfferIsAStatementOfItsOwn() {
        assertThat(statementEvents("Chilean President Ana Ruiz said she was willing to meet Bolivian President Luis Arce "
                + "\u201canywhere, at any time, but the border is not up for discussion.\u201d"))
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("REJECT", "CHL", "BOL"));
    }
}
