package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A hosted visit is coded with the visitors as actors and the host as recipient (CAMEO 042), as PLOVER and both news gold sets code it. */
class HostedVisitTest {

    @Test
    void hostedDelegationsAreTheVisitors() {
        assertThat(CoderFixture.code("2025-09-15", "Kenya hosted Ethiopian and Somali delegations in Nairobi on Monday for talks "
                + "on border security.").events())
                .filteredOn(event -> event.event().equals("CONSULT") && event.rule().equals("consult.host"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::cameo)
                .containsExactly(tuple("ETH,SOM", "KEN", "042"));
    }
}
