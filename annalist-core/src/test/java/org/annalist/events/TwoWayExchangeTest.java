package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Traded accusations", "exchanged fire": a hostile exchange is one event each way; a cooperative one stays joint. */
class TwoWayExchangeTest {

    private static List<Event> code(String sentence) {
        return CoderFixture.code("2025-03-06", sentence).events();
    }

    @Test
    void tradedAccusationsAreAnAccusationEachWay() {
        assertThat(code("Armenia and Azerbaijan traded accusations on Thursday over the shooting on the border."))
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactlyInAnyOrder(tuple("ARM", "AZE"), tuple("AZE", "ARM"));
    }

    @Test
    void exchangedDataStaysOneJointEvent() {
        assertThat(code("Kazakhstan and Uzbekistan exchanged hydrological data on Monday."))
                .filteredOn(event -> event.event().equals("COOPERATE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KAZ,UZB", ""));
    }
}
