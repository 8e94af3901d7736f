package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Whoever fires at us will pay": a stated punishment of a generic referent is a threat by its
 * speaker, aimed at nobody named; "those who …" is an unnamed side the recipient rules still place.
 */
class GenericWarningTest {

    @Test
    void whoeverWarningIsAThreatByTheSpeakerToNobody() {
        assertThat(CoderFixture.code("2025-05-04", "“Whoever fires at Israel will pay a heavy price,” Israel's defence minister said on Sunday.")
                .events())
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::aux)
                .containsExactly(tuple("ISR", "", List.of()));
    }

    @Test
    void anyoneWhoWarningInAPassiveKeepsNoRecipient() {
        assertThat(CoderFixture.code("2025-05-04", "“Anyone who attacks our soldiers will be punished,” Kenya's interior minister said on Monday.")
                .events())
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("KEN", ""));
    }

    @Test
    void thoseWhoWarningIsAimedAtTheSideThatActed() {
        assertThat(CoderFixture.code("2025-05-04", "Moroccan drones struck two Algerian lorries on Saturday. "
                + "“Those who ordered this attack will pay,” Algeria's president said.").events())
                .filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("DZA", "MAR"));
    }
}
