package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * A verb too vague to code on its own: "seek" with any object. Its specific forms ("seek asylum",
 * "seek the release of") keep their rows.
 */
class VagueVerbsTest {

    @Test
    void seekingPeaceRequestsNothing() {
        assertThat(CoderFixture.eventsOfType("2025-02-14", "REQUEST",
                "Pakistan seeks peace with India but will defend its territory, the prime minister said on Friday."))
                .isEmpty();
    }

    @Test
    void seekingAsylumIsStillARequest() {
        assertThat(CoderFixture.eventsOfType("2025-02-14", "REQUEST", "Two Belarusian opposition activists sought asylum in Poland on Friday."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(org.assertj.core.api.Assertions.tuple("BLR", "POL"));
    }
}
