package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Alerts, deployments and build-ups done with a country's own forces have no target unless one is named. */
class OwnForcesRecipientTest {

    private static List<org.assertj.core.groups.Tuple> mobilizations(String text) {
        return CoderFixture.code("2025-03-04", text).events().stream()
                .filter(event -> event.event().equals("MOBILIZE"))
                .map(event -> tuple(codes(event.actors()), codes(event.recipients())))
                .toList();
    }

    @Test
    void alertOfOwnUnitsHasNoRecipient() {
        assertThat(mobilizations("Chile placed its air defence units on high alert on Monday."))
                .containsExactly(tuple("CHL", ""));
    }

    @Test
    void deploymentAlongOwnBorderHasNoRecipient() {
        assertThat(mobilizations("The Chilean army deployed additional units along the border."))
                .containsExactly(tuple("CHL", ""));
    }

    @Test
    void alertInOwnProvinceIsNotAimedAtOwnCountry() {
        assertThat(mobilizations("The Peruvian government placed troops in Puno province on alert."))
                .containsExactly(tuple("PER", ""));
    }

    @Test
    void namedForeignTargetStays() {
        assertThat(mobilizations("Chile deployed troops to its border with Peru on Monday."))
                .containsExactly(tuple("CHL", "PER"));
    }

    @Test
    void exerciseNearAForeignBorderHasNoRecipient() {
        assertThat(mobilizations("Chile's army began a snap exercise with 2,000 troops near the Bolivian border on Monday."))
                .containsExactly(tuple("CHL", ""));
    }

    @Test
    void patrolsAlongAForeignBorderHaveNoRecipient() {
        assertThat(mobilizations("Chile's border police said it had reinforced patrols along the Peruvian border."))
                .containsExactly(tuple("CHL", ""));
    }

    @Test
    void drillsAroundAnIslandStillTargetIt() {
        assertThat(mobilizations("China's navy began two days of drills around Taiwan on Monday."))
                .containsExactly(tuple("CHN", "TWN"));
    }

    @Test
    void policeSentAgainstProtestersStillActOnTheirCountry() {
        assertThat(CoderFixture.code("2025-03-04", "Peru deployed police to the capital to stop the protesters.").events())
                .filteredOn(event -> event.event().equals("MOBILIZE"))
                .extracting(event -> codes(event.recipients()))
                .containsExactly("PER");
    }
}
