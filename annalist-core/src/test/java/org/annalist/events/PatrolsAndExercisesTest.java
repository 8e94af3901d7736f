package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state's own patrols stepped up and patrol ships sent out are MOBILIZE (150 show of force, 154 deployment), not aid;
 * a joint exercise named with a holding verb is COOPERATE 062, not one force's exercise; joint patrols begun
 * are COOPERATE 062 too; a raised threat level is an alert (152).
 */
class PatrolsAndExercisesTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void steppedUpPatrolsAreAShowOfForce() {
        assertThat(code("Peru's navy increased patrols along the coast on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MOBILIZE", "150", "PER", ""));
    }

    @Test
    void patrolShipsSentToDisputedWatersAreADeployment() {
        assertThat(code("Chile sent three patrol ships to the disputed waters on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MOBILIZE", "154", "CHL", ""));
    }

    @Test
    void jointExerciseHeldByTwoNaviesIsCooperation() {
        assertThat(code("Thai and Malaysian navies held a joint exercise in the Andaman Sea on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COOPERATE", "062", "MYS,THA", ""));
    }

    @Test
    void jointPatrolsBegunByTwoForcesAreCooperation() {
        assertThat(code("Thai and Malaysian police began joint patrols along the border on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COOPERATE", "062", "MYS,THA", ""));
    }

    @Test
    void raisedThreatLevelIsAnAlert() {
        assertThat(code("Estonia's army raised its threat level on Friday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MOBILIZE", "152", "EST", ""));
    }
}
