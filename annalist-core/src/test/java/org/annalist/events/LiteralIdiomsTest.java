package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Literal senses of support verbs are no SUPPORT: a queue ("stood in line with jerrycans") and the defence of one's
 * own land or sovereignty (a stance or a military posture, not CAMEO 052's verbal defence of a policy). Defending a
 * decision or a response is still 052.
 */
class LiteralIdiomsTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-07-01", text).events();
    }

    @Test
    void standingInLineIsNoSupport() {
        assertThat(code("In Amman, a Jordanian teacher stood in line with plastic jerrycans on Monday."))
                .extracting(Event::event)
                .doesNotContain("SUPPORT");
    }

    @Test
    void defendingOwnSovereigntyIsNoVerbalSupport() {
        assertThat(code("Vietnam's foreign ministry said Hanoi would defend its sovereignty in the South China Sea."))
                .extracting(Event::event)
                .doesNotContain("SUPPORT", "AGREE");
    }

    @Test
    void defendingOwnTerritoryIsNoVerbalSupport() {
        assertThat(code("The Indian army said its soldiers were ready to defend every inch of their territory."))
                .extracting(Event::event)
                .doesNotContain("SUPPORT", "AGREE");
    }

    @Test
    void defendingADecisionIsStillVerbalSupport() {
        assertThat(code("Kenya's interior minister defended the police response on Tuesday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()))
                .contains(tuple("SUPPORT", "052", "KEN"));
    }
}
