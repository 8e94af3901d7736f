package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A place "in" which a domestic event happens is its location, not its recipient; people there still are. */
class DomesticPlaceTest {

    @Test
    void stateOfEmergencyInProvincesHasNoRecipient() {
        assertThat(CoderFixture.code("2025-11-03", "The Bolivian government declared a state of emergency in three "
                + "provinces on Monday.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BOL", ""));
    }

    @Test
    void detainingProtestersStaysDomestic() {
        assertThat(CoderFixture.code("2025-11-03", "Bolivian police detained dozens of protesters in three provinces on Monday.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BOL", "BOL"));
    }

    @Test
    void curfewImposedOnTheCapitalHasNoRecipient() {
        assertThat(CoderFixture.code("2025-11-03", "The Bolivian government imposed a night-time curfew on the capital on Monday.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("BOL", ""));
    }
}
