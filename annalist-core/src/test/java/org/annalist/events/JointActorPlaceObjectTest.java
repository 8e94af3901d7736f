package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several actors and a place: the place is the venue of a joint event when a preposition sets it
 * ("held talks in Istanbul"), but the government it seats when it is the act's own object
 * ("backed Vilnius"), the way a capital as subject is its government.
 */
class JointActorPlaceObjectTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-20", text).events();
    }

    @Test
    void capitalAsObjectOfJointActorsIsItsGovernment() {
        assertThat(code("Belarus expelled two Lithuanian diplomats on Monday. Estonia and Finland backed Vilnius."))
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EST,FIN", "LTU"));
    }

    @Test
    void placeAfterAPrepositionStaysTheVenueOfAJointEvent() {
        assertThat(code("Ukrainian and Russian delegations held talks in Istanbul on Friday."))
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS,UKR", ""));
    }
}
