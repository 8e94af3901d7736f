package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rejecting an accusation ("rejected the accusation", "dismissed the charges", "a claim Warsaw rejects") is a
 * denial (CAMEO 016, not coded by PLOVER), not a REJECT; rejecting a demand, an offer or a measure stays one.
 * Declining to comment ("declined further comment", "declined to say whether …") is CAMEO 011, likewise no REJECT.
 */
class DenialTest {

    private static CodingResult code(String text) {
        return CoderFixture.code("2025-03-12", text);
    }

    @Test
    void rejectedAccusationIsADenial() {
        CodingResult result = code("Chile rejected the Bolivian accusation on Tuesday.");
        assertThat(result.events()).extracting(Event::event).doesNotContain("REJECT");
        assertThat(result.decisions()).extracting(Decision::reason).contains(DecisionReason.DENIAL);
    }

    @Test
    void dismissedChargesAsFabricatedIsADenial() {
        assertThat(code("Hungary's foreign ministry dismissed the Romanian charges as fabricated.").events())
                .extracting(Event::event)
                .doesNotContain("REJECT");
    }

    @Test
    void rejectedCriticismIsADenial() {
        assertThat(code("The Nigerian government spokesman rejected the criticism from Ghana.").events())
                .extracting(Event::event)
                .doesNotContain("REJECT");
    }

    @Test
    void accusationTheSpeakerRejectsIsNoAccusationOfItsOwn() {
        // "his claim" is the denied statement: neither a REJECT nor an ACCUSE of the claimant
        assertThat(code("Peru's president rejected the Chilean minister's claim that Lima had armed the smugglers.").events())
                .extracting(Event::event)
                .doesNotContain("REJECT", "ACCUSE");
    }

    @Test
    void rejectedDemandStaysARejection() {
        assertThat(code("Chile rejected the Bolivian demand on Tuesday.").events())
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("REJECT", "CHL", "BOL"));
    }

    @Test
    void rejectedMeasuresStayARejection() {
        assertThat(code("Chile rejected the Bolivian measures on Tuesday.").events())
                .extracting(Event::event)
                .contains("REJECT");
    }

    @Test
    void declinedFurtherCommentIsNoRefusal() {
        CodingResult result = code("Chile's foreign ministry declined further comment on the Bolivian request.");
        assertThat(result.events()).extracting(Event::event).doesNotContain("REJECT");
        assertThat(result.decisions()).extracting(Decision::reason).contains(DecisionReason.DECLINED_COMMENT);
    }

    @Test
    void declinedToSayIsNoRefusal() {
        assertThat(code("Canada's prime minister declined to say whether Ottawa would answer the American tariffs.").events())
                .extracting(Event::event)
                .doesNotContain("REJECT");
    }

    @Test
    void declinedInvitationStaysARejection() {
        assertThat(code("Chile declined a Bolivian invitation to talks on Tuesday.").events())
                .extracting(Event::event, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("REJECT", "CHL", "BOL"));
    }
}
