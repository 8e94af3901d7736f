package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import org.junit.jupiter.api.Test;

/** "the attackers", "the insurgents" after a named armed group are that group (kind-noun list), not the home country's people. */
class ArmedGroupKindNounTest {

    @Test
    void attackersKilledByTheArmyAreTheGroupNamedBefore() {
        assertThat(CoderFixture.code("2025-03-12", "MAIDUGURI, Nigeria, March 12 - Islamic State West Africa Province claimed "
                + "an attack on an army base in Borno state on Tuesday. Nigerian soldiers killed several of the attackers, "
                + "the army said.").events())
                .filteredOn(event -> event.event().equals("ASSAULT") && event.evidence().trigger().text().equals("killed"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("NGA", "IMG"));
    }
}
