package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms of a formal diplomatic protest (ACCUSE 114) besides summoning an ambassador: a note of protest
 * handed to an envoy or sent to a capital, a Commonwealth high commissioner summoned, and criticism named by the reaction
 * it drew ("drew condemnation from Japan": Japan accuses).
 */
class DiplomaticProtestFormsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void protestNoteHandedToAnEnvoyIsAComplaintToHisCountry() {
        assertThat(code("Chile's foreign ministry handed a protest note to the Peruvian ambassador on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "114", "CHL", "PER"));
    }

    @Test
    void protestNoteSentToACapitalIsAComplaintToThatCountry() {
        assertThat(code("Costa Rica sent a protest note to Managua on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "114", "CRI", "NIC"));
    }

    @Test
    void summonedHighCommissionerIsAComplaint() {
        assertThat(code("India summoned Bangladesh's acting high commissioner on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "114", "IND", "BGD"));
    }

    @Test
    void criticismDrawnFromACountryIsThatCountrysAccusation() {
        assertThat(code("Serbia's decision drew sharp criticism from Croatia on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ACCUSE", "111", "HRV", "SRB"));
    }
}
