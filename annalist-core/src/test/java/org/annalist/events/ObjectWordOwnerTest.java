package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/**
 * "flew Malian migrants home", "burned a Danish flag": the country adjective on the trigger's own
 * object word names whom the act is aimed at, in the place of the row's {@code object} source.
 */
class ObjectWordOwnerTest {

    @Test
    void flownMigrantsAreTheirCountriesNotThePlaceTheyLeft() {
        assertThat(CoderFixture.eventsOfType("2025-05-16", "AID",
                        "The U.N. refugee agency said it had flown 90 Malian and Nigerien migrants home from Tripoli on Friday."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()), Event::rule)
                .containsExactly(tuple("UNO", "MLI,NER", "aid.fly-migrant"));
    }

    @Test
    void burnedFlagIsItsCountrys() {
        assertThat(CoderFixture.eventsOfType("2025-05-16", "PROTEST",
                        "Protesters in Lahore burned a Danish flag outside the consulate on Friday."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PAK", "DNK"));
    }

    @Test
    void actorsOwnDemonymOnTheTargetLeavesThePlace() {
        // the jets' own country on the hideouts is not the target: the "in" phrase still names it
        assertThat(CoderFixture.eventsOfType("2025-05-16", "ASSAULT",
                        "Pakistani jets struck Pakistani Taliban hideouts in Afghanistan on Sunday, officials said."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("PAK", "AFG"));
    }

    @Test
    void protestersBurningTheirOwnFlagStayDomestic() {
        assertThat(CoderFixture.eventsOfType("2025-05-16", "PROTEST",
                        "Angry Serbian fans burned a Serbian flag outside parliament in Belgrade."))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("SRB", "SRB"));
    }
}
