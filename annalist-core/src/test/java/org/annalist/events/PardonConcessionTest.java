package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pardon is a concession (CONCEDE 080: "pardons are CONCEDE" in the events gold conventions), whether the pardoned
 * are named as prisoners or not; releasing or freeing people stays RETREAT 0841.
 */
class PardonConcessionTest {

    private static List<Event> code(String text) {
        return CoderFixture.code("2025-05-06", text).events();
    }

    @Test
    void pardonedForeignersAreAConcession() {
        assertThat(code("Iran's supreme leader pardoned two French citizens on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CONCEDE", "080", "IRN", "FRA"));
    }

    @Test
    void pardonedPrisonersAreAConcession() {
        assertThat(code("Belarus pardoned 14 Lithuanian prisoners on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("CONCEDE", "080", "BLR", "LTU"));
    }

    @Test
    void freedPrisonersAreStillARelease() {
        assertThat(code("Belarus freed 14 Lithuanian prisoners on Monday."))
                .extracting(Event::event, Event::cameo, event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RETREAT", "0841", "BLR", "LTU"));
    }
}
