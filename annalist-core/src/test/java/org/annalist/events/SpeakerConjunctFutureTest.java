package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Said X and would not Y": the second predicate of a verb of saying is the speaker's stated future, not a hypothetical. */
class SpeakerConjunctFutureTest {

    @Test
    void wouldNotAfterSaidAndIsARefusal() {
        List<Event> events = CoderFixture.code("2025-09-02", "The Greek foreign minister said Athens valued the talks "
                + "and would not negotiate with Turkey over the islands.").events();

        assertThat(events).filteredOn(event -> event.evidence().trigger().text().startsWith("negotiate"))
                .extracting(Event::event, Event::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REJECT", "consult.negotiate-with+refusal"));
    }
}
