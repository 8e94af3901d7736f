package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire wordings added by semantic field (patterns.tsv rows marked lexicon2): checkpoints and highways
 * closed or reopened, a broadcaster suspended, battalions moved and riot police rushed, sanctions
 * reimposed or scrapped, a talk over a hotline, a diplomat "called in", goods "handed" without "over",
 * and civilians airlifted out.
 */
class LexiconFieldsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-03-11", text).events();
    }

    private static List<Event> ofType(String type, String text) {
        return code(text).stream().filter(event -> event.event().equals(type)).toList();
    }

    @Test
    void closingCheckpointsRestrictsMovement() {
        assertThat(ofType("COERCE", "Moldovan police closed three checkpoints on the Dniester river on Friday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("191", "MDA"));
    }

    @Test
    void reopeningAHighwayEasesTheRestriction() {
        assertThat(ofType("RETREAT", "Kyrgyzstan reopened the main highway to Tajikistan on Monday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("0863", "KGZ"));
    }

    @Test
    void suspendingABroadcasterRestrictsPressFreedom() {
        assertThat(ofType("COERCE", "Mali's military government suspended the French broadcaster on Thursday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("1721", "MLI"));
    }

    @Test
    void battalionsMovedToTheBorderAreADeployment() {
        assertThat(ofType("MOBILIZE", "Niger moved two battalions to the border area on Sunday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("154", "NER"));
    }

    @Test
    void riotPoliceRushedToACityAreAPoliceMobilisation() {
        assertThat(ofType("MOBILIZE", "Peru's government rushed riot police to Cusco on Tuesday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("153", "PER"));
    }

    @Test
    void reimposedSanctionsAreSanctions() {
        assertThat(ofType("SANCTION", "Canada reimposed sanctions on Belarus on Tuesday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("163", "CAN", "BLR"));
    }

    @Test
    void scrappedSanctionsAreEased() {
        assertThat(ofType("RETREAT", "Australia scrapped its sanctions on Fiji on Wednesday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("085", "AUS", "FJI"));
    }

    @Test
    void aTalkOverAHotlineIsATelephoneConsultation() {
        assertThat(ofType("CONSULT", "India's army chief spoke over the hotline with his Pakistani counterpart on Sunday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("041", "IND", "PAK"));
    }

    @Test
    void callingInAnAmbassadorIsASummons() {
        assertThat(ofType("ACCUSE", "Poland called in the Russian ambassador on Monday over the drone incursion."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("114", "POL", "RUS"));
    }

    @Test
    void patrolVesselsHandedToAnotherStateAreMilitaryAid() {
        assertThat(ofType("AID", "Japan handed two patrol vessels to the Philippines on Wednesday."))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("072", "JPN", "PHL"));
    }

    @Test
    void civiliansAirliftedOutAreEvacuated() {
        assertThat(ofType("AID", "Jordan airlifted 60 wounded civilians from Gaza to Amman on Thursday."))
                .extracting(Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("073", "JOR"));
    }
}
