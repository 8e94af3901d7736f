package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Called on X to do Y" is a request to X, also when the parser reads "on" as the marker of the infinitive. */
class CallOnParseTest {

    @Test
    void callOnAuthoritiesToReleaseIsARequestToThem() {
        assertThat(CoderFixture.code("2025-03-12", "Amnesty International called on Egyptian authorities to release the detained journalists.")
                .events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NGO", "EGY"));
    }

    @Test
    void callOnBothSidesIsARequestToThePair() {
        assertThat(CoderFixture.code("2025-03-12", "Armenian and Azerbaijani troops exchanged fire along the border on Monday. "
                + "The European Union called on both sides to exercise restraint.").events())
                .filteredOn(event -> event.event().equals("REQUEST"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("EUR", "ARM,AZE"));
    }
}
