package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unnamed spokesperson "for" a body acts for it: the body is the event's party. */
class MouthpieceActorTest {

    @Test
    void spokespersonForABodyActsForTheBody() {
        assertThat(CoderFixture.code("2025-09-03",
                        "A spokesman for the Chinese embassy in Ottawa rejected the report on Tuesday and accused Canada of spreading lies.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("CHN->CAN");
    }

    @Test
    void aidForACountryIsNoMouthpiece() {
        assertThat(CoderFixture.code("2025-09-03",
                        "A convoy for Gaza was attacked by Israeli forces on Tuesday.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .isEmpty();
    }

    @Test
    void judgesAtACourtActForTheCourt() {
        // "at" names the body its members act for, as "of" and "from" do: not the dateline's country
        assertThat(CoderFixture.code("2025-09-03", "THE HAGUE, Sept 3 (Reuters) - Judges at the International Criminal Court "
                        + "issued an arrest warrant on Thursday for a Libyan militia commander.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()) + "->" + codes(event.recipients()))
                .containsExactly("IGO->LBY");
    }
}
