package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trip to an unnamed place ("will travel to the region") is a consultation without a recipient, not with the traveller's own country;
 * meeting a country's own people (parents, relatives, victims) is with that country. */
class ConsultPlaceTest {

    @Test
    void travelToTheRegionHasNoRecipient() {
        assertThat(CoderFixture.code("2025-06-10", "The Norwegian envoy will travel to the region next week.").events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NOR", ""));
    }

    @Test
    void meetingTheVictimsParentsIsWithTheActorsOwnPeople() {
        assertThat(CoderFixture.code("2025-06-10", "The Ghanaian president met parents of the two missing pilots in Tarkwa on Friday.").events())
                .filteredOn(event -> event.event().equals("CONSULT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("GHA", "GHA"));
    }
}
