package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One side urging "joint efforts by the two countries" addresses the other side, not its own country. */
class ReciprocalOtherSideTest {

    @Test
    void anAppealForJointEffortsOfTheTwoCountriesIsAddressedToTheOtherSide() {
        List<Event> events = CoderFixture.code("2025-04-02", "Kazakhstan and Uzbekistan held talks on water sharing in Tashkent on Monday. "
                + "The Uzbek minister urged greater joint efforts by the two countries to save the Aral Sea.").events();

        assertThat(events).filteredOn(event -> event.event().equals("REQUEST")).singleElement().satisfies(event -> {
            assertThat(event.actors()).extracting(EventParty::code).containsExactly("UZB");
            assertThat(event.recipients()).extracting(EventParty::code).containsExactly("KAZ");
        });
    }
}
