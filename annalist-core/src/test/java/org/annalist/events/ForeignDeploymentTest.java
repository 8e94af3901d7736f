package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forces sent into another country protect it (AID 074); forces moved within one's own country mobilise (MOBILIZE 154). */
class ForeignDeploymentTest {

    private static List<org.assertj.core.groups.Tuple> deployments(String text) {
        return CoderFixture.code("2025-03-04", text).events().stream()
                .filter(event -> event.event().equals("AID") || event.event().equals("MOBILIZE"))
                .map(event -> tuple(event.event(), event.cameo(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void troopsSentToAnAllyAreMilitaryProtection() {
        assertThat(deployments("Burundi would send another 1,500 troops to Somalia next year, the defence minister said."))
                .containsExactly(tuple("AID", "074", "BDI", "SOM"));
    }

    @Test
    void troopsSentToOwnProvinceStayAMobilisation() {
        assertThat(deployments("Peru sent 800 additional soldiers to Puno province on Tuesday."))
                .containsExactly(tuple("MOBILIZE", "154", "PER", ""));
    }

    @Test
    void troopsSentToOwnBorderWithANeighbourStayAMobilisation() {
        assertThat(deployments("Chile deployed troops to its border with Peru on Monday."))
                .containsExactly(tuple("MOBILIZE", "154", "CHL", "PER"));
    }
}
