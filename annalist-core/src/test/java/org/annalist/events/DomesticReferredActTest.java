package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** "welcomed the release": the noun names the act by its own word, so its doer is the recipient even when of the actor's own country. */
class DomesticReferredActTest {

    @Test
    void oppositionWelcomingTheGovernmentsReleaseGetsItsOwnGovernment() {
        assertThat(CoderFixture.code("2025-07-02", "Turkey's foreign minister met his Greek counterpart in Ankara on Monday. "
                + "The Belarusian government released 30 political prisoners on Tuesday. "
                + "Belarusian opposition leader Sviatlana Tsikhanouskaya welcomed the release but said hundreds remained in jail.").events())
                .filteredOn(event -> event.event().equals("SUPPORT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BLR", "BLR"));
    }
}
