package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Victims named by a reduced relative ("the villagers killed in Tessit were bandits") are not the killers. */
class MisreadReducedRelativeTest {

    @Test
    void victimsOfAReducedRelativeAreNotTheKillers() {
        assertThat(CoderFixture.eventsOfType("2025-07-15", "ASSAULT", "BAMAKO, July 15 (AP) - Burkina Faso's army has said "
                + "the men killed in Tessit were armed bandits.")).isEmpty();
    }

    @Test
    void aFiniteKillingKeepsItsDoer() {
        assertThat(CoderFixture.eventsOfType("2025-07-15", "ASSAULT", "BAMAKO, July 15 (AP) - Gunmen killed twelve villagers "
                + "in Tessit on Monday, the army said."))
                .extracting(Event::rule).containsExactly("assault.kill");
    }
}
