package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An order given to a vessel ("ordered a fishing boat to leave") is COERCE 191, not an appeal; an invitation to talks
 * is the intent to meet (AGREE 036), not an appeal.
 */
class VesselOrdersAndInvitationsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void orderToAForeignVesselRestrictsIt() {
        assertThat(code("A Chinese coast guard ship ordered a Philippine fishing boat to leave the shoal on Sunday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COERCE", "191", "CHN", "PHL"));
    }

    @Test
    void invitationToTalksIsAnOffer() {
        assertThat(code("Kenya invited Somalia to talks in Nairobi on Sunday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("AGREE", "036", "KEN", "SOM"));
    }
}
