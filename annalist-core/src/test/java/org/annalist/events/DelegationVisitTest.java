package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sending a delegation or an envoy to a capital is a visit by the sender (CONSULT 042). */
class DelegationVisitTest {

    @Test
    void delegationSentToACapitalIsAVisitToThatCountry() {
        assertThat(CoderFixture.code("2025-03-04", "Bolivia said it would send a delegation to Lima next week.").events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()), Event::aux)
                .containsExactly(tuple("042", "BOL", "PER", List.of("future")));
    }
}
