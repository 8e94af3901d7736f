package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A span of time is a quantity of what it holds ("two days of drills", "a week of talks"): the verb that governs the span
 * carries the noun event's actor, and a phrase on the span ("two days of drills around Taiwan") names its target.
 */
class TimeSpanOfEventTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void drillsHeldForDaysAroundAnIslandAreAimedAtIt() {
        assertThat(code("China launched two days of military drills around Taiwan on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("MOBILIZE", "150", "CHN", "TWN"));
    }

    @Test
    void talksHeldForDaysAreAConsultation() {
        assertThat(code("Iran held two days of talks with Oman in Muscat on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CONSULT", "040", "IRN", "OMN"));
    }
}
