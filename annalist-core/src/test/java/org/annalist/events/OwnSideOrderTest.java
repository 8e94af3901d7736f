package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An order to the actor's own army is a command inside one side; an order to another country's envoy stays an event between the two. */
class OwnSideOrderTest {

    @Test
    void orderToOwnArmyIsNoRequest() {
        assertThat(CoderFixture.code("2025-03-04", "Chile's defence minister said on Monday he had ordered the Chilean army to respond forcefully.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .isEmpty();
    }

    @Test
    void orderToAForeignEnvoyStaysAnEventBetweenTheTwo() {
        assertThat(CoderFixture.code("2025-03-04", "Peru's foreign ministry ordered the Chilean ambassador to explain the incident.").events())
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("PER->CHL");
    }
}
