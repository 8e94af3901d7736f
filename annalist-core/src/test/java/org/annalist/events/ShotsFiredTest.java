package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shooting named by what was fired ("fired shots at", "fired live rounds", "fired rubber bullets") is an attack (ASSAULT 190),
 * also when denied ("did not fire a single shot": coded with the negation mark, as the gold sets code denied attacks);
 * warning shots are a threat of force (THREATEN 138), not an attack.
 */
class ShotsFiredTest {

    private static List<Event> events(String text) {
        return CoderFixture.code("2025-06-10", text).events();
    }

    @Test
    void shotsFiredAcrossARiverAreAnAttack() {
        // with "at" the shorter "fire at" row codes the same attack; these rows name the shooting without a target
        List<Event> events = events("Venezuelan soldiers fired several shots across the Cuyuni river on Sunday.");

        assertThat(events).filteredOn(event -> event.rule().equals("assault.fire-shot")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("ASSAULT");
                    assertThat(event.cameo()).isEqualTo("190");
                    assertThat(event.actors()).extracting(EventParty::code).containsExactly("VEN");
                });
    }

    @Test
    void aDeniedShotIsANegatedAttack() {
        List<Event> events = events("Peru's defence minister said Peruvian soldiers did not fire a single shot during the operation.");

        assertThat(events).filteredOn(event -> event.rule().equals("assault.fire-shot")).singleElement()
                .satisfies(event -> {
                    assertThat(event.event()).isEqualTo("ASSAULT");
                    assertThat(event.aux()).contains("negation");
                });
    }

    @Test
    void liveRoundsFiredByPoliceAreAnAttack() {
        assertThat(events("Kenyan police fired live rounds to disperse the crowd in Nairobi on Tuesday.")).extracting(Event::rule)
                .contains("assault.fire-round");
    }

    @Test
    void firingAnEmployeeIsNoAttack() {
        assertThat(events("The Chilean mining company fired 300 workers after the strike.")).extracting(Event::event)
                .doesNotContain("ASSAULT");
    }
}
