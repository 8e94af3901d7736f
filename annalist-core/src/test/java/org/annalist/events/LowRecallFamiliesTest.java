package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Concessions and cooperation the dev gold coded and no row knew: exempting people or goods from
 * one's own measure (CONCEDE 081), dropping charges (CONCEDE 0833), patrols kept up with another
 * force (COOPERATE 062 through the light verb "keep"), and "joint military drills" whose "joint" the
 * parser hangs on "military" rather than on "drills".
 */
class LowRecallFamiliesTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void exemptingGoodsFromOnesOwnLevyIsAConcession() {
        assertThat(code("Kenya's treasury exempted bread and cooking oil from the new sales levy on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("CONCEDE", "081", "KEN"));
    }

    @Test
    void droppingChargesAgainstProtestersAccedesToTheirRights() {
        assertThat(code("Georgia's government dropped charges against 30 protesters on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("CONCEDE", "0833", "GEO"));
    }

    @Test
    void patrolsKeptUpWithAnotherForceAreJointPatrols() {
        assertThat(code("Australia kept up joint patrols with the Fijian navy last week."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("COOPERATE", "062", "AUS", "FJI"));
    }

    @Test
    void jointParsedAsModifierOfMilitaryStillMakesJointMilitaryDrills() {
        assertThat(code("Greece and Cyprus began their annual joint military drills on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .containsExactly(tuple("COOPERATE", "062", "CYP,GRC"));
    }
}
