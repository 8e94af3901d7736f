package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** A stated readiness to talk with no partner named, in a story between two countries, is an offer to the other one. */
class OfferToTalkRecipientTest {

    @Test
    void readinessToResumeTalksIsAimedAtTheOtherMainCountry() {
        assertThat(CoderFixture.code("2025-09-15", "Serbia accused Kosovo on Monday of mistreating ethnic Serbs near the border, "
                + "and Kosovo rejected the accusation. Kosovo's prime minister said his government was ready to resume talks.").events())
                .filteredOn(event -> event.event().equals("AGREE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("XKX", "SRB"));
    }
}
