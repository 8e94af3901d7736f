package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bare participle with a by-phrase is passive even when the parser gives it an active subject. */
class UnmarkedPassiveTest {

    @Test
    void reducedRelativeWithByAgentIsDoneByTheAgent() {
        List<Event> events = CoderFixture.eventsOfType("2025-03-06", "RETREAT",
                "The Briton freed by Moscow, Daniel Hartley, had been serving a 12-year sentence for espionage, a Foreign Office official said.");
        assertThat(events).extracting(event -> CoderFixture.codes(event.actors())).containsExactly("RUS");
        assertThat(events).extracting(event -> CoderFixture.codes(event.recipients())).containsExactly("GBR");
    }

    @Test
    void aMeasureIsNoAgent() {
        List<Event> events = CoderFixture.eventsOfType("2025-03-06", "CONCEDE",
                "President Ali Hassan on Monday shortened by two hours the nightly curfew imposed in Somalia after the unrest.");
        assertThat(events).extracting(event -> CoderFixture.codes(event.actors())).containsExactly("SOM");
    }
}
