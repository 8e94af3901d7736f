package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A place in a thing's "in" phrase is where it happened, not who acted: "a landmine in Surin
 * province wounded two rangers" has no Thai doer. People placed by where they act keep their
 * place's country, and a target's place still names the country it is in. Sentences written for
 * this test.
 */
class PlaceOfAThingNotADoerTest {

    @Test
    void aLandmineInAProvinceIsNoDoerFromTheProvince() {
        assertThat(CoderFixture.eventsOfType("2025-05-09", "ASSAULT",
                "Two Thai rangers were wounded by a landmine in Surin province on Friday, the army said."))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("THA");
    }

    @Test
    void notEveryoneInACityIsTheCountryBackingAMove() {
        assertThat(CoderFixture.eventsOfType("2025-05-09", "SUPPORT", "Not everyone in Hamburg backed the move."))
                .extracting(event -> codes(event.actors()))
                .doesNotContain("DEU");
    }

    @Test
    void anOfficeHolderPlacedInACityActsForItsCountry() {
        assertThat(CoderFixture.eventsOfType("2025-05-09", "RETREAT",
                "A magistrate in Jaffna freed six Indian fishermen on Monday after they paid fines."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LKA", "IND"));
    }

    @Test
    void aTargetsPlaceStillNamesTheCountryItIsIn() {
        assertThat(CoderFixture.eventsOfType("2025-05-09", "AID",
                "Japan's embassy said Tokyo would resume loans for a suspended rail project in Colombo."))
                .extracting(event -> codes(event.recipients()))
                .contains("LKA");
    }
}
