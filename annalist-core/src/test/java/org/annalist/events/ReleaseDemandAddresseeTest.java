package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A demand for someone's release is addressed to whoever holds them, never to the people to be
 * released: "demanded their immediate release" after "Bolivian troops detained six Peruvian
 * farmers" is Peru's demand on Bolivia, not on Peru.
 */
class ReleaseDemandAddresseeTest {

    @Test
    void releasedPeopleAreNotTheAddressee() {
        assertThat(CoderFixture.code("2026-10-14", "LIMA, Oct 14 (Reuters) - Paraguayan soldiers detained four Chilean "
                + "truck drivers near the border on Sunday. Chile's foreign minister said the drivers had been held "
                + "without charge for two days and demanded their immediate release.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CHL", "PRY"));
    }
}
