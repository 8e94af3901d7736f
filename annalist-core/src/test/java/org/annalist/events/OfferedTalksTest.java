package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks offered under a frame of commitment ("was ready to negotiate", "remained ready for dialogue", "open to
 * talks") are the stated intent to meet (AGREE 036), even with no second party named: LoneConsultation lets them
 * through, and a noun of talks hung off the frame adjective takes the frame's subject as its actor. A meeting of
 * one body alone stays no event, and a frame adjective over a hostile noun ("prepared for an invasion") names no
 * attacker.
 */
class OfferedTalksTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void readinessToNegotiateWithNoSecondPartyIsAnOfferToMeet() {
        assertThat(code("Pakistan's foreign minister said on Tuesday that Islamabad was ready to negotiate."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("AGREE", "036", "PAK"));
    }

    @Test
    void readinessForDialogueWithACountryIsAnOfferToIt() {
        assertThat(code("Morocco's foreign minister said Rabat remained ready for dialogue with Algeria."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("AGREE", "036", "MAR", "DZA"));
    }

    @Test
    void aLoneMeetingIsStillNoEvent() {
        assertThat(code("Kenya's cabinet met in Nairobi on Tuesday."))
                .extracting(Event::event)
                .doesNotContain("CONSULT", "AGREE");
    }

    @Test
    void preparedForAnInvasionNamesNoAttacker() {
        assertThat(code("Taiwan's defence minister said the island was prepared for an invasion."))
                .extracting(Event::event, event -> codes(event.actors()))
                .doesNotContain(tuple("ASSAULT", "TWN"));
    }
}
