package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The city a joint event takes place in is its location, not its recipient. */
class JointEventVenueTest {

    @Test
    void talksBetweenTwoDelegationsInAThirdCountrysCityHaveNoRecipient() {
        List<Event> events = CoderFixture.code("2025-10-06",
                "Ethiopian and Egyptian delegations held a new round of talks in Geneva on Monday.").events();
        assertThat(events)
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), event -> event.location().name())
                .containsExactly(tuple("EGY,ETH", "", "Geneva"));
    }
}
