package org.annalist.events;

import static org.annalist.events.CoderFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Demonyms coordinated before one head noun ("Philippine and U.S. forces") each name a party of the event. */
class CoordinatedDemonymsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-04-22", text).events();
    }

    @Test
    void demonymCoordinatedBeforeAnotherCountrysForcesIsAPartyToo() {
        List<Event> events = code("MANILA, April 22 (Reuters) - Philippine and U.S. forces fired missiles at a decommissioned ship off the western "
                + "coast of Luzon on Tuesday during their annual military exercises, the Philippine military said.");
        assertThat(events).isNotEmpty();
        assertThat(codes(events.get(0).actors())).isEqualTo("PHL,USA");
    }

    @Test
    void twoDemonymsOverOneHeadStillGiveTwoParties() {
        assertThat(code("Thai and Malaysian navies held a joint exercise in the Andaman Sea on Friday."))
                .extracting(event -> codes(event.actors()))
                .containsExactly("MYS,THA");
    }
}
