package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Troop build-ups and deployments as agency copy writes them: passive without an agent (the
 * forces moved are the actor), warships sent to an area, police officers deployed (CAMEO 153),
 * and none when the deployment is only asked about.
 */
class MobilizationTest {

    private static List<org.assertj.core.groups.Tuple> mobilizations(String text) {
        return CoderFixture.code("2025-03-04", text).events().stream()
                .filter(event -> event.event().equals("MOBILIZE"))
                .map(event -> tuple(event.cameo(), codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void passiveReinforcementWithoutAgentIsByTheForcesCountry() {
        assertThat(mobilizations("Brazilian troops had been reinforced along the northern border on Monday."))
                .containsExactly(tuple("154", "BRA", ""));
    }

    @Test
    void sendingADestroyerIsADeployment() {
        assertThat(mobilizations("The United States said on Monday it had sent a destroyer to the area."))
                .containsExactly(tuple("154", "USA", ""));
    }

    @Test
    void deployedPoliceOfficersAreAPoliceMobilisation() {
        assertThat(mobilizations("Peru deployed 5,000 police officers in Lima to keep the protesters away."))
                .extracting(row -> row.toList().get(0), row -> row.toList().get(1))
                .containsExactly(tuple("153", "PER"));
    }

    @Test
    void aDeploymentOnlyAskedAboutIsNoEvent() {
        assertThat(mobilizations("The Chilean minister did not say whether Chilean troops would be stationed at Peruvian bases."))
                .isEmpty();
    }
}
