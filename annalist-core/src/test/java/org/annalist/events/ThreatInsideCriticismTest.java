package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.annalist.events.CoderFixture.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A warning inside a criticism ("called the expulsion an unfriendly act that will not go unanswered") is a threat of its own. */
class ThreatInsideCriticismTest {

    @Test
    void warningInsideACharacterisationIsAlsoAThreat() {
        List<Event> events = CoderFixture.code("2025-05-20", "Estonia expelled a Russian diplomat on Monday for spying. "
                + "The Russian embassy in Tallinn called the expulsion \"a hostile act that will not go unanswered.\"").events();
        assertThat(events).filteredOn(event -> event.event().equals("THREATEN"))
                .extracting(event -> codes(event.actors()), event -> codes(event.recipients()))
                .containsExactly(tuple("RUS", "EST"));
        assertThat(events).filteredOn(event -> event.event().equals("ACCUSE"))
                .extracting(event -> codes(event.actors()))
                .containsExactly("RUS");
    }
}
