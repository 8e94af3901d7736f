package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A party outside the state that urges "both governments" addresses its own government too; a government does not address itself. */
class OwnGovernmentAddressedTest {

    private static final String OPENING = "Ethiopia accused Eritrea on Monday of massing troops on the border, "
            + "and Eritrea rejected the accusation. ";

    @Test
    void oppositionPartyUrgingBothGovernmentsKeepsItsOwn() {
        assertThat(CoderFixture.code("2025-08-04", OPENING + "Ethiopia's main opposition party urged both governments "
                + "to resume talks.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ETH", "ERI,ETH"));
    }

    @Test
    void governmentUrgingBothSidesDoesNotAddressItself() {
        assertThat(CoderFixture.code("2025-08-04", OPENING + "Ethiopia's foreign ministry urged both governments "
                + "to resume talks.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ETH", "ERI"));
    }

    @Test
    void businessGroupsNamedByTheirCountryUrgingBothGovernmentsKeepTheirOwn() {
        assertThat(CoderFixture.code("2025-08-04", OPENING + "Ethiopian business groups urged both governments "
                + "to reopen the border crossings.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ETH", "ERI,ETH"));
    }

    @Test
    void countrysBusinessLobbyUrgingBothGovernmentsKeepsItsOwn() {
        assertThat(CoderFixture.code("2025-08-04", OPENING + "Eritrea's main business lobby urged both governments "
                + "to reopen the border crossings.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("ERI", "ERI,ETH"));
    }
}
