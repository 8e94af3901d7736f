package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "the ship", "its crew" after "a Liberian-flagged tanker": the ship's country is the target. */
class VesselReferenceTest {

    @Test
    void shipNamedAgainIsTheFlagStatesInALaterSentence() {
        assertThat(CoderFixture.code("2025-04-11", "Iran's navy seized a Liberian-flagged tanker in the Gulf of Oman on Friday.\n\n"
                + "Iranian officials said they would release the ship if its owners paid a fine.").events())
                .filteredOn(event -> event.event().equals("RETREAT"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("IRN", "LBR"));
    }

    @Test
    void crewOfTheShipIsTheShipsCountry() {
        assertThat(CoderFixture.code("2025-04-11", "Norway's coast guard detained a Russian fishing trawler off Svalbard on Tuesday, "
                + "accusing its crew of fishing without a licence.").events())
                .filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NOR", "RUS"));
    }

    @Test
    void countedBoatsAfterTheFlaggedFleetAreTheFleetsCountry() {
        assertThat(CoderFixture.code("2025-04-11", "Qatar protested to Bahrain on Monday after Bahraini fishing boats entered Qatari waters.\n\n"
                + "The ministry said Qatar's coast guard had seized four boats on Sunday.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("QAT", "BHR"));
    }

    @Test
    void anyCrewAfterAFlaggedBoatIsTheBoatsCountry() {
        assertThat(CoderFixture.code("2025-04-11", "Senegal's navy intercepted a Gambian fishing boat off Casamance on Friday.\n\n"
                + "Senegal's navy said it had detained the crew.").events())
                .filteredOn(event -> event.event().equals("COERCE"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .contains(tuple("SEN", "GMB"));
    }
}
